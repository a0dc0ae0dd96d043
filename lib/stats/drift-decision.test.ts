import { describe, expect, it } from "vitest";
import { DEFAULT_DRIFT_CONFIG, decideDrift, type FeatureDriftStats, ksCriticalValue } from "@/lib/stats/drift-decision";
import { numericFeatureDrift } from "@/lib/stats/drift-features";
import { histogram } from "@/lib/stats/histogram";
import { populationStd } from "@/lib/stats/moments";
import { quantileEdges } from "@/lib/stats/quantiles";
import { Rng } from "@/lib/stats/random";

/** Stats of a normal feature: a baseline of n and a window of m shifted by `shift` baseline stds. */
function simulated(feature: string, n: number, m: number, shift: number, seed: number): FeatureDriftStats {
  const rng = new Rng(seed);
  const reference = Float64Array.from({ length: n }, () => rng.normal());
  const current = Float64Array.from({ length: m }, () => rng.normal(shift));
  const edges = quantileEdges(reference, 10);
  return numericFeatureDrift({
    feature,
    edges,
    referenceCounts: histogram(reference, edges),
    currentCounts: histogram(current, edges),
    referenceStd: populationStd(reference),
  });
}

describe("decideDrift", () => {
  it("ignores a tiny shift that a huge sample makes 'significant'", () => {
    const stats = simulated("bytes_out", 200_000, 200_000, 0.03, 1);
    expect(stats.ks?.pValue).toBeLessThan(1e-6); // the test alone would cry wolf
    const [decision] = decideDrift([stats]);
    expect(decision.drift).toBe(false);
    expect(decision.reason).toMatch(/^no drift: PSI .* < 0\.1/);
    expect(decision.reason).toContain("minimum effect");
    expect(decision.ksThreshold).toBe(DEFAULT_DRIFT_CONFIG.ksMinEffect);
  });

  it("flags a real shift", () => {
    const [decision] = decideDrift([simulated("failed_logins_1h", 20_000, 5_000, 0.6, 2)]);
    expect(decision.drift).toBe(true);
    expect(decision.reason).toMatch(/^drift: PSI .* >= 0\.1; adjusted p .* < 0\.01; KS D .* > 0\.100/);
    expect(decision.psiBand).not.toBe("stable");
  });

  it("does not trust a large PSI from a handful of events", () => {
    const stats = simulated("dns_queries", 5_000, 12, 0.4, 3);
    expect(stats.psi).toBeGreaterThan(0.1); // noisy at m = 12
    const [decision] = decideDrift([stats]);
    expect(decision.drift).toBe(false);
    expect(decision.ksThreshold).toBeCloseTo(ksCriticalValue(0.01, 5_000, 12), 12);
    expect(decision.reason).toContain("critical value at n=5000, m=12");
  });

  it("adjusts p-values across features: a borderline result among many nulls is not drift", () => {
    const borderline: FeatureDriftStats = { feature: "x", kind: "numeric", referenceN: 400, currentN: 300, psi: 0.3, ks: { statistic: 0.2, pValue: 0.008 } };
    const nulls: FeatureDriftStats[] = Array.from({ length: 40 }, (_, i) => ({
      feature: `f${i}`,
      kind: "numeric" as const,
      referenceN: 400,
      currentN: 300,
      psi: 0.02,
      ks: { statistic: 0.04, pValue: 0.2 + i * 0.02 },
    }));
    expect(decideDrift([borderline])[0].drift).toBe(true);
    const together = decideDrift([borderline, ...nulls]);
    expect(together[0].drift).toBe(false);
    expect(together[0].adjustedPValue).toBeCloseTo(0.008 * 41, 12);
    expect(together[0].reason).toContain("adjusted p 0.328 >= 0.01");
    expect(decideDrift([borderline, ...nulls], { ...DEFAULT_DRIFT_CONFIG, correction: "none" })[0].drift).toBe(true);
    expect(decideDrift([borderline, ...nulls], { ...DEFAULT_DRIFT_CONFIG, correction: "holm" })[0].adjustedPValue).toBeCloseTo(0.328, 12);
    expect(together.map((d) => d.feature)).toEqual(["x", ...nulls.map((n) => n.feature)]);
  });

  it("decides categorical features on PSI and the chi-square p-value", () => {
    const shifted: FeatureDriftStats = { feature: "protocol", kind: "categorical", referenceN: 9_000, currentN: 3_000, psi: 0.4, chiSquare: { statistic: 900, dof: 2, pValue: 1e-30 } };
    const stable: FeatureDriftStats = { ...shifted, feature: "country", psi: 0.01, chiSquare: { statistic: 30, dof: 2, pValue: 1e-7 } };
    const [a, b] = decideDrift([shifted, stable]);
    expect(a.drift).toBe(true);
    expect(a.ksThreshold).toBeNull();
    expect(b.drift).toBe(false);
    expect(b.reason).toMatch(/^no drift: PSI 0\.010 < 0\.1/);
  });

  it("reports missing data instead of guessing, and keeps it out of the correction", () => {
    const empty: FeatureDriftStats = { feature: "empty", kind: "numeric", referenceN: 1000, currentN: 0, psi: Number.NaN, ks: { statistic: Number.NaN, pValue: Number.NaN } };
    const real: FeatureDriftStats = { feature: "real", kind: "numeric", referenceN: 1000, currentN: 1000, psi: 0.5, ks: { statistic: 0.3, pValue: 0.001 } };
    const [a, b] = decideDrift([empty, real]);
    expect(a).toMatchObject({ drift: false, reason: "insufficient data: no data in the window" });
    expect(b.adjustedPValue).toBe(0.001);
    expect(b.drift).toBe(true);
    expect(() => decideDrift([real], { ...DEFAULT_DRIFT_CONFIG, alpha: 0 })).toThrow(RangeError);
  });
});
