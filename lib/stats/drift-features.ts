// Drift statistics of one feature in one window, from what rollups keep: counts on the
// baseline's bins (numeric) or per category (categorical). The output feeds decideDrift and the
// drift API ({ feature, psi, ks: { statistic, pValue }, wasserstein, drift }).

import { chiSquareHomogeneity } from "@/lib/stats/chi-square";
import type { FeatureDriftStats } from "@/lib/stats/drift-decision";
import { jensenShannonDistance } from "@/lib/stats/jensen-shannon";
import { type KsMethod, ksTwoSampleFromHistograms } from "@/lib/stats/ks-test";
import { psi } from "@/lib/stats/psi";
import { normalizedWasserstein, type OuterBounds, wassersteinFromHistograms } from "@/lib/stats/wasserstein";

type Numbers = ArrayLike<number>;

function total(counts: Numbers): number {
  let sum = 0;
  for (let i = 0; i < counts.length; i++) sum += counts[i];
  return sum;
}

export type NumericDriftInput = {
  feature: string;
  /** The baseline's interior bin edges; counts have edges.length + 1 entries. */
  edges: Numbers;
  referenceCounts: Numbers;
  currentCounts: Numbers;
  /** The baseline's standard deviation, to express Wasserstein in baseline stds. */
  referenceStd: number;
  /** Where the open-ended outer bins are closed for Wasserstein (e.g. the baseline's min and max). */
  outer?: OuterBounds;
  /**
   * KS p-value method (see ks-test.ts): "auto" as SciPy (exact up to 10,000 per side); "limit"
   * is O(1) per call, for many large windows under a latency budget.
   */
  ksMethod?: KsMethod;
};

export type NumericFeatureDrift = FeatureDriftStats & {
  kind: "numeric";
  ks: { statistic: number; pValue: number };
  wasserstein: number;
  wassersteinNormalized: number;
};

/** PSI, histogram KS and histogram Wasserstein for a numeric feature (all at bin resolution). */
export function numericFeatureDrift(input: NumericDriftInput): NumericFeatureDrift {
  const ks = ksTwoSampleFromHistograms(input.referenceCounts, input.currentCounts, { method: input.ksMethod ?? "auto" });
  const wasserstein = wassersteinFromHistograms(input.edges, input.referenceCounts, input.currentCounts, input.outer);
  return {
    feature: input.feature,
    kind: "numeric",
    referenceN: total(input.referenceCounts),
    currentN: total(input.currentCounts),
    psi: psi(input.referenceCounts, input.currentCounts),
    ks: { statistic: ks.statistic, pValue: ks.pValue },
    wasserstein,
    wassersteinNormalized: normalizedWasserstein(wasserstein, input.referenceStd),
  };
}

export type CategoricalFeatureDrift = FeatureDriftStats & {
  kind: "categorical";
  chiSquare: { statistic: number; dof: number; pValue: number };
  jensenShannon: number;
};

/**
 * PSI, chi-square and Jensen–Shannon for a categorical feature. Counts are aligned by index:
 * put categories new in the window (absent from the baseline) in their own slots with a
 * reference count of 0 — PSI's smoothing and the chi-square both handle that.
 */
export function categoricalFeatureDrift(input: { feature: string; referenceCounts: Numbers; currentCounts: Numbers }): CategoricalFeatureDrift {
  return {
    feature: input.feature,
    kind: "categorical",
    referenceN: total(input.referenceCounts),
    currentN: total(input.currentCounts),
    psi: psi(input.referenceCounts, input.currentCounts),
    chiSquare: chiSquareHomogeneity(input.referenceCounts, input.currentCounts),
    jensenShannon: jensenShannonDistance(input.referenceCounts, input.currentCounts),
  };
}
