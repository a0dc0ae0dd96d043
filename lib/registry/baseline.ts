// The reference distribution registered with a model version: what drift monitoring compares
// production traffic against. Edges live with the baseline so every later histogram (rollups
// at ingest, PSI) uses exactly the bins the reference was cut into.
import type { Baseline, FeatureBaseline, FeatureSpec } from "@/lib/registry/schemas";
import { histogram, proportions, uniformEdges, uniformHistogram } from "@/lib/stats/histogram";
import { mean, populationStd } from "@/lib/stats/moments";
import { quantile, quantileEdges, sortedCopy } from "@/lib/stats/quantiles";

export type BaselineRow = Record<string, number | string | boolean | null | undefined>;

export const BASELINE_QUANTILE_BINS = 10;
export const BASELINE_SCORE_BINS = 20;

/**
 * Summarises reference rows: numeric features get decile edges and the proportion in each bin,
 * mean, population std, min, max and the 101 percentiles; categorical ones their frequencies.
 * Missing values (null/undefined, non-finite numbers) are left out of a feature's statistics.
 * The score distribution goes on 20 equal-width bins (interior edges 0.05 … 0.95).
 */
export function buildBaseline(rows: BaselineRow[], features: FeatureSpec[], scores: ArrayLike<number>, source: string): Baseline {
  const out: Record<string, FeatureBaseline> = {};
  for (const feature of features) {
    out[feature.name] = feature.type === "numeric" ? numericBaseline(rows, feature.name) : categoricalBaseline(rows, feature.name);
  }
  const scoreEdges = uniformEdges(BASELINE_SCORE_BINS);
  return {
    n: rows.length,
    source,
    features: out,
    score: { edges: scoreEdges, proportions: proportions(uniformHistogram(scores, BASELINE_SCORE_BINS)) },
  };
}

function numericValue(value: BaselineRow[string]): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "string" && value.trim() !== "") {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

function numericBaseline(rows: BaselineRow[], name: string): FeatureBaseline {
  const values: number[] = [];
  for (const row of rows) {
    const v = numericValue(row[name]);
    if (v !== null) values.push(v);
  }
  if (values.length === 0) return { type: "numeric", edges: [], proportions: [], mean: 0, std: 0 };
  const sorted = sortedCopy(values);
  const edges = quantileEdges(sorted, BASELINE_QUANTILE_BINS);
  const percentiles: number[] = [];
  for (let k = 0; k <= 100; k++) percentiles.push(quantile(sorted, k / 100));
  return {
    type: "numeric",
    edges,
    proportions: proportions(histogram(sorted, edges)),
    mean: mean(sorted),
    std: populationStd(sorted),
    min: sorted[0],
    max: sorted[sorted.length - 1],
    percentiles,
  };
}

function categoricalBaseline(rows: BaselineRow[], name: string): FeatureBaseline {
  const counts = new Map<string, number>();
  let total = 0;
  for (const row of rows) {
    const value = row[name];
    if (value === null || value === undefined) continue;
    const key = String(value);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    total++;
  }
  const frequencies: Record<string, number> = {};
  for (const [key, count] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) frequencies[key] = count / total;
  return { type: "categorical", frequencies };
}
