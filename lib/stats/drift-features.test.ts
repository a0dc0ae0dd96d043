import { describe, expect, it } from "vitest";
import { chiSquareHomogeneity } from "@/lib/stats/chi-square";
import { categoricalFeatureDrift, numericFeatureDrift } from "@/lib/stats/drift-features";
import { jensenShannonDistance } from "@/lib/stats/jensen-shannon";
import { ksTwoSampleFromHistograms } from "@/lib/stats/ks-test";
import { psi } from "@/lib/stats/psi";
import { wassersteinFromHistograms } from "@/lib/stats/wasserstein";

describe("numericFeatureDrift", () => {
  it("assembles PSI, histogram KS and Wasserstein from the same counts", () => {
    const edges = [1, 2, 3];
    const referenceCounts = [100, 200, 200, 100];
    const currentCounts = [50, 150, 250, 150];
    const result = numericFeatureDrift({ feature: "f", edges, referenceCounts, currentCounts, referenceStd: 2 });
    const ks = ksTwoSampleFromHistograms(referenceCounts, currentCounts);
    expect(result).toMatchObject({ feature: "f", kind: "numeric", referenceN: 600, currentN: 600 });
    expect(result.psi).toBe(psi(referenceCounts, currentCounts));
    expect(result.ks).toEqual({ statistic: ks.statistic, pValue: ks.pValue });
    expect(result.wasserstein).toBe(wassersteinFromHistograms(edges, referenceCounts, currentCounts));
    expect(result.wassersteinNormalized).toBe(result.wasserstein / 2);
  });

  it("yields NaN statistics for an empty window", () => {
    const result = numericFeatureDrift({ feature: "f", edges: [0, 1], referenceCounts: [1, 2, 3], currentCounts: [0, 0, 0], referenceStd: 1 });
    expect(result.currentN).toBe(0);
    expect(result.psi).toBeNaN();
    expect(result.ks.pValue).toBeNaN();
    expect(result.wasserstein).toBeNaN();
  });
});

describe("categoricalFeatureDrift", () => {
  it("assembles PSI, chi-square and Jensen–Shannon, including a category new in the window", () => {
    const referenceCounts = [500, 300, 200, 0];
    const currentCounts = [400, 300, 200, 100];
    const result = categoricalFeatureDrift({ feature: "protocol", referenceCounts, currentCounts });
    expect(result).toMatchObject({ kind: "categorical", referenceN: 1000, currentN: 1000 });
    expect(result.chiSquare).toEqual(chiSquareHomogeneity(referenceCounts, currentCounts));
    expect(result.jensenShannon).toBe(jensenShannonDistance(referenceCounts, currentCounts));
    expect(Number.isFinite(result.psi)).toBe(true);
  });
});
