import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { histogram } from "@/lib/stats/histogram";
import { KS_EXACT_MAX_SIZE, ksTwoSample, ksTwoSampleFromHistograms, ksTwoSamplePValue } from "@/lib/stats/ks-test";
import { quantileEdges } from "@/lib/stats/quantiles";
import { Rng } from "@/lib/stats/random";
import { lnGamma } from "@/lib/stats/special-functions";

type Sample = number[] | { support: number[]; counts: number[] };
type Fixtures = {
  ks2samp: { name: string; a: Sample; b: Sample; n1: number; n2: number; method: string; statistic: number; pValue: number; location: number; sign: number }[];
  ksHistogram: { name: string; countsA: number[]; countsB: number[]; statistic: number; pValue: number; locationBin: number; sign: number; rawStatistic: number }[];
};
const fixtures: Fixtures = JSON.parse(readFileSync(path.join(import.meta.dirname, "fixtures/drift.json"), "utf8"));

function expand(sample: Sample): Float64Array {
  if (Array.isArray(sample)) return Float64Array.from(sample);
  const out: number[] = [];
  sample.support.forEach((value, k) => {
    for (let c = 0; c < sample.counts[k]; c++) out.push(value);
  });
  return Float64Array.from(out);
}

/** Relative 1e-9, with an absolute floor for p-values SciPy itself only knows to ~1e-16. */
function expectPValue(actual: number, expected: number) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * expected + 1e-300);
}

describe("ksTwoSample against scipy.stats.ks_2samp", () => {
  for (const c of fixtures.ks2samp) {
    it(`${c.name} (${c.n1} vs ${c.n2}, ${c.method})`, () => {
      const result = ksTwoSample(expand(c.a), expand(c.b));
      expect(result.n1).toBe(c.n1);
      expect(result.n2).toBe(c.n2);
      expect(result.method).toBe(c.method);
      expect(result.statistic).toBe(c.statistic); // same arithmetic, same bits
      expectPValue(result.pValue, c.pValue);
      expect(result.location).toBe(c.location);
      expect(result.sign).toBe(c.sign);
    });
  }
});

describe("ksTwoSample behaviour", () => {
  it("switches to the asymptotic p-value above 10,000 per side", () => {
    const rng = new Rng(7);
    const a = Array.from({ length: KS_EXACT_MAX_SIZE + 1 }, () => rng.normal());
    const b = Array.from({ length: 40 }, () => rng.normal());
    expect(ksTwoSample(a, b).method).toBe("asymp");
    expect(ksTwoSample(a.slice(1), b).method).toBe("exact");
    expect(ksTwoSample(a.slice(1), b, { method: "asymp" }).method).toBe("asymp");
  });

  it("offers Kolmogorov's limit as a constant-time approximation of the asymptotic p-value", () => {
    const rng = new Rng(13);
    const a = Array.from({ length: 30000 }, () => rng.normal());
    const b = Array.from({ length: 20000 }, () => rng.normal(0.03));
    const asymp = ksTwoSample(a, b);
    const limit = ksTwoSample(a, b, { method: "limit" });
    expect(limit.method).toBe("limit");
    expect(limit.statistic).toBe(asymp.statistic);
    expect(Math.abs(limit.pValue - asymp.pValue)).toBeLessThan(0.1 * asymp.pValue + 1e-3);
  });

  it("is symmetric in its arguments up to the sign", () => {
    const rng = new Rng(11);
    const a = Array.from({ length: 37 }, () => rng.normal());
    const b = Array.from({ length: 52 }, () => rng.normal(0.4));
    const ab = ksTwoSample(a, b);
    const ba = ksTwoSample(b, a);
    expect(ba.statistic).toBeCloseTo(ab.statistic, 15);
    expect(ba.pValue).toBeCloseTo(ab.pValue, 14);
    expect(ba.sign).toBe(-ab.sign);
  });

  it("returns NaN for an empty sample and rejects NaN values", () => {
    const empty = ksTwoSample([], [1, 2]);
    expect(empty.statistic).toBeNaN();
    expect(empty.pValue).toBeNaN();
    expect(() => ksTwoSample([1, Number.NaN], [1])).toThrow(RangeError);
  });

  it("exact p-values are a distribution: P(D >= 0) = 1 and they fall as D grows", () => {
    expect(ksTwoSamplePValue(0, 20, 30)).toBe(1);
    let previous = 1;
    for (let k = 1; k <= 60; k++) {
      const p = ksTwoSamplePValue(k / 60, 20, 30, "exact");
      expect(p).toBeLessThanOrEqual(previous);
      previous = p;
    }
    // The only way to get D = 1 with 3 vs 3 is complete separation: 2 of the C(6,3) = 20 orders.
    expect(ksTwoSamplePValue(1, 3, 3)).toBeCloseTo(2 / 20, 15);
  });

  it("agrees with the reflection formula for equal sizes, deep into the tail", () => {
    // n = m: P(D >= k/n) = 2 Σ_{j>=1} (−1)^(j+1) C(2n, n − jk) / C(2n, n).
    const n = 300;
    const logBinomial = (a: number, b: number) => lnGamma(a + 1) - lnGamma(b + 1) - lnGamma(a - b + 1);
    for (const k of [5, 20, 60, 150, 250]) {
      let sum = 0;
      for (let j = 1; j * k <= n; j++) sum += (j % 2 === 1 ? 2 : -2) * Math.exp(logBinomial(2 * n, n - j * k) - logBinomial(2 * n, n));
      const p = ksTwoSamplePValue(k / n, n, n, "exact");
      expect(Math.abs(p - sum)).toBeLessThanOrEqual(1e-10 * sum);
    }
  });

  it("returns 0 at once when the exact p-value is far below double range", () => {
    const start = performance.now();
    expect(ksTwoSamplePValue(0.3, 10000, 10000, "exact")).toBe(0);
    expect(performance.now() - start).toBeLessThan(50);
    expect(ksTwoSamplePValue(0.25, 6000, 6000, "exact")).toBeLessThan(1e-150);
  });

  it("agrees with the p-value of its own statistic", () => {
    for (const c of fixtures.ks2samp.slice(0, 12)) {
      expectPValue(ksTwoSamplePValue(c.statistic, c.n1, c.n2), c.pValue);
    }
  });
});

describe("ksTwoSampleFromHistograms", () => {
  for (const c of fixtures.ksHistogram) {
    it(`${c.name} equals ks_2samp on bin indices`, () => {
      const result = ksTwoSampleFromHistograms(c.countsA, c.countsB);
      expect(result.statistic).toBe(c.statistic);
      expectPValue(result.pValue, c.pValue);
      expect(result.location).toBe(c.locationBin);
      expect(result.sign).toBe(c.sign);
      expect(result.statistic).toBeLessThanOrEqual(c.rawStatistic + 1e-15);
    });
  }

  it("matches the raw test on the binned values and never exceeds the raw statistic", () => {
    const rng = new Rng(5);
    const base = Array.from({ length: 800 }, () => rng.normal());
    const current = Array.from({ length: 600 }, () => rng.normal(0.3, 1.2));
    const edges = quantileEdges(base, 10);
    const fromCounts = ksTwoSampleFromHistograms(histogram(base, edges), histogram(current, edges));
    const bin = (x: number) => edges.filter((e) => e <= x).length;
    const onBins = ksTwoSample(base.map(bin), current.map(bin));
    expect(fromCounts.statistic).toBe(onBins.statistic);
    expect(fromCounts.pValue).toBe(onBins.pValue);
    expect(fromCounts.statistic).toBeLessThanOrEqual(ksTwoSample(base, current).statistic);
  });

  it("rejects mismatched bins and non-integer counts, and gives NaN without data", () => {
    expect(() => ksTwoSampleFromHistograms([1, 2], [1, 2, 3])).toThrow(RangeError);
    expect(() => ksTwoSampleFromHistograms([1.5, 2], [1, 2])).toThrow(RangeError);
    expect(ksTwoSampleFromHistograms([0, 0], [1, 2]).pValue).toBeNaN();
  });
});
