// The OCSF Detection Finding (class_uid 2004, category Findings) fields Vigil reads, validated
// before mapping; every other field passes through untouched and is kept as the raw event.
// OCSF 1.1+ names (https://schema.ocsf.io/classes/detection_finding). Client-safe.
import { z } from "zod";
import { Explanation } from "@/lib/ingest/schemas";
import { ModelName } from "@/lib/registry/schemas";

export const DETECTION_FINDING_CLASS_UID = 2004;

const text = z.string().trim().max(200);
const optionalText = text.optional();
/** OCSF timestamp_t: milliseconds since the Unix epoch, up to the end of year 9999. */
const epochMs = z.number().int().min(0).max(253_402_300_799_999);
const percent = (name: string) => z.number().int(`${name} is a whole number 0-100`).min(0, `${name} is 0-100`).max(100, `${name} is 0-100`);
const featureValue = z.union([z.number().finite(), z.string().max(500), z.boolean(), z.null()]);
const Features = z.record(z.string().max(100), featureValue).refine((f) => Object.keys(f).length <= 500, "at most 500 features");

const Organization = z.looseObject({ name: optionalText, ou_name: optionalText, uid: optionalText });

const Attack = z.looseObject({
  tactic: z.looseObject({ name: optionalText, uid: optionalText }).optional(),
  technique: z.looseObject({ name: optionalText, uid: optionalText }).optional(),
});

/** OCSF enrichment; Vigil reads the ones named "features" and "explanation" (their `data`). */
const Enrichment = z.looseObject({
  name: z.string().max(200),
  value: z.string().max(10_000).optional(),
  data: z.unknown().optional(),
  type: optionalText,
  provider: optionalText,
});

export const DetectionFindingIn = z
  .looseObject({
    class_uid: z.literal(DETECTION_FINDING_CLASS_UID, { error: "class_uid must be 2004 (Detection Finding)" }),
    category_uid: z.literal(2, { error: "category_uid must be 2 (Findings)" }).optional(),
    activity_id: z.number().int().min(0).max(99).optional(),
    time: epochMs.optional(),
    time_dt: z.iso.datetime({ offset: true }).optional(),
    severity_id: z.number().int().min(0).max(99).optional(),
    metadata: z.looseObject({
      version: z.string().max(32).optional(),
      product: z.looseObject({ name: optionalText, version: z.string().trim().max(64).optional(), vendor_name: optionalText, uid: optionalText }).optional(),
    }),
    finding_info: z.looseObject({
      uid: z.string().trim().min(1, "finding_info.uid is the event id: required").max(200),
      title: z.string().max(2000).optional(),
      analytic: z.looseObject({ name: optionalText, version: z.string().trim().max(64).optional(), uid: optionalText, type_id: z.number().int().optional() }).optional(),
      attacks: z.array(Attack).max(50).optional(),
    }),
    attacks: z.array(Attack).max(50).optional(),
    risk_score: percent("risk_score").optional(),
    confidence_score: percent("confidence_score").optional(),
    device: z.looseObject({ hostname: optionalText, name: optionalText, ip: optionalText, org: Organization.optional() }).optional(),
    actor: z.looseObject({ user: z.looseObject({ name: optionalText, email_addr: optionalText, org: Organization.optional() }).optional() }).optional(),
    src_endpoint: z.looseObject({ ip: optionalText, hostname: optionalText }).optional(),
    enrichments: z.array(Enrichment).max(100).optional(),
    unmapped: z
      .looseObject({
        /** the model's exact output in [0, 1], when the producer has it (risk_score is whole percent) */
        score: z.number().min(0).max(1).optional(),
        features: Features.optional(),
        explanation: Explanation.optional(),
      })
      .optional(),
  })
  .refine((event) => event.time !== undefined || event.time_dt !== undefined, { path: ["time"], message: "time (epoch milliseconds) or time_dt is required" });
export type DetectionFindingIn = z.infer<typeof DetectionFindingIn>;

/** `?model=&version=` name the model version for every event, over what the events say. */
export const OcsfIngestQuery = z.object({
  model: ModelName.optional(),
  version: z.string().trim().min(1).max(64).optional(),
});
export type OcsfIngestQuery = z.infer<typeof OcsfIngestQuery>;
