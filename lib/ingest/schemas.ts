// The prediction a scoring service sends (REST contract v1). Client-safe.
import { z } from "zod";

const id = z.string().trim().min(1).max(200);
const label = z.string().trim().max(200);
const featureValue = z.union([z.number().finite(), z.string().max(500), z.boolean(), z.null()]);

export const Explanation = z.object({
  space: z.enum(["logit", "probability"]),
  baseValue: z.number().finite(),
  values: z.record(z.string().max(100), z.number().finite()),
});
export type Explanation = z.infer<typeof Explanation>;

export const Entity = z.object({
  host: label.optional(),
  user: label.optional(),
  sourceIp: label.optional(),
  businessUnit: label.optional(),
});

export const PredictionIn = z.object({
  eventId: id,
  model: id,
  version: z.string().trim().min(1).max(64),
  timestamp: z.iso.datetime({ offset: true }),
  score: z.number().min(0, "score must be in [0, 1]").max(1, "score must be in [0, 1]"),
  features: z.record(z.string().max(100), featureValue).refine((f) => Object.keys(f).length <= 500, "at most 500 features"),
  explanation: Explanation.optional(),
  entity: Entity.optional(),
  attackType: label.optional(),
  rawEvent: z.record(z.string(), z.unknown()).optional(),
  /** set for the random below-threshold audit sample, with its inclusion probability */
  auditSample: z.object({ inclusionProbability: z.number().gt(0).max(1) }).optional(),
});
export type PredictionIn = z.infer<typeof PredictionIn>;

export const IngestResult = z.object({
  accepted: z.number().int(),
  duplicates: z.number().int(),
  alerts: z.number().int(),
});
export type IngestResult = z.infer<typeof IngestResult>;
