// The roll-ups of one model version over a range of UTC days, as dense per-day arrays, and their
// sums over any window. Pure: lib/monitoring/rollup-read.ts fills it from the tables. Dense
// arrays make a window's sum a few additions per bin, so 30 windows × 23 features stay cheap.
import { SCORE_BINS, SCORE_SERIES } from "@/lib/ingest/rollup-batch";
import { DAY_MS } from "./time-windows";

export { SCORE_BINS };

export type FeatureLayout = {
  name: string;
  type: "numeric" | "categorical";
  /** numeric: edges.length + 1 of the baseline's bins; 0 when the baseline has none */
  bins: number;
};

export type DailyCounts = {
  /** first day (UTC midnight, ms) and number of days on the grid */
  from: number;
  days: number;
  n: Float64Array;
  alerts: Float64Array;
  auditSamples: Float64Array;
  scoreSum: Float64Array;
  /** days × SCORE_BINS */
  score: Float64Array;
  /** per numeric feature: days × bins */
  numeric: Map<string, Float64Array>;
  /** per categorical feature: category → count per day */
  categorical: Map<string, Map<string, Float64Array>>;
  /** per numeric feature: days × [n, sum, sumSquares, missing] */
  moments: Map<string, Float64Array>;
};

export type DailyRow = { day: number; n: number; alerts: number; auditSamples: number; scoreSum: number };
export type HistogramRow = { day: number; series: string; bucket: string; count: number };
export type StatRow = { day: number; feature: string; n: number; sum: number; sumSquares: number; missing: number };

export function emptyDailyCounts(layout: readonly FeatureLayout[], from: number, days: number): DailyCounts {
  const counts: DailyCounts = {
    from,
    days,
    n: new Float64Array(days),
    alerts: new Float64Array(days),
    auditSamples: new Float64Array(days),
    scoreSum: new Float64Array(days),
    score: new Float64Array(days * SCORE_BINS),
    numeric: new Map(),
    categorical: new Map(),
    moments: new Map(),
  };
  for (const feature of layout) {
    if (feature.type === "categorical") counts.categorical.set(feature.name, new Map());
    else {
      counts.numeric.set(feature.name, new Float64Array(days * feature.bins));
      counts.moments.set(feature.name, new Float64Array(days * 4));
    }
  }
  return counts;
}

/** Rows of the three roll-up tables onto the grid; rows outside it or for unknown series are ignored. */
export function buildDailyCounts(
  layout: readonly FeatureLayout[],
  from: number,
  days: number,
  rows: { daily: readonly DailyRow[]; histograms: readonly HistogramRow[]; stats: readonly StatRow[] },
): DailyCounts {
  const counts = emptyDailyCounts(layout, from, days);
  const bins = new Map(layout.map((f) => [f.name, f.bins]));
  const index = (day: number) => {
    const i = Math.round((day - from) / DAY_MS);
    return i >= 0 && i < days ? i : -1;
  };
  for (const row of rows.daily) {
    const i = index(row.day);
    if (i < 0) continue;
    counts.n[i] += row.n;
    counts.alerts[i] += row.alerts;
    counts.auditSamples[i] += row.auditSamples;
    counts.scoreSum[i] += row.scoreSum;
  }
  for (const row of rows.histograms) {
    const i = index(row.day);
    if (i < 0) continue;
    // A feature named "score" would share the score's rows; the score series wins (ingest writes it first).
    if (row.series === SCORE_SERIES) {
      const bin = Number(row.bucket);
      if (Number.isInteger(bin) && bin >= 0 && bin < SCORE_BINS) counts.score[i * SCORE_BINS + bin] += row.count;
      continue;
    }
    const numeric = counts.numeric.get(row.series);
    if (numeric) {
      const width = bins.get(row.series) ?? 0;
      const bin = Number(row.bucket);
      if (Number.isInteger(bin) && bin >= 0 && bin < width) numeric[i * width + bin] += row.count;
      continue;
    }
    const categories = counts.categorical.get(row.series);
    if (categories) {
      let perDay = categories.get(row.bucket);
      if (!perDay) categories.set(row.bucket, (perDay = new Float64Array(days)));
      perDay[i] += row.count;
    }
  }
  for (const row of rows.stats) {
    const i = index(row.day);
    const moments = counts.moments.get(row.feature);
    if (i < 0 || !moments) continue;
    moments[4 * i] += row.n;
    moments[4 * i + 1] += row.sum;
    moments[4 * i + 2] += row.sumSquares;
    moments[4 * i + 3] += row.missing;
  }
  return counts;
}

export type Moments = { n: number; sum: number; sumSquares: number; missing: number };

/** A window's totals: what a drift test compares against the reference. */
export type WindowCounts = {
  n: number;
  alerts: number;
  auditSamples: number;
  scoreSum: number;
  score: number[];
  numeric: Map<string, number[]>;
  categorical: Map<string, Map<string, number>>;
  moments: Map<string, Moments>;
};

/** Sums over the days of [from, to) that lie on the grid. */
export function sumWindow(daily: DailyCounts, from: number, to: number): WindowCounts {
  const first = Math.max(0, Math.round((from - daily.from) / DAY_MS));
  const last = Math.min(daily.days, Math.round((to - daily.from) / DAY_MS));
  const out: WindowCounts = {
    n: 0,
    alerts: 0,
    auditSamples: 0,
    scoreSum: 0,
    score: new Array<number>(SCORE_BINS).fill(0),
    numeric: new Map(),
    categorical: new Map(),
    moments: new Map(),
  };
  for (let i = first; i < last; i++) {
    out.n += daily.n[i];
    out.alerts += daily.alerts[i];
    out.auditSamples += daily.auditSamples[i];
    out.scoreSum += daily.scoreSum[i];
    for (let b = 0; b < SCORE_BINS; b++) out.score[b] += daily.score[i * SCORE_BINS + b];
  }
  for (const [name, perDay] of daily.numeric) {
    const width = daily.days > 0 ? perDay.length / daily.days : 0;
    const sums = new Array<number>(width).fill(0);
    for (let i = first; i < last; i++) for (let b = 0; b < width; b++) sums[b] += perDay[i * width + b];
    out.numeric.set(name, sums);
  }
  for (const [name, categories] of daily.categorical) {
    const sums = new Map<string, number>();
    for (const [category, perDay] of categories) {
      let total = 0;
      for (let i = first; i < last; i++) total += perDay[i];
      if (total > 0) sums.set(category, total);
    }
    out.categorical.set(name, sums);
  }
  for (const [name, perDay] of daily.moments) {
    const m: Moments = { n: 0, sum: 0, sumSquares: 0, missing: 0 };
    for (let i = first; i < last; i++) {
      m.n += perDay[4 * i];
      m.sum += perDay[4 * i + 1];
      m.sumSquares += perDay[4 * i + 2];
      m.missing += perDay[4 * i + 3];
    }
    out.moments.set(name, m);
  }
  return out;
}
