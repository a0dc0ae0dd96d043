// Performance over time from verdicts: precision, recall and false-positive rate per window
// with bootstrap intervals, calibration, label coverage and label delay. Pure.
//
// Who gets labelled decides what can be estimated. Analysts judge alerts (score ≥ threshold);
// below the threshold only a random audit sample with a known inclusion probability π is judged.
// So the population is two strata, each scaled up from its labelled rows (Hájek estimators):
//   alerts:         TP̂ = A · TPₐ / Lₐ,  FP̂ = A · FPₐ / Lₐ     (A alerts, Lₐ of them labelled)
//   below (audit):  FN̂ = (S / L_b) · Σ_{audited TP} 1/π,  TN̂ likewise over audited negatives
//                   (S audit samples drawn, L_b of them labelled yet)
// precision = TP̂/(TP̂+FP̂) needs only the alerts; recall = TP̂/(TP̂+FN̂) and FPR = FP̂/(FP̂+TN̂)
// are inverse-probability-weighted through the audit sample.
//
// Intervals resample whole UTC days, not single verdicts: attacks come in campaigns, so one
// day's alerts rise and fall together, and resampling verdicts independently would give
// intervals far too narrow (the demo's weekly precision swings by ±50 % between campaign weeks).
import { DEFAULT_VERDICT_CLASS, type Verdict } from "@/lib/alerts/schemas";
import { bootstrapCi, type ConfidenceInterval } from "@/lib/stats/bootstrap";
import { areProbabilities } from "@/lib/stats/binary-input";
import { brierScore, calibrationCurve, expectedCalibrationError } from "@/lib/stats/calibration";
import { quantile, sortedCopy } from "@/lib/stats/quantiles";
import { hashString } from "@/lib/stats/random";
import type { MetricName, MetricPoint, PerformanceWindowOut, TrainingMetricsOut } from "./schemas";
import { DAY_MS, daysIn, formatDay, type TimeWindow } from "./time-windows";

export type LabelledPrediction = {
  /** event time, epoch ms */
  time: number;
  score: number;
  alerted: boolean;
  auditSample: boolean;
  inclusionProbability: number | null;
  /** the latest verdict (the one nothing supersedes) */
  verdict: Verdict;
  /** when the first verdict was given, epoch ms */
  firstVerdictAt: number;
};

/** Population per UTC day, from the roll-ups: what the labelled rows are scaled up to. */
export type DayTotals = { from: number; days: number; n: ArrayLike<number>; alerts: ArrayLike<number>; auditSamples: ArrayLike<number> };

/** How much evidence a metric needs before a drop in it may raise a drift event. */
export const MIN_EVIDENCE: Record<MetricName, number> = {
  // class-labelled alerts
  precision: 30,
  // audited positives below the threshold: the FN estimate rests on them alone
  recall: 10,
  // audited negatives below the threshold
  fpr: 30,
};

export const BOOTSTRAP_RESAMPLES = 1000;

/** Higher is better for precision and recall, worse for the false-positive rate. */
export const HIGHER_IS_BETTER: Record<MetricName, boolean> = { precision: true, recall: true, fpr: false };

const first = (metrics: Record<string, number>, keys: string[]): [number, string] | null => {
  for (const key of keys) if (Number.isFinite(metrics[key])) return [metrics[key], key];
  return null;
};

/**
 * The training metrics to compare against, by the names registries use. Without a registered
 * FPR it is derived from the alert rate, precision and positive rate at training:
 * FP/negatives = alertRate·(1 − precision)/(1 − positiveRate).
 */
export function trainingMetricsOf(metrics: Record<string, number> | null): TrainingMetricsOut {
  const m = metrics ?? {};
  const precision = first(m, ["precision", "precisionAtThreshold"]);
  const recall = first(m, ["recall", "recallAtThreshold", "tpr"]);
  let fpr = first(m, ["fpr", "falsePositiveRate", "fprAtThreshold"]);
  const alertRate = first(m, ["alertRate"]);
  const positiveRate = first(m, ["positiveRate"]);
  if (!fpr && precision && alertRate && positiveRate && positiveRate[0] < 1) {
    fpr = [(alertRate[0] * (1 - precision[0])) / (1 - positiveRate[0]), "derived"];
  }
  return {
    precision: precision?.[0] ?? null,
    recall: recall?.[0] ?? null,
    fpr: fpr?.[0] ?? null,
    sources: { precision: precision?.[1] ?? null, recall: recall?.[1] ?? null, fpr: fpr?.[1] ?? null },
  };
}

/** Per-day sums of one window's labelled rows; the estimators work on sums of resampled days. */
type DaySums = {
  alerts: Float64Array;
  audit: Float64Array;
  below: Float64Array;
  labelledAlerts: Float64Array;
  tpAlerts: Float64Array;
  fpAlerts: Float64Array;
  labelledAudit: Float64Array;
  /** Σ 1/π over audited rows labelled positive / negative */
  tpAuditWeight: Float64Array;
  fpAuditWeight: Float64Array;
  tpAudit: Float64Array;
  fpAudit: Float64Array;
};

function daySums(days: number): DaySums {
  const make = () => new Float64Array(days);
  return {
    alerts: make(), audit: make(), below: make(), labelledAlerts: make(), tpAlerts: make(), fpAlerts: make(),
    labelledAudit: make(), tpAuditWeight: make(), fpAuditWeight: make(), tpAudit: make(), fpAudit: make(),
  };
}

type Totals = { [K in keyof DaySums]: number };

function sumDays(sums: DaySums, indices: ArrayLike<number>): Totals {
  const out = { alerts: 0, audit: 0, below: 0, labelledAlerts: 0, tpAlerts: 0, fpAlerts: 0, labelledAudit: 0, tpAuditWeight: 0, fpAuditWeight: 0, tpAudit: 0, fpAudit: 0 };
  for (let k = 0; k < indices.length; k++) {
    const d = indices[k];
    for (const key of Object.keys(out) as (keyof Totals)[]) out[key] += sums[key][d];
  }
  return out;
}

/** The four cells of the population's confusion matrix, estimated from one set of days. */
function estimateCells(t: Totals): { tp: number; fp: number; fn: number; tn: number; belowKnown: boolean } {
  // Labelled rows can outnumber a stale roll-up; the population is never smaller than what was seen.
  const alerts = Math.max(t.alerts, t.labelledAlerts);
  const audit = Math.max(t.audit, t.labelledAudit);
  const alertScale = t.labelledAlerts > 0 ? alerts / t.labelledAlerts : 0;
  const auditScale = t.labelledAudit > 0 ? audit / t.labelledAudit : 0;
  return {
    tp: t.tpAlerts * alertScale,
    fp: t.fpAlerts * alertScale,
    fn: t.tpAuditWeight * auditScale,
    tn: t.fpAuditWeight * auditScale,
    belowKnown: t.labelledAudit > 0,
  };
}

const METRIC: Record<MetricName, (t: Totals) => number> = {
  precision: (t) => (t.tpAlerts + t.fpAlerts > 0 ? t.tpAlerts / (t.tpAlerts + t.fpAlerts) : Number.NaN),
  recall: (t) => {
    const c = estimateCells(t);
    return c.belowKnown && c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : Number.NaN;
  },
  fpr: (t) => {
    const c = estimateCells(t);
    return c.belowKnown && c.fp + c.tn > 0 ? c.fp / (c.fp + c.tn) : Number.NaN;
  },
};

function evidenceOf(metric: MetricName, t: Totals): number {
  if (metric === "precision") return t.tpAlerts + t.fpAlerts;
  if (metric === "recall") return t.tpAudit;
  return t.fpAudit;
}

const orNull = (x: number) => (Number.isFinite(x) ? x : null);

/** Flag line for a metric: training worsened by `drop` (relative). */
export function flagLine(metric: MetricName, training: number, drop: number): number {
  return HIGHER_IS_BETTER[metric] ? training * (1 - drop) : training * (1 + drop);
}

function metricPoint(metric: MetricName, sums: DaySums, days: number, training: number | null, drop: number, seed: number): MetricPoint {
  const all = Uint32Array.from({ length: days }, (_, i) => i);
  const totals = sumDays(sums, all);
  const evidence = evidenceOf(metric, totals);
  const estimate = METRIC[metric](totals);
  let ci: ConfidenceInterval | null = null;
  if (Number.isFinite(estimate) && days > 0) ci = bootstrapCi(days, (indices) => METRIC[metric](sumDays(sums, indices)), { seed, resamples: BOOTSTRAP_RESAMPLES });
  const lower = ci ? orNull(ci.lower) : null;
  const upper = ci ? orNull(ci.upper) : null;
  let flagged = false;
  let confidentDrop = false;
  if (training !== null && Number.isFinite(estimate)) {
    const line = flagLine(metric, training, drop);
    const higher = HIGHER_IS_BETTER[metric];
    flagged = higher ? estimate < line : estimate > line;
    confidentDrop = flagged && (higher ? upper !== null && upper < line : lower !== null && lower > line);
  }
  return { estimate: orNull(estimate), lower, upper, evidence, sufficient: evidence >= MIN_EVIDENCE[metric], flagged, confidentDrop };
}

export type PerformanceInput = {
  labelled: readonly LabelledPrediction[];
  totals: DayTotals;
  windows: readonly TimeWindow[];
  training: TrainingMetricsOut;
  /** relative drop that flags a metric (0.05) */
  drop: number;
};

function classOf(verdict: Verdict): 0 | 1 | null {
  return DEFAULT_VERDICT_CLASS[verdict];
}

export function performanceOverTime({ labelled, totals, windows, training, drop }: PerformanceInput): PerformanceWindowOut[] {
  const sorted = [...labelled].sort((a, b) => a.time - b.time);
  return windows.map((window) => {
    const days = daysIn(window);
    const sums = daySums(days);
    const offset = Math.round((window.from - totals.from) / DAY_MS);
    let predictions = 0;
    for (let d = 0; d < days; d++) {
      const i = offset + d;
      if (i < 0 || i >= totals.days) continue;
      predictions += totals.n[i];
      sums.alerts[d] = totals.alerts[i];
      sums.audit[d] = totals.auditSamples[i];
      sums.below[d] = totals.n[i] - totals.alerts[i];
    }
    const rows = sorted.filter((r) => r.time >= window.from && r.time < window.to);
    const delays: number[] = [];
    const scores: number[] = [];
    const classes: number[] = [];
    const kinds: ("alert" | "audit")[] = [];
    const inverse: number[] = [];
    for (const row of rows) {
      const d = Math.floor((row.time - window.from) / DAY_MS);
      delays.push(row.firstVerdictAt - row.time);
      const y = classOf(row.verdict);
      if (row.alerted) {
        sums.labelledAlerts[d]++;
        if (y === 1) sums.tpAlerts[d]++;
        if (y === 0) sums.fpAlerts[d]++;
      } else if (row.auditSample) {
        sums.labelledAudit[d]++;
        // Without a recorded π the day's own sampling rate stands in for it.
        const pi = row.inclusionProbability && row.inclusionProbability > 0 ? row.inclusionProbability : sums.below[d] > 0 && sums.audit[d] > 0 ? sums.audit[d] / sums.below[d] : 1;
        if (y === 1) {
          sums.tpAudit[d]++;
          sums.tpAuditWeight[d] += 1 / pi;
        }
        if (y === 0) {
          sums.fpAudit[d]++;
          sums.fpAuditWeight[d] += 1 / pi;
        }
      } else continue; // labelled but neither alerted nor sampled: no known inclusion probability
      if (y !== null) {
        scores.push(row.score);
        classes.push(y);
        kinds.push(row.alerted ? "alert" : "audit");
        inverse.push(row.alerted ? 1 : 1 / (row.inclusionProbability && row.inclusionProbability > 0 ? row.inclusionProbability : 1));
      }
    }
    const all = sumDays(sums, Uint32Array.from({ length: days }, (_, i) => i));
    const seed = hashString(`performance:${formatDay(window.from)}:${days}`);
    const alertScale = all.labelledAlerts > 0 ? Math.max(all.alerts, all.labelledAlerts) / all.labelledAlerts : 0;
    const auditScale = all.labelledAudit > 0 ? Math.max(all.audit, all.labelledAudit) / all.labelledAudit : 0;
    const weights = kinds.map((kind, i) => (kind === "alert" ? alertScale : inverse[i] * auditScale));
    return {
      from: new Date(window.from).toISOString(),
      to: new Date(window.to).toISOString(),
      partial: window.partial,
      days,
      predictions,
      alerts: all.alerts,
      labelledAlerts: all.labelledAlerts,
      coverage: all.alerts > 0 ? Math.min(1, all.labelledAlerts / all.alerts) : null,
      auditSamples: all.audit,
      labelledAudit: all.labelledAudit,
      auditPositives: all.tpAudit,
      precision: metricPoint("precision", sums, days, training.precision, drop, seed),
      recall: metricPoint("recall", sums, days, training.recall, drop, seed),
      fpr: metricPoint("fpr", sums, days, training.fpr, drop, seed),
      calibration: calibrationOf(scores, classes, weights),
      delay: delayOf(delays),
    };
  });
}

function calibrationOf(scores: number[], classes: number[], weights: number[]): PerformanceWindowOut["calibration"] {
  if (scores.length === 0 || !areProbabilities(scores) || !weights.some((w) => w > 0)) return { ece: null, brier: null, bins: [] };
  const curve = calibrationCurve(scores, classes, 10, weights);
  return {
    ece: orNull(expectedCalibrationError(curve)),
    brier: orNull(brierScore(scores, classes, weights)),
    bins: curve.meanPredicted.map((meanPredicted, j) => ({ meanPredicted, fractionPositive: curve.fractionPositive[j], count: curve.count[j] })),
  };
}

function delayOf(delays: number[]): PerformanceWindowOut["delay"] {
  if (delays.length === 0) return { n: 0, medianMs: null, p90Ms: null };
  const sorted = sortedCopy(delays);
  return { n: delays.length, medianMs: quantile(sorted, 0.5), p90Ms: quantile(sorted, 0.9) };
}
