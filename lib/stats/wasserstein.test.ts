import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { populationStd } from "@/lib/stats/moments";
import { Rng } from "@/lib/stats/random";
import { binMidpoints, normalizedWasserstein, wassersteinDistance, wassersteinFromHistograms } from "@/lib/stats/wasserstein";

type Fixtures = {
  wasserstein: { name: string; u: number[]; v: number[]; uWeights: number[] | null; vWeights: number[] | null; distance: number }[];
  wassersteinHistogram: { name: string; edges: number[]; countsA: number[]; countsB: number[]; bounds: { min: number; max: number } | null; distance: number }[];
};
const fixtures: Fixtures = JSON.parse(readFileSync(path.join(import.meta.dirname, "fixtures/drift.json"), "utf8"));

function expectRelative(actual: number, expected: number) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-12 * Math.abs(expected) + 1e-15);
}

describe("wassersteinDistance against scipy.stats.wasserstein_distance", () => {
  for (const c of fixtures.wasserstein) {
    it(c.name, () => {
      expectRelative(wassersteinDistance(c.u, c.v, c.uWeights ?? undefined, c.vWeights ?? undefined), c.distance);
    });
  }
});

describe("wassersteinFromHistograms against wasserstein_distance on midpoints", () => {
  for (const c of fixtures.wassersteinHistogram) {
    it(c.name, () => {
      expectRelative(wassersteinFromHistograms(c.edges, c.countsA, c.countsB, c.bounds ?? undefined), c.distance);
    });
  }
});

describe("wasserstein behaviour", () => {
  it("equals the shift for a translated sample and is symmetric", () => {
    const rng = new Rng(3);
    const a = Array.from({ length: 200 }, () => rng.normal());
    const b = a.map((x) => x + 0.75);
    expect(wassersteinDistance(a, b)).toBeCloseTo(0.75, 12);
    const c = Array.from({ length: 130 }, () => rng.normal(0.2, 2));
    expect(wassersteinDistance(a, c)).toBeCloseTo(wassersteinDistance(c, a), 14);
  });

  it("normalises by the baseline std", () => {
    const base = [1, 2, 3, 4, 5];
    const std = populationStd(base);
    expect(normalizedWasserstein(wassersteinDistance(base, base.map((x) => x + std)), std)).toBeCloseTo(1, 12);
    expect(normalizedWasserstein(0, 0)).toBe(0);
    expect(normalizedWasserstein(0.3, 0)).toBe(Number.POSITIVE_INFINITY);
  });

  it("builds midpoints with extrapolated or explicit outer bins", () => {
    expect(Array.from(binMidpoints([0, 1, 3]))).toEqual([-0.5, 0.5, 2, 4]);
    expect(Array.from(binMidpoints([2], { min: 0, max: 10 }))).toEqual([1, 6]);
    expect(() => binMidpoints([2])).toThrow(RangeError);
  });

  it("rejects empty samples, NaN and bad weights; NaN for an empty histogram", () => {
    expect(() => wassersteinDistance([], [1])).toThrow(RangeError);
    expect(() => wassersteinDistance([Number.NaN], [1])).toThrow(RangeError);
    expect(() => wassersteinDistance([1, 2], [1], [0, 0])).toThrow(RangeError);
    expect(() => wassersteinDistance([1, 2], [1], [1, -1])).toThrow(RangeError);
    expect(wassersteinFromHistograms([0, 1], [0, 0, 0], [1, 2, 3])).toBeNaN();
  });
});
