// Shapes the drift report for the monitoring page's table, sparklines and distribution charts.
// Pure: no React, no Recharts, unit-tested. Types restate what is used of
// lib/monitoring/schemas.ts so the charts stay free of server concerns.

export type FeatureWindowInput = {
  feature: string;
  psi: number | null;
  ks: { statistic: number; pValue: number } | null;
  wassersteinNormalized: number | null;
  jensenShannon: number | null;
  adjustedPValue: number | null;
  psiBand: "stable" | "moderate" | "significant" | null;
  drift: boolean;
  reason: string;
};
export type WindowInput = { from: string; to: string; partial: boolean; n: number; features: FeatureWindowInput[] };
export type FeatureInfoInput = { name: string; type: "numeric" | "categorical"; importance: number | null; measurable: boolean };
export type DriftReportInput = { window: "day" | "week"; features: FeatureInfoInput[]; windows: WindowInput[] };

export type SparkPoint = { label: string; psi: number | null; drift: boolean };

export type DriftRow = {
  feature: string;
  type: "numeric" | "categorical";
  measurable: boolean;
  importance: number | null;
  /** importance × PSI of the current window: what the ordering uses */
  impact: number | null;
  current: FeatureWindowInput | null;
  /** windows (with data) where the feature drifted, and how many had data */
  driftedWindows: number;
  windowsWithData: number;
  spark: SparkPoint[];
};

export type DriftTable = {
  rows: DriftRow[];
  /** the window the "now" columns describe: the latest complete one with data */
  current: { from: string; to: string; partial: boolean } | null;
  /** features drifting in the current window */
  driftingNow: string[];
};

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2026-11-03T00:00:00.000Z" → "Nov 3", read as the UTC day it names. */
export function formatDayLabel(iso: string): string {
  const [, month, day] = iso.slice(0, 10).split("-").map(Number);
  return `${MONTHS[month - 1]} ${day}`;
}

/** A window's label: its first day ("Nov 3"), or the week's span ("Nov 3–9"). */
export function windowLabel(window: { from: string; to: string }, kind: "day" | "week"): string {
  if (kind === "day") return formatDayLabel(window.from);
  const last = new Date(Date.parse(window.to) - 86_400_000).toISOString();
  const a = formatDayLabel(window.from);
  const b = formatDayLabel(last);
  return a === b ? a : a.split(" ")[0] === b.split(" ")[0] ? `${a}–${b.split(" ")[1]}` : `${a} – ${b}`;
}

/**
 * The window the table calls "now": the latest complete window with traffic. A clipped window
 * (the week still in progress) mixes weekdays unlike the baseline, so it is a fallback only.
 */
export function currentWindowIndex(windows: readonly WindowInput[]): number {
  for (let i = windows.length - 1; i >= 0; i--) if (!windows[i].partial && windows[i].n > 0) return i;
  for (let i = windows.length - 1; i >= 0; i--) if (windows[i].n > 0) return i;
  return -1;
}

/**
 * One row per feature, ordered by importance × current PSI (what a shift can do to the scores),
 * then by PSI for features without an importance, then by name. Unmeasurable features go last.
 */
export function prepareDriftTable(report: DriftReportInput): DriftTable {
  const index = currentWindowIndex(report.windows);
  const currentWindow = index >= 0 ? report.windows[index] : null;
  const rows: DriftRow[] = report.features.map((info, f) => {
    const spark = report.windows.map((w) => {
      const stats = w.features[f];
      return { label: windowLabel(w, report.window), psi: w.n > 0 && stats ? stats.psi : null, drift: Boolean(stats?.drift) };
    });
    const withData = report.windows.filter((w) => w.n > 0 && w.features[f]?.psi !== null);
    const current = currentWindow ? (currentWindow.features[f] ?? null) : null;
    const impact = info.importance !== null && current?.psi !== null && current?.psi !== undefined ? info.importance * current.psi : null;
    return {
      feature: info.name,
      type: info.type,
      measurable: info.measurable,
      importance: info.importance,
      impact,
      current,
      driftedWindows: withData.filter((w) => w.features[f].drift).length,
      windowsWithData: withData.length,
      spark,
    };
  });
  rows.sort((a, b) => {
    if (a.measurable !== b.measurable) return a.measurable ? -1 : 1;
    if ((a.impact === null) !== (b.impact === null)) return a.impact === null ? 1 : -1;
    if (a.impact !== null && b.impact !== null && a.impact !== b.impact) return b.impact - a.impact;
    const pa = a.current?.psi ?? -1;
    const pb = b.current?.psi ?? -1;
    if (pa !== pb) return pb - pa;
    return a.feature < b.feature ? -1 : a.feature > b.feature ? 1 : 0;
  });
  return {
    rows,
    current: currentWindow ? { from: currentWindow.from, to: currentWindow.to, partial: currentWindow.partial } : null,
    driftingNow: rows.filter((r) => r.current?.drift).map((r) => r.feature),
  };
}

/** Sparkline y-values on a log-ish scale so 0.05 and 5 both read: PSI spans three decades. */
export function sparkValue(psi: number | null): number | null {
  return psi === null ? null : Math.log10(1 + 100 * Math.max(0, psi));
}

export type DistributionInput = {
  labels: string[];
  reference: number[];
  current: number[];
  /** per-bin PSI terms (a − e)·ln(a/e) */
  contributions: number[];
};

export type DistributionBar = { label: string; reference: number; current: number; contribution: number; moved: boolean };

/**
 * Proportions as percentages side by side; `moved` marks the bins carrying most of the PSI
 * (each above a fifth of the largest term and above 0.01), which the chart outlines.
 */
export function prepareDistribution(input: DistributionInput): { bars: DistributionBar[]; max: number } {
  const largest = Math.max(0, ...input.contributions);
  const bars = input.labels.map((label, i) => ({
    label,
    reference: 100 * input.reference[i],
    current: 100 * input.current[i],
    contribution: input.contributions[i],
    moved: input.contributions[i] > 0.01 && input.contributions[i] >= largest / 5,
  }));
  const max = Math.max(1, ...bars.flatMap((b) => [b.reference, b.current]));
  return { bars, max: Math.ceil(max / 10) * 10 };
}

/** PSI, KS D or a W1 in stds, at a precision that reads in a table. */
export function formatStat(value: number | null | undefined, digits = 3): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  if (value !== 0 && Math.abs(value) < 10 ** -digits) return value.toExponential(1);
  return value.toFixed(digits);
}

/** p-values below 0.001 as "<0.001": past that the exact value only invites false precision. */
export function formatPValue(p: number | null | undefined): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return "—";
  return p < 0.001 ? "<0.001" : p.toFixed(3);
}
