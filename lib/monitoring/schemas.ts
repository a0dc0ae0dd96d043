// Monitoring resources (client-safe): the drift query and response of the public REST contract
// (GET /api/v1/models/{model}/versions/{version}/drift), per-version drift settings, the
// performance report and drift events.
import { z } from "zod";
import { DAY_MS, isUtcMidnight, parseInstant } from "./time-windows";

/** The longest range one drift request may cover: a year of daily windows. */
export const MAX_RANGE_DAYS = 366;
/** What a request without `from` gets: this many days up to the last day with data. */
export const DEFAULT_RANGE_DAYS = 28;

function utcMidnight(name: string) {
  return z.string().transform((value, ctx) => {
    const ms = parseInstant(value);
    if (ms === null) {
      ctx.addIssue({ code: "custom", message: `${name} must be a date like 2026-11-01 or an ISO date-time at midnight UTC` });
      return z.NEVER;
    }
    if (!isUtcMidnight(ms)) {
      // Roll-ups are per UTC day: a window cannot start or end inside one.
      ctx.addIssue({ code: "custom", message: `${name} must fall on a UTC midnight (roll-ups are kept per UTC day)` });
      return z.NEVER;
    }
    return ms;
  });
}

/** `FROM..TO`, both dates (or midnight date-times), half-open like every range here. */
export const ReferenceRange = z.string().transform((value, ctx) => {
  const parts = value.split("..");
  const from = parts.length === 2 ? parseInstant(parts[0]) : null;
  const to = parts.length === 2 ? parseInstant(parts[1]) : null;
  if (from === null || to === null) {
    ctx.addIssue({ code: "custom", message: "reference must be FROM..TO, e.g. 2026-10-01..2026-10-15" });
    return z.NEVER;
  }
  if (!isUtcMidnight(from) || !isUtcMidnight(to)) {
    ctx.addIssue({ code: "custom", message: "reference must start and end on UTC midnights (roll-ups are kept per UTC day)" });
    return z.NEVER;
  }
  if (to <= from) {
    ctx.addIssue({ code: "custom", message: "reference must end after it starts" });
    return z.NEVER;
  }
  return { from, to };
});

export const WindowKind = z.enum(["day", "week"]);

export const DriftQuery = z
  .object({
    from: utcMidnight("from").optional(),
    to: utcMidnight("to").optional(),
    window: WindowKind.default("day"),
    reference: ReferenceRange.optional(),
  })
  .superRefine((query, ctx) => {
    if (query.from !== undefined && query.to !== undefined) {
      if (query.to <= query.from) ctx.addIssue({ code: "custom", path: ["to"], message: "to must be after from" });
      else if ((query.to - query.from) / DAY_MS > MAX_RANGE_DAYS) ctx.addIssue({ code: "custom", path: ["from"], message: `the range may cover at most ${MAX_RANGE_DAYS} days` });
    }
  });
export type DriftQuery = z.infer<typeof DriftQuery>;

export const Correction = z.enum(["benjamini-hochberg", "holm", "none"]);

/** Per-version monitoring settings: drift thresholds, the default reference, the performance-drop flag. */
export const MonitoringSettings = z.object({
  /** PSI at or above which a feature may drift (0.1 = the "moderate" band). */
  psi: z.number().gt(0).max(20).default(0.1),
  /** Smallest KS statistic that counts, whatever the sample size. */
  ksMinEffect: z.number().min(0).max(1).default(0.1),
  /** Significance level for the (adjusted) p-values. */
  alpha: z.number().gt(0).max(0.2).default(0.01),
  correction: Correction.default("benjamini-hochberg"),
  /** A metric is flagged when it is this share worse than at training (0.05 = 5 %). */
  performanceDrop: z.number().gt(0).lt(1).default(0.05),
  /** Compare against this window instead of the registered baseline (dates, half-open). */
  reference: z.object({ from: z.iso.date(), to: z.iso.date() }).nullable().default(null),
});
export type MonitoringSettings = z.infer<typeof MonitoringSettings>;
export const DEFAULT_MONITORING_SETTINGS: MonitoringSettings = MonitoringSettings.parse({});

/** What a lead may send to change the settings: any subset. */
export const MonitoringSettingsPatch = MonitoringSettings.partial().strict();
export type MonitoringSettingsPatch = z.infer<typeof MonitoringSettingsPatch>;

const nullableNumber = z.number().nullable();

export const KsResultOut = z.object({ statistic: z.number(), pValue: z.number() });

/** One feature in one window — the contract's `{ feature, psi, ks, wasserstein, drift }`, plus detail. */
export const FeatureDriftOut = z.object({
  feature: z.string(),
  type: z.enum(["numeric", "categorical"]),
  /** predictions in the window with a value for the feature */
  n: z.number(),
  psi: nullableNumber,
  /** numeric features: two-sample KS on the baseline's bins; null for categorical ones */
  ks: KsResultOut.nullable(),
  /** Wasserstein-1 in the feature's units (numeric); null for categorical ones */
  wasserstein: nullableNumber,
  /** Wasserstein-1 in reference standard deviations */
  wassersteinNormalized: nullableNumber,
  /** categorical features: chi-square test of homogeneity */
  chiSquare: z.object({ statistic: z.number(), dof: z.number(), pValue: z.number() }).nullable(),
  jensenShannon: nullableNumber,
  /** the test's p-value adjusted across the window's features */
  adjustedPValue: nullableNumber,
  psiBand: z.enum(["stable", "moderate", "significant"]).nullable(),
  drift: z.boolean(),
  reason: z.string(),
});
export type FeatureDriftOut = z.infer<typeof FeatureDriftOut>;

export const ScoreShiftOut = z.object({
  n: z.number(),
  psi: nullableNumber,
  ks: KsResultOut.nullable(),
  wasserstein: nullableNumber,
  /** mean score in the window */
  meanScore: nullableNumber,
  drift: z.boolean(),
  reason: z.string(),
});
export type ScoreShiftOut = z.infer<typeof ScoreShiftOut>;

export const DriftWindowOut = z.object({
  from: z.string(),
  to: z.string(),
  /** clipped by the range: fewer days than the window kind holds */
  partial: z.boolean(),
  n: z.number(),
  features: z.array(FeatureDriftOut),
  score: ScoreShiftOut,
  /** features with drift: true, in feature order */
  drifted: z.array(z.string()),
});
export type DriftWindowOut = z.infer<typeof DriftWindowOut>;

export const ReferenceOut = z.union([
  z.object({ kind: z.literal("baseline"), n: z.number(), source: z.string().nullable() }),
  z.object({ kind: z.literal("window"), from: z.string(), to: z.string(), n: z.number() }),
]);
export type ReferenceOut = z.infer<typeof ReferenceOut>;

export const FeatureInfoOut = z.object({
  name: z.string(),
  type: z.enum(["numeric", "categorical"]),
  /** relative importance, summing to 1 over the features that have one; null when unknown */
  importance: nullableNumber,
  /** false when the baseline has no bins for this numeric feature: its drift cannot be measured */
  measurable: z.boolean(),
});

export const DriftResponse = z.object({
  model: z.string(),
  version: z.string(),
  window: WindowKind,
  from: z.string(),
  to: z.string(),
  reference: ReferenceOut,
  thresholds: z.object({ psi: z.number(), ksMinEffect: z.number(), alpha: z.number(), correction: Correction }),
  /** how KS p-values are computed: Kolmogorov's limiting law, O(1) per test (see lib/stats/ks-test.ts) */
  ksMethod: z.literal("limit"),
  /** how `features[].importance` was obtained */
  importanceMethod: z.enum(["abs-weight-x-std", "none"]),
  features: z.array(FeatureInfoOut),
  windows: z.array(DriftWindowOut),
});
export type DriftResponse = z.infer<typeof DriftResponse>;

// ── performance over time ────────────────────────────────────────────────────────────────

export const METRICS = ["precision", "recall", "fpr"] as const;
export type MetricName = (typeof METRICS)[number];

export const MetricPoint = z.object({
  estimate: nullableNumber,
  /** 95 % percentile bootstrap interval, resampling whole days (alerts of a day are correlated) */
  lower: nullableNumber,
  upper: nullableNumber,
  /** labelled predictions the estimate rests on (for recall: audited positives below threshold) */
  evidence: z.number(),
  /** enough evidence for a drift event (a flag alone needs none) */
  sufficient: z.boolean(),
  /** worse than training by more than the configured share (point estimate) */
  flagged: z.boolean(),
  /** the whole interval is past the flag line: the drop is not noise */
  confidentDrop: z.boolean(),
});
export type MetricPoint = z.infer<typeof MetricPoint>;

export const CalibrationOut = z.object({
  ece: nullableNumber,
  brier: nullableNumber,
  bins: z.array(z.object({ meanPredicted: z.number(), fractionPositive: z.number(), count: z.number() })),
});

export const PerformanceWindowOut = z.object({
  from: z.string(),
  to: z.string(),
  partial: z.boolean(),
  days: z.number(),
  predictions: z.number(),
  alerts: z.number(),
  /** alerts with any verdict (latest), and that share of all alerts */
  labelledAlerts: z.number(),
  coverage: nullableNumber,
  auditSamples: z.number(),
  labelledAudit: z.number(),
  auditPositives: z.number(),
  precision: MetricPoint,
  recall: MetricPoint,
  fpr: MetricPoint,
  calibration: CalibrationOut,
  /** first verdict time − event time, over alerts and audit samples labelled in the window */
  delay: z.object({ n: z.number(), medianMs: nullableNumber, p90Ms: nullableNumber }),
});
export type PerformanceWindowOut = z.infer<typeof PerformanceWindowOut>;

export const TrainingMetricsOut = z.object({
  precision: nullableNumber,
  recall: nullableNumber,
  fpr: nullableNumber,
  /** where each came from: the registered key, "derived" (from alert and positive rates) or null */
  sources: z.record(z.string(), z.string().nullable()),
});
export type TrainingMetricsOut = z.infer<typeof TrainingMetricsOut>;

export const PerformanceReport = z.object({
  from: z.string(),
  to: z.string(),
  threshold: z.number(),
  performanceDrop: z.number(),
  training: TrainingMetricsOut,
  windows: z.array(PerformanceWindowOut),
  /** How verdicts become classes, recorded wherever it is used. */
  mapping: z.object({ TRUE_POSITIVE: z.literal(1), FALSE_POSITIVE: z.literal(0), excluded: z.array(z.string()) }),
  /** Which estimator each metric uses. */
  estimators: z.record(z.string(), z.string()),
});
export type PerformanceReport = z.infer<typeof PerformanceReport>;

// ── drift events ─────────────────────────────────────────────────────────────────────────

export const DRIFT_KINDS = ["DATA_DRIFT", "CONCEPT_DRIFT"] as const;
export type DriftKind = (typeof DRIFT_KINDS)[number];
export const STRATEGIES = ["SCHEDULED", "ON_DEMAND", "INCREMENTAL", "ACTIVE_LEARNING"] as const;
export type Strategy = (typeof STRATEGIES)[number];
export const EVENT_STATUSES = ["OPEN", "ACKNOWLEDGED", "CLOSED"] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type Severity = "moderate" | "significant";

export const DriftEventOut = z.object({
  id: z.number(),
  model: z.string(),
  version: z.string(),
  kind: z.enum(DRIFT_KINDS),
  /** what crossed the threshold: an input feature, or a performance metric */
  source: z.enum(["feature", "performance"]),
  /** the feature's name, or the metric ("precision", "recall", "false-positive rate") */
  subject: z.string(),
  windowStart: z.string(),
  windowEnd: z.string(),
  lastSeenEnd: z.string(),
  onset: z.string().nullable(),
  severity: z.enum(["moderate", "significant"]),
  strategy: z.enum(STRATEGIES),
  reason: z.string(),
  summary: z.string(),
  status: z.enum(EVENT_STATUSES),
  createdAt: z.string(),
  acknowledgedBy: z.string().nullable(),
});
export type DriftEventOut = z.infer<typeof DriftEventOut>;

export const EventAction = z.object({ action: z.enum(["acknowledge", "reopen"]) });
