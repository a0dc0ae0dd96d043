// Reference-vs-current distributions of each feature and of the score for one window, as the
// monitoring page draws them: bin labels, proportions and each bin's share of the PSI. Pure.
import { proportions } from "@/lib/stats/histogram";
import { psiContributions } from "@/lib/stats/psi";
import type { FeatureLayout, WindowCounts } from "./daily-counts";
import { alignCategories } from "./drift-compute";
import { greatestCommonDivisor, regroup, type Reference } from "./reference";

export type Distribution = {
  name: string;
  type: "numeric" | "categorical" | "score";
  labels: string[];
  reference: number[];
  current: number[];
  contributions: number[];
  referenceN: number;
  currentN: number;
};

/** Categories beyond this many (by reference + current share) are pooled as "other". */
export const MAX_CATEGORIES = 12;

/** Three significant digits, without exponent noise for everyday magnitudes. */
export function formatEdge(value: number): string {
  if (value === 0) return "0";
  const abs = Math.abs(value);
  if (abs >= 1e6 || abs < 1e-3) return value.toPrecision(3);
  return String(Number(value.toPrecision(3)));
}

/** "< 10", "10 – 20", "≥ 40" for interior edges [10, 20, 40]. */
export function binLabels(edges: readonly number[]): string[] {
  if (edges.length === 0) return ["all"];
  const labels = [`< ${formatEdge(edges[0])}`];
  for (let i = 1; i < edges.length; i++) labels.push(`${formatEdge(edges[i - 1])} – ${formatEdge(edges[i])}`);
  labels.push(`≥ ${formatEdge(edges[edges.length - 1])}`);
  return labels;
}

function sum(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

function build(name: string, type: Distribution["type"], labels: string[], reference: number[], current: number[]): Distribution {
  const referenceN = sum(reference);
  const currentN = sum(current);
  const contributions = referenceN > 0 && currentN > 0 ? Array.from(psiContributions(reference, current)) : labels.map(() => 0);
  return { name, type, labels, reference: proportions(reference), current: proportions(current), contributions, referenceN, currentN };
}

function pooled(categories: string[], reference: number[], current: number[]): { labels: string[]; reference: number[]; current: number[] } {
  if (categories.length <= MAX_CATEGORIES) return { labels: categories, reference, current };
  const refTotal = sum(reference) || 1;
  const curTotal = sum(current) || 1;
  const order = categories.map((_, i) => i).sort((a, b) => reference[b] / refTotal + current[b] / curTotal - (reference[a] / refTotal + current[a] / curTotal));
  const keep = order.slice(0, MAX_CATEGORIES - 1);
  const rest = order.slice(MAX_CATEGORIES - 1);
  return {
    labels: [...keep.map((i) => categories[i]), `other (${rest.length})`],
    reference: [...keep.map((i) => reference[i]), sum(rest.map((i) => reference[i]))],
    current: [...keep.map((i) => current[i]), sum(rest.map((i) => current[i]))],
  };
}

/** Every measurable feature's distribution in the window against the reference. */
export function featureDistributions(layout: readonly FeatureLayout[], reference: Reference, current: WindowCounts): Distribution[] {
  const out: Distribution[] = [];
  for (const feature of layout) {
    if (feature.type === "numeric") {
      const ref = reference.numeric.get(feature.name);
      const counts = current.numeric.get(feature.name);
      if (!ref || !counts || counts.length !== ref.counts.length) continue;
      out.push(build(feature.name, "numeric", binLabels(ref.edges), ref.counts, counts));
      continue;
    }
    const ref = reference.categorical.get(feature.name);
    if (!ref || ref.size === 0) continue;
    const aligned = alignCategories(ref, current.categorical.get(feature.name) ?? new Map());
    const shown = pooled(aligned.categories, aligned.referenceCounts, aligned.currentCounts);
    out.push(build(feature.name, "categorical", shown.labels, shown.reference, shown.current));
  }
  return out;
}

/** The score on the finest equal-width grid both sides share (10 bins against a baseline). */
export function scoreDistribution(reference: Reference, current: WindowCounts): Distribution | null {
  if (!reference.score) return null;
  const bins = greatestCommonDivisor(reference.score.length, current.score.length);
  const labels = Array.from({ length: bins }, (_, i) => `${formatEdge(i / bins)}–${formatEdge((i + 1) / bins)}`);
  return build("score", "score", labels, regroup(reference.score, bins), regroup(current.score, bins));
}
