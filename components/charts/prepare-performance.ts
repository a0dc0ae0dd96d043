// Shapes performance over time for its charts: a metric with its interval against training,
// calibration error per window, label coverage and delay. Pure, unit-tested. Types restate
// what is used of lib/monitoring/schemas.ts.
import { windowLabel } from "./prepare-drift";

export type MetricKey = "precision" | "recall" | "fpr";
export type MetricPointInput = {
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  evidence: number;
  sufficient: boolean;
  flagged: boolean;
  confidentDrop: boolean;
};
export type PerformanceWindowInput = {
  from: string;
  to: string;
  partial: boolean;
  alerts: number;
  labelledAlerts: number;
  coverage: number | null;
  auditSamples: number;
  labelledAudit: number;
  precision: MetricPointInput;
  recall: MetricPointInput;
  fpr: MetricPointInput;
  calibration: { ece: number | null; brier: number | null; bins: { meanPredicted: number; fractionPositive: number; count: number }[] };
  delay: { n: number; medianMs: number | null; p90Ms: number | null };
};

export const METRIC_LABELS: Record<MetricKey, string> = { precision: "Precision", recall: "Recall", fpr: "False-positive rate" };

export type MetricChartPoint = {
  label: string;
  from: string;
  partial: boolean;
  /** percentages; null where the window has no estimate */
  estimate: number | null;
  band: [number, number] | null;
  flagged: boolean;
  confidentDrop: boolean;
  evidence: number;
  sufficient: boolean;
};

export type MetricChart = {
  points: MetricChartPoint[];
  /** training value and the line a window must cross to be flagged, in percent */
  training: number | null;
  flagLine: number | null;
  /** y-axis top in percent: the data's maximum rounded up, so small rates stay readable */
  top: number;
  flaggedWindows: number;
};

const pct = (x: number | null) => (x === null ? null : 100 * x);

/** Rounds a percentage axis up to 1, 2, 5 × 10^k (at most 100). */
export function niceTop(max: number): number {
  if (!(max > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 5, 10].find((m) => m * magnitude >= max) ?? 10;
  return Math.min(100, step * magnitude);
}

export function prepareMetricChart(windows: readonly PerformanceWindowInput[], metric: MetricKey, kind: "day" | "week", training: number | null, drop: number): MetricChart {
  const points = windows.map((w) => {
    const p = w[metric];
    return {
      label: windowLabel(w, kind),
      from: w.from,
      partial: w.partial,
      estimate: pct(p.estimate),
      band: p.lower !== null && p.upper !== null ? ([100 * p.lower, 100 * p.upper] as [number, number]) : null,
      flagged: p.flagged,
      confidentDrop: p.confidentDrop,
      evidence: p.evidence,
      sufficient: p.sufficient,
    };
  });
  const flagLine = training === null ? null : 100 * (metric === "fpr" ? training * (1 + drop) : training * (1 - drop));
  const values = points.flatMap((p) => [p.estimate ?? 0, ...(p.band ?? [])]);
  const top = niceTop(Math.max(...values, pct(training) ?? 0, flagLine ?? 0) * 1.05);
  return { points, training: pct(training), flagLine, top, flaggedWindows: points.filter((p) => p.flagged).length };
}

export type CalibrationPoint = { label: string; ece: number | null; brier: number | null; labelled: number };

export function prepareCalibrationOverTime(windows: readonly PerformanceWindowInput[], kind: "day" | "week"): CalibrationPoint[] {
  return windows.map((w) => ({
    label: windowLabel(w, kind),
    ece: w.calibration.ece,
    brier: w.calibration.brier,
    labelled: w.calibration.bins.reduce((a, b) => a + b.count, 0),
  }));
}

export type ReliabilityPoint = { predicted: number; observed: number; count: number };

/** The latest window's reliability diagram, in percent (the diagonal is perfect calibration). */
export function prepareReliability(window: PerformanceWindowInput | undefined): ReliabilityPoint[] {
  if (!window) return [];
  return window.calibration.bins.map((b) => ({ predicted: 100 * b.meanPredicted, observed: 100 * b.fractionPositive, count: b.count }));
}

export type LabelHealthPoint = {
  label: string;
  /** alerts with a verdict, percent */
  coverage: number | null;
  alerts: number;
  labelledAlerts: number;
  /** hours from event to first verdict */
  medianHours: number | null;
  p90Hours: number | null;
};

const HOUR_MS = 3_600_000;

export function prepareLabelHealth(windows: readonly PerformanceWindowInput[], kind: "day" | "week"): LabelHealthPoint[] {
  return windows.map((w) => ({
    label: windowLabel(w, kind),
    coverage: pct(w.coverage),
    alerts: w.alerts,
    labelledAlerts: w.labelledAlerts,
    medianHours: w.delay.medianMs === null ? null : w.delay.medianMs / HOUR_MS,
    p90Hours: w.delay.p90Ms === null ? null : w.delay.p90Ms / HOUR_MS,
  }));
}

/** "42 min", "3.5 h", "2.1 d": label delay spans minutes (alerts) to days (audit reviews). */
export function formatDuration(hours: number | null): string {
  if (hours === null || !Number.isFinite(hours)) return "—";
  if (hours < 1) return `${Math.round(hours * 60)} min`;
  if (hours < 48) return `${Number(hours.toFixed(1))} h`;
  return `${Number((hours / 24).toFixed(1))} d`;
}

export function formatPercent(value: number | null, digits = 1): string {
  return value === null || !Number.isFinite(value) ? "—" : `${value.toFixed(digits)}%`;
}
