// What drift is measured against: the version's registered baseline, or a reference window of
// its own roll-ups. Pure. Either way numeric features keep the baseline's bins (roll-ups were
// cut on them), so a reference window is only as fine-grained as the baseline.
import type { Baseline, FeatureBaseline } from "@/lib/registry/schemas";
import { momentsFromSums } from "@/lib/stats/moments";
import type { OuterBounds } from "@/lib/stats/wasserstein";
import { type FeatureLayout, SCORE_BINS, type WindowCounts } from "./daily-counts";

export type NumericReference = { edges: number[]; counts: number[]; std: number; outer?: OuterBounds };

export type Reference = {
  kind: "baseline" | "window";
  n: number;
  numeric: Map<string, NumericReference>;
  categorical: Map<string, Map<string, number>>;
  /** counts on `score.length` equal-width bins of [0, 1]; null when unknown */
  score: number[] | null;
};

export type FeatureSpecLike = { name: string; type: "numeric" | "categorical" };

/** How many baseline bins each feature's roll-ups use (0: no bins, the feature is not binned). */
export function layoutOf(features: readonly FeatureSpecLike[], baseline: Baseline | null): FeatureLayout[] {
  const seen = new Set<string>();
  const out: FeatureLayout[] = [];
  for (const feature of features) {
    if (seen.has(feature.name)) continue;
    seen.add(feature.name);
    const reference = baseline?.features[feature.name];
    const bins = feature.type === "numeric" && reference?.type === "numeric" ? reference.edges.length + 1 : 0;
    out.push({ name: feature.name, type: feature.type, bins });
  }
  return out;
}

function outerOf(reference: FeatureBaseline & { type: "numeric" }): OuterBounds | undefined {
  if (reference.min === undefined || reference.max === undefined) return undefined;
  // Wasserstein closes the open-ended bins at min and max; a degenerate range would collapse them.
  const first = reference.edges[0];
  const last = reference.edges[reference.edges.length - 1];
  if (!(reference.min <= first && reference.max >= last)) return undefined;
  return { min: reference.min, max: reference.max };
}

/** binMidpoints needs two edges or explicit bounds; with neither, Wasserstein is left out. */
function usableEdges(reference: FeatureBaseline & { type: "numeric" }): boolean {
  return reference.edges.length >= 2 || (reference.edges.length === 1 && outerOf(reference) !== undefined);
}

/**
 * Score distribution of the baseline on a grid the roll-ups can be regrouped onto: the baseline
 * keeps 20 equal-width bins, roll-ups 50, and both regroup exactly onto gcd(20, 50) = 10.
 */
function baselineScore(baseline: Baseline): number[] | null {
  const score = baseline.score;
  if (!score || score.proportions.length !== score.edges.length + 1) return null;
  const bins = score.proportions.length;
  const uniform = score.edges.every((edge, i) => Math.abs(edge - (i + 1) / bins) < 1e-9);
  if (!uniform) return null;
  const common = greatestCommonDivisor(bins, SCORE_BINS);
  if (common < 2) return null;
  return regroup(score.proportions.map((p) => p * baseline.n), common);
}

export function greatestCommonDivisor(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** Counts on k·m equal-width bins summed onto m bins (k consecutive bins each). */
export function regroup(counts: readonly number[], bins: number): number[] {
  if (counts.length % bins !== 0) throw new RangeError(`regroup: ${counts.length} bins do not divide into ${bins}`);
  const k = counts.length / bins;
  const out = new Array<number>(bins).fill(0);
  for (let i = 0; i < counts.length; i++) out[Math.floor(i / k)] += counts[i];
  return out;
}

/**
 * The registered baseline as counts: proportions × n rounded, as the KS test needs whole counts
 * and the real sample size (the rounding moves no proportion by more than 1/(2n)).
 */
export function referenceFromBaseline(baseline: Baseline, layout: readonly FeatureLayout[]): Reference {
  const numeric = new Map<string, NumericReference>();
  const categorical = new Map<string, Map<string, number>>();
  for (const feature of layout) {
    const reference = baseline.features[feature.name];
    if (!reference) continue;
    if (feature.type === "numeric" && reference.type === "numeric" && feature.bins > 0 && reference.proportions.length === feature.bins && usableEdges(reference)) {
      numeric.set(feature.name, {
        edges: reference.edges,
        counts: reference.proportions.map((p) => Math.round(p * baseline.n)),
        std: reference.std,
        outer: outerOf(reference),
      });
    } else if (feature.type === "categorical" && reference.type === "categorical") {
      const counts = new Map<string, number>();
      for (const [category, frequency] of Object.entries(reference.frequencies)) counts.set(category, Math.round(frequency * baseline.n));
      categorical.set(feature.name, counts);
    }
  }
  return { kind: "baseline", n: baseline.n, numeric, categorical, score: baselineScore(baseline) };
}

/**
 * A window of the version's own traffic as the reference (e.g. the first weeks in production,
 * or the last weeks before a change). Spread is taken from the window's own moments, so W1 in
 * standard deviations is relative to what the reference really looked like.
 */
export function referenceFromWindow(baseline: Baseline | null, layout: readonly FeatureLayout[], window: WindowCounts): Reference {
  const numeric = new Map<string, NumericReference>();
  const categorical = new Map<string, Map<string, number>>();
  for (const feature of layout) {
    if (feature.type === "categorical") {
      categorical.set(feature.name, new Map(window.categorical.get(feature.name) ?? []));
      continue;
    }
    const registered = baseline?.features[feature.name];
    const counts = window.numeric.get(feature.name);
    if (!counts || registered?.type !== "numeric" || feature.bins === 0 || !usableEdges(registered)) continue;
    const m = window.moments.get(feature.name);
    const spread = m && m.n > 1 ? momentsFromSums(m.n, m.sum, m.sumSquares).populationStd : registered.std;
    numeric.set(feature.name, { edges: registered.edges, counts: [...counts], std: spread, outer: outerOf(registered) });
  }
  return { kind: "window", n: window.n, numeric, categorical, score: [...window.score] };
}
