// The evaluation resource: GET /api/v1/models/{model}/versions/{version}/evaluation?from&to
// (REST contract v1: n, positives, rocAuc, averagePrecision, roc, pr, calibration, atThreshold;
// everything else is additive) and the champion-vs-challenger comparison. Client-safe.
import { z } from "zod";
import { Verdict } from "@/lib/alerts/schemas";
import { Stage } from "@/lib/registry/schemas";
import { ESTIMATES } from "./design";
import { PRESET_IDS } from "./presets";

const instant = z.iso
  .datetime({ offset: true, error: "use an ISO instant like 2026-11-01T00:00:00Z or a date like 2026-11-01" })
  .or(z.iso.date())
  .transform((text) => new Date(text.length === 10 ? `${text}T00:00:00Z` : text));

/** `?from&to`: half-open [from, to) in UTC; a date means its midnight; either may be left out. */
export const EvaluationQuery = z
  .object({ from: instant.optional(), to: instant.optional() })
  .refine((q) => !q.from || !q.to || q.from < q.to, { path: ["to"], message: "to must be after from" });
export type EvaluationQuery = z.infer<typeof EvaluationQuery>;

export const ComparisonQuery = z
  .object({
    from: instant.optional(),
    to: instant.optional(),
    /** The version to compare against; the model's production version when left out. */
    against: z.string().trim().min(1).max(64).optional(),
  })
  .refine((q) => !q.from || !q.to || q.from < q.to, { path: ["to"], message: "to must be after from" });
export type ComparisonQuery = z.infer<typeof ComparisonQuery>;

const nullableNumbers = z.array(z.number().nullable());

export const Estimate = z.enum(ESTIMATES);
export type EstimateKind = z.infer<typeof Estimate>;

export const VerdictMappingSchema = z.record(Verdict, z.union([z.literal(0), z.literal(1), z.null()]));

export const Confusion = z.object({
  threshold: z.number(),
  tp: z.number(),
  fp: z.number(),
  tn: z.number(),
  fn: z.number(),
  precision: z.number(),
  recall: z.number(),
  f1: z.number(),
  fpr: z.number(),
});

export const Interval = z.object({ estimate: z.number().nullable(), lower: z.number().nullable(), upper: z.number().nullable(), resamples: z.number() });
export type IntervalOut = z.infer<typeof Interval>;
export const MetricIntervals = z.object({ averagePrecision: Interval, rocAuc: Interval, precision: Interval, recall: Interval, f1: Interval });
export type MetricIntervalsOut = z.infer<typeof MetricIntervals>;

export const Band = z.object({ estimate: nullableNumbers, lower: nullableNumbers, upper: nullableNumbers });

export const StratumOut = z.object({
  key: z.string(),
  kind: z.enum(["alerted", "audit-sample", "other"]),
  /** The version whose predictions carry these verdicts (a challenger borrows the champion's). */
  version: z.string(),
  inclusionProbability: z.number().nullable(),
  population: z.number().nullable(),
  labelled: z.number(),
  used: z.number(),
  coverage: z.number().nullable(),
  weight: z.number(),
});

export const OperatingPointOut = Confusion.extend({ flagged: z.number().nullable() });
export type OperatingPointOut = z.infer<typeof OperatingPointOut>;

export const EvaluationResponse = z.object({
  model: z.string(),
  version: z.string(),
  stage: Stage,
  /** The version's threshold now; atThreshold is read there. */
  threshold: z.number(),
  range: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
  /** census: every prediction judged; weighted: inverse-probability weights with the audit sample; alerted-only: alerted events only. */
  estimate: Estimate,
  /** Verdict → class used here (null = left out). */
  mapping: VerdictMappingSchema,
  n: z.number(),
  positives: z.number(),
  weighted: z.boolean(),
  weightedN: z.number(),
  weightedPositives: z.number(),
  rocAuc: z.number().nullable(),
  averagePrecision: z.number().nullable(),
  roc: z.object({ fpr: nullableNumbers, tpr: nullableNumbers, thresholds: nullableNumbers }),
  pr: z.object({ precision: z.array(z.number()), recall: z.array(z.number()), thresholds: z.array(z.number()) }),
  calibration: z
    .object({
      bins: z.number(),
      binIndex: z.array(z.number()),
      meanPredicted: z.array(z.number()),
      fractionPositive: z.array(z.number()),
      count: z.array(z.number()),
      weight: z.array(z.number()),
    })
    .nullable(),
  brier: z.number().nullable(),
  ece: z.number().nullable(),
  atThreshold: Confusion,
  design: z.object({
    predictions: z.number(),
    labelled: z.number(),
    used: z.number(),
    excludedByMapping: z.record(z.string(), z.number()),
    excludedUnknownDesign: z.number(),
    strata: z.array(StratumOut),
  }),
  /** Seeded percentile bootstrap on the labelled set (stratified; see lib/evaluation/bootstrap-evaluation.ts). */
  intervals: z.object({ resamples: z.number(), seed: z.number(), level: z.number(), metrics: MetricIntervals }),
  bands: z.object({ pr: Band.extend({ recall: z.array(z.number()) }), roc: Band.extend({ fpr: z.array(z.number()) }) }),
  /** Predictions in the range from the daily roll-ups, for per-day figures. */
  traffic: z.object({ days: z.number(), predictions: z.number(), histogram: z.object({ bins: z.number(), counts: z.array(z.number()) }) }),
  /** Candidate thresholds with their confusion and flagged volume: the tuner reads these. */
  operatingPoints: z.array(OperatingPointOut),
  /** Metrics registered with the version (training window). */
  training: z.record(z.string(), z.number()).nullable(),
  generatedAt: z.string(),
});
export type EvaluationResponse = z.infer<typeof EvaluationResponse>;

export const GateCheck = z.object({ id: z.enum(["labels", "regression", "approval"]), label: z.string(), passed: z.boolean(), detail: z.string() });
export type GateCheck = z.infer<typeof GateCheck>;

export const ComparisonResponse = z.object({
  model: z.string(),
  champion: z.object({ version: z.string(), stage: Stage, threshold: z.number() }),
  challenger: z.object({ version: z.string(), stage: Stage, threshold: z.number() }),
  range: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
  estimate: Estimate,
  mapping: VerdictMappingSchema,
  /** Labelled events both versions scored. */
  events: z.number(),
  positives: z.number(),
  negatives: z.number(),
  paired: z.object({
    resamples: z.number(),
    seed: z.number(),
    level: z.number(),
    champion: MetricIntervals,
    challenger: MetricIntervals,
    /** challenger − champion, per resample */
    difference: MetricIntervals,
  }),
  mcnemar: z.object({ b: z.number(), c: z.number(), method: z.enum(["exact", "chi-square"]), statistic: z.number().nullable(), pValue: z.number() }),
  /** The promotion gate's data checks (the approval is the lead's, at promotion). */
  gate: z.object({ passed: z.boolean(), checks: z.array(GateCheck) }),
  generatedAt: z.string(),
});
export type ComparisonResponse = z.infer<typeof ComparisonResponse>;

export const PresetId = z.enum(PRESET_IDS);
