// Drift of every feature (and of the score) in one window against the reference, decided
// together so p-values are corrected across the window's features. Pure, on roll-up counts.
// KS p-values use Kolmogorov's limiting law ("limit", O(1)): exact lattice walks cost up to
// O(n·m·D) per test and a month of daily windows is ~700 tests under a 200 ms budget; with the
// tens of thousands of predictions a day holds, the limit is within ~1/√N of SciPy's "asymp".
import { type CategoricalFeatureDrift, categoricalFeatureDrift, type NumericFeatureDrift, numericFeatureDrift } from "@/lib/stats/drift-features";
import { type DriftConfig, decideDrift, type FeatureDriftDecision, type FeatureDriftStats } from "@/lib/stats/drift-decision";
import { ksTwoSampleFromHistograms } from "@/lib/stats/ks-test";
import { psi } from "@/lib/stats/psi";
import { wassersteinFromHistograms } from "@/lib/stats/wasserstein";
import { uniformEdges } from "@/lib/stats/histogram";
import type { FeatureLayout, WindowCounts } from "./daily-counts";
import { greatestCommonDivisor, regroup, type Reference } from "./reference";
import type { FeatureDriftOut, ScoreShiftOut } from "./schemas";

export const KS_METHOD = "limit" as const;

/** JSON has no NaN or Infinity: a value that does not exist is null, and says so in the type. */
export function finite(value: number | undefined): number | null {
  return value !== undefined && Number.isFinite(value) ? value : null;
}

type Tested = { layout: FeatureLayout; stats: FeatureDriftStats; numeric?: NumericFeatureDrift; categorical?: CategoricalFeatureDrift; unavailable?: string };

function total(counts: readonly number[]): number {
  let sum = 0;
  for (const c of counts) sum += c;
  return sum;
}

/** Reference and window categories aligned by index: the reference's first, then ones new in the window. */
export function alignCategories(reference: Map<string, number>, current: Map<string, number>): { categories: string[]; referenceCounts: number[]; currentCounts: number[] } {
  const known = [...reference.keys()].sort();
  const fresh = [...current.keys()].filter((c) => !reference.has(c)).sort();
  const categories = [...known, ...fresh];
  return {
    categories,
    referenceCounts: categories.map((c) => reference.get(c) ?? 0),
    currentCounts: categories.map((c) => current.get(c) ?? 0),
  };
}

function testFeature(layout: FeatureLayout, reference: Reference, current: WindowCounts): Tested {
  if (layout.type === "numeric") {
    const ref = reference.numeric.get(layout.name);
    const counts = current.numeric.get(layout.name);
    if (!ref || !counts || counts.length !== ref.counts.length) {
      const unavailable = "the baseline has no bins for this feature, so its drift cannot be measured from roll-ups";
      return { layout, unavailable, stats: { feature: layout.name, kind: "numeric", referenceN: 0, currentN: counts ? total(counts) : 0, psi: Number.NaN, ks: { statistic: Number.NaN, pValue: Number.NaN } } };
    }
    const numeric = numericFeatureDrift({
      feature: layout.name,
      edges: ref.edges,
      referenceCounts: ref.counts,
      currentCounts: counts,
      referenceStd: ref.std,
      outer: ref.outer,
      ksMethod: KS_METHOD,
    });
    return { layout, stats: numeric, numeric };
  }
  const ref = reference.categorical.get(layout.name);
  const current_ = current.categorical.get(layout.name) ?? new Map<string, number>();
  if (!ref || ref.size === 0) {
    const unavailable = "the reference has no categories for this feature";
    return { layout, unavailable, stats: { feature: layout.name, kind: "categorical", referenceN: 0, currentN: total([...current_.values()]), psi: Number.NaN, chiSquare: { statistic: Number.NaN, dof: Number.NaN, pValue: Number.NaN } } };
  }
  const aligned = alignCategories(ref, current_);
  const categorical = categoricalFeatureDrift({ feature: layout.name, referenceCounts: aligned.referenceCounts, currentCounts: aligned.currentCounts });
  return { layout, stats: categorical, categorical };
}

function toOut(tested: Tested, decision: FeatureDriftDecision): FeatureDriftOut {
  const { numeric, categorical, stats } = tested;
  return {
    feature: stats.feature,
    type: tested.layout.type,
    n: stats.currentN,
    psi: finite(stats.psi),
    ks: numeric && Number.isFinite(numeric.ks.statistic) ? { statistic: numeric.ks.statistic, pValue: numeric.ks.pValue } : null,
    wasserstein: numeric ? finite(numeric.wasserstein) : null,
    wassersteinNormalized: numeric ? finite(numeric.wassersteinNormalized) : null,
    chiSquare: categorical && Number.isFinite(categorical.chiSquare.statistic) ? categorical.chiSquare : null,
    jensenShannon: categorical ? finite(categorical.jensenShannon) : null,
    adjustedPValue: finite(decision.adjustedPValue),
    psiBand: decision.psiBand,
    drift: decision.drift,
    reason: tested.unavailable ? `not measured: ${tested.unavailable}` : decision.reason,
  };
}

/** Every feature of one window against the reference, p-values adjusted across them. */
export function computeFeatureDrift(layout: readonly FeatureLayout[], reference: Reference, current: WindowCounts, config: DriftConfig): FeatureDriftOut[] {
  const tested = layout.map((feature) => testFeature(feature, reference, current));
  // Unmeasurable features carry NaN p-values, which the corrections leave out of the count.
  const decisions = decideDrift(tested.map((t) => t.stats), config);
  return tested.map((t, i) => toOut(t, decisions[i]));
}

const NO_SCORE: Omit<ScoreShiftOut, "n" | "meanScore" | "reason"> = { psi: null, ks: null, wasserstein: null, drift: false };

/**
 * Shift of the score distribution (prediction drift): PSI, KS and W1 on equal-width bins of
 * [0, 1], on the finest grid both sides share (the baseline's 20 bins and the roll-ups' 50 meet
 * on 10). Decided with the feature rules, as a single test.
 */
export function computeScoreShift(reference: Reference, current: WindowCounts, config: DriftConfig): ScoreShiftOut {
  const n = current.n;
  const meanScore = n > 0 ? current.scoreSum / n : null;
  if (!reference.score) return { ...NO_SCORE, n, meanScore, reason: "not measured: the reference has no score distribution" };
  const bins = greatestCommonDivisor(reference.score.length, current.score.length);
  const expected = regroup(reference.score, bins);
  const actual = regroup(current.score, bins);
  if (total(actual) === 0 || total(expected) === 0) return { ...NO_SCORE, n, meanScore, reason: "insufficient data: no scores in the window" };
  const ks = ksTwoSampleFromHistograms(expected.map(Math.round), actual, { method: KS_METHOD });
  const stats: FeatureDriftStats = { feature: "score", kind: "numeric", referenceN: total(expected), currentN: total(actual), psi: psi(expected, actual), ks: { statistic: ks.statistic, pValue: ks.pValue } };
  const [decision] = decideDrift([stats], { ...config, correction: "none" });
  return {
    n,
    meanScore,
    psi: finite(stats.psi),
    ks: Number.isFinite(ks.statistic) ? { statistic: ks.statistic, pValue: ks.pValue } : null,
    wasserstein: finite(wassersteinFromHistograms(uniformEdges(bins), expected, actual, { min: 0, max: 1 })),
    drift: decision.drift,
    reason: decision.reason,
  };
}
