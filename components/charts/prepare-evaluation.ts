// Shapes a version's evaluation for its charts: PR and ROC curves with their bootstrap bands,
// the reliability diagram and the confusion matrix. Pure: no React, no Recharts, unit-tested.
// Inputs restate the fields of lib/evaluation/schemas.ts's EvaluationResponse they read.

export type Estimate = "census" | "weighted" | "alerted-only";

/** What every chart says about the numbers it shows. */
export const ESTIMATE_LABELS: Record<Estimate, { short: string; long: string }> = {
  census: {
    short: "All predictions judged",
    long: "Every prediction in this range has a verdict: plain counts, no weighting.",
  },
  weighted: {
    short: "Weighted estimate (alerts + audit sample)",
    long: "Alerts and a random audit sample of below-threshold predictions, each weighted by the inverse of its chance of being labelled: estimates for all traffic, including attacks the model missed.",
  },
  "alerted-only": {
    short: "Alerted events only",
    long: "Only alerted events have verdicts here: precision is sound, but recall and the curves say nothing about attacks below the threshold. Label an audit sample for all-traffic estimates.",
  },
};

type Band = { estimate: (number | null)[]; lower: (number | null)[]; upper: (number | null)[] };

export type CurvePoint = { x: number; y: number };
export type BandPoint = { x: number; range: [number, number] };
export type CurveChart = { curve: CurvePoint[]; band: BandPoint[]; marker: CurvePoint | null };

function bandPoints(xs: readonly number[], band: Band): BandPoint[] {
  const out: BandPoint[] = [];
  xs.forEach((x, j) => {
    const lo = band.lower[j];
    const hi = band.upper[j];
    if (lo !== null && hi !== null) out.push({ x, range: [lo, hi] });
  });
  return out;
}

/**
 * Recall on x, precision on y, from the highest threshold down (recall rising). The final point
 * of scikit-learn's curve (recall 0, precision 1: "flag nothing") is a convention, not an
 * operating point; it is left out so the curve does not jump to the top-left corner.
 */
export function preparePrChart(pr: { precision: readonly number[]; recall: readonly number[] }, band: Band & { recall: readonly number[] }, current: { precision: number; recall: number } | null): CurveChart {
  const curve: CurvePoint[] = [];
  for (let i = pr.recall.length - 2; i >= 0; i--) curve.push({ x: pr.recall[i], y: pr.precision[i] });
  return { curve, band: bandPoints(band.recall, band), marker: current && (current.precision > 0 || current.recall > 0) ? { x: current.recall, y: current.precision } : null };
}

/** FPR on x, TPR on y; null points (one class missing) are dropped. */
export function prepareRocChart(roc: { fpr: readonly (number | null)[]; tpr: readonly (number | null)[] }, band: Band & { fpr: readonly number[] }, current: { fpr: number; recall: number } | null): CurveChart {
  const curve: CurvePoint[] = [];
  roc.fpr.forEach((x, i) => {
    const y = roc.tpr[i];
    if (x !== null && y !== null) curve.push({ x, y });
  });
  return { curve, band: bandPoints(band.fpr, band), marker: current && curve.length > 0 ? { x: current.fpr, y: current.recall } : null };
}

/**
 * The x-axis reach for rare-event scores: most of them sit near 0, so a [0, 1] axis would
 * squash the curve into a corner. The smallest of 0.05, 0.1, 0.2, 0.5, 1 that holds every point.
 */
export function reliabilityReach(values: readonly number[]): number {
  const max = Math.max(0, ...values);
  return [0.05, 0.1, 0.2, 0.5, 1].find((r) => max <= r) ?? 1;
}

export type ReliabilityPoint = { predicted: number; observed: number; count: number; weight: number };

export function prepareReliability(calibration: { meanPredicted: readonly number[]; fractionPositive: readonly number[]; count: readonly number[]; weight: readonly number[] } | null): {
  points: ReliabilityPoint[];
  reach: number;
  diagonal: CurvePoint[];
} {
  if (!calibration) return { points: [], reach: 1, diagonal: [] };
  const points = calibration.meanPredicted.map((predicted, i) => ({ predicted, observed: calibration.fractionPositive[i], count: calibration.count[i], weight: calibration.weight[i] }));
  const reach = reliabilityReach(points.flatMap((p) => [p.predicted, p.observed]));
  return { points, reach, diagonal: [{ x: 0, y: 0 }, { x: reach, y: reach }] };
}

export type ConfusionCell = { key: "tp" | "fp" | "fn" | "tn"; label: string; value: number; share: number; tone: "good" | "bad" };

/** The 2×2 at the threshold, rows = verdict (attack, benign), columns = decision (alert, no alert). */
export function prepareConfusion(c: { tp: number; fp: number; fn: number; tn: number }): { rows: ConfusionCell[][]; total: number } {
  const total = c.tp + c.fp + c.fn + c.tn;
  const cell = (key: ConfusionCell["key"], label: string, tone: ConfusionCell["tone"]): ConfusionCell => ({ key, label, value: c[key], share: total > 0 ? c[key] / total : 0, tone });
  return {
    rows: [
      [cell("tp", "Caught attacks (TP)", "good"), cell("fn", "Missed attacks (FN)", "bad")],
      [cell("fp", "False alarms (FP)", "bad"), cell("tn", "Quiet and benign (TN)", "good")],
    ],
    total,
  };
}

/** Counts shown as whole numbers when they are counts, to one decimal when weighted estimates. */
export function formatCount(value: number, weighted: boolean): string {
  if (!weighted || Number.isInteger(value)) return Math.round(value).toLocaleString("en-US");
  return value < 100 ? value.toFixed(1) : Math.round(value).toLocaleString("en-US");
}

/** A metric to three decimals, or a dash where undefined. */
export function formatMetric(value: number | null | undefined, digits = 3): string {
  return value === null || value === undefined || !Number.isFinite(value) ? "—" : value.toFixed(digits);
}

/** "0.912 (0.880–0.940)". */
export function formatInterval(interval: { estimate: number | null; lower: number | null; upper: number | null } | undefined, digits = 3): string {
  if (!interval || interval.estimate === null) return "—";
  const base = interval.estimate.toFixed(digits);
  return interval.lower === null || interval.upper === null ? base : `${base} (${interval.lower.toFixed(digits)}–${interval.upper.toFixed(digits)})`;
}
