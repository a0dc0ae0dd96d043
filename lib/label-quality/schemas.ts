// Label quality: the double-labelled sample (second opinions) and the report leads read from it.
// Client-safe.
import { z } from "zod";
import { SampledEventRow, Verdict } from "@/lib/alerts/schemas";
import { ReasonCode } from "@/lib/alerts/triage-rules";
import { Explanation } from "@/lib/ingest/schemas";
import { Baseline } from "@/lib/registry/schemas";

/** Share of analysts' verdicts offered for a blind second opinion (chosen by a hash of the label id). */
export const REVIEW_SAMPLE_RATE = 0.05;
/** Only verdicts given in the last this many days are offered: a second look at old cases is guesswork. */
export const REVIEW_WINDOW_DAYS = 30;
/** Below this many pairs an analyst's kappa is "too few" rather than a number that swings on one case. */
export const MIN_PAIRS_FOR_KAPPA = 20;

// ── The second-opinion queue ──────────────────────────────────────────────────────────────────

export const LabelReviewQuery = z.object({
  /** the previous page's nextCursor */
  cursor: z.string().regex(/^\d{1,15}$/, { error: "not a cursor this list issued" }).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type LabelReviewQuery = z.infer<typeof LabelReviewQuery>;

/** One verdict awaiting a second opinion, blind: neither the verdict nor who gave it. */
export const LabelReviewRow = SampledEventRow.extend({
  labelId: z.number(),
  attackType: z.string().nullable(),
});
export type LabelReviewRow = z.infer<typeof LabelReviewRow>;

export const LabelReviewPage = z.object({
  rows: z.array(LabelReviewRow),
  nextCursor: z.string().nullable(),
  /** how many wait for this person (first page only) */
  pending: z.number().nullable(),
});
export type LabelReviewPage = z.infer<typeof LabelReviewPage>;

const Features = z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.null()]));

export const MyReview = z.object({ verdict: Verdict, reasonCode: z.string().nullable(), at: z.string() });

/** What the second analyst sees of the case: the evidence, never the first verdict. */
export const LabelReviewItem = z.object({
  labelId: z.number(),
  eventId: z.string(),
  time: z.string(),
  score: z.number(),
  threshold: z.number(),
  attackType: z.string().nullable(),
  entity: z.object({ host: z.string().nullable(), user: z.string().nullable(), sourceIp: z.string().nullable(), businessUnit: z.string().nullable() }),
  model: z.object({ name: z.string(), version: z.string() }),
  features: Features,
  explanation: Explanation.nullable(),
  rawEvent: z.record(z.string(), z.unknown()).nullable(),
  baseline: Baseline.nullable(),
  /** this person's second opinion, once given */
  myReview: MyReview.nullable(),
});
export type LabelReviewItem = z.infer<typeof LabelReviewItem>;

export const LabelReviewIn = z.object({
  labelId: z.number().int().positive().max(2_147_483_647),
  verdict: Verdict,
  /** optional, as in triage's list; a false positive's reason makes disagreements easier to read */
  reason: ReasonCode.optional(),
});
export type LabelReviewIn = z.infer<typeof LabelReviewIn>;

export const LabelReviewOut = z.object({ id: z.number(), labelId: z.number(), verdict: Verdict, reasonCode: z.string().nullable(), at: z.string() });
export type LabelReviewOut = z.infer<typeof LabelReviewOut>;

// ── The label-quality report ──────────────────────────────────────────────────────────────────

const isoInstant = z.iso
  .datetime({ offset: true })
  .or(z.iso.date())
  .transform((text) => new Date(text.length === 10 ? `${text}T00:00:00Z` : text));

/** `?model=&from=&to=`: predictions of the model (all models without it) whose event time is in [from, to). */
export const LabelQualityQuery = z
  .object({
    model: z.string().min(1).max(200).optional(),
    from: isoInstant.optional(),
    to: isoInstant.optional(),
  })
  .refine((query) => !query.from || !query.to || query.from < query.to, { path: ["to"], message: "to must be after from" });
export type LabelQualityQuery = z.infer<typeof LabelQualityQuery>;

const rate = z.number().nullable();

export const KappaOut = z.object({
  n: z.number(),
  categories: z.array(z.string()),
  observedAgreement: rate,
  expectedAgreement: rate,
  kappa: z.number().nullable(),
  standardError: z.number().nullable(),
  ci95: z.tuple([z.number(), z.number()]).nullable(),
  /** why kappa is null: no pairs, one category used by both, or fewer pairs than the minimum */
  undefinedReason: z.enum(["no_pairs", "single_category", "too_few"]).nullable(),
});
export type KappaOut = z.infer<typeof KappaOut>;

export const DelayOut = z.object({ n: z.number(), medianMs: z.number().nullable(), p90Ms: z.number().nullable() });
export type DelayOut = z.infer<typeof DelayOut>;

const Counts = {
  /** verdicts given (by people) on predictions in the window */
  labels: z.number(),
  /** of those, later superseded by a different verdict */
  overturned: z.number(),
  overturnRate: rate,
  /** double-labelled pairs: a verdict and its blind second opinion */
  pairs: z.number(),
  agreed: z.number(),
  agreementRate: rate,
  /** event time to the prediction's first verdict */
  delay: DelayOut,
};

export const AnalystQuality = z.object({ id: z.string(), name: z.string(), email: z.string(), ...Counts, kappa: KappaOut });
export type AnalystQuality = z.infer<typeof AnalystQuality>;

export const ReasonQuality = z.object({ reasonCode: z.string().nullable(), ...Counts });
export type ReasonQuality = z.infer<typeof ReasonQuality>;

export const LabelQualityReport = z.object({
  window: z.object({ model: z.string().nullable(), from: z.string().nullable(), to: z.string().nullable() }),
  settings: z.object({ sampleRate: z.number(), minPairs: z.number(), reviewWindowDays: z.number() }),
  totals: z.object(Counts),
  agreement: z.object({
    /** the four verdicts as categories */
    verdicts: KappaOut,
    /** pairs where both said true or false positive, as the two classes datasets use */
    binary: KappaOut,
    /** first verdict × second opinion, the cells with pairs */
    confusion: z.array(z.object({ first: Verdict, second: Verdict, n: z.number() })),
  }),
  analysts: z.array(AnalystQuality),
  reasons: z.array(ReasonQuality),
  generatedAt: z.string(),
});
export type LabelQualityReport = z.infer<typeof LabelQualityReport>;
