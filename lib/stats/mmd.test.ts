import { describe, expect, it } from "vitest";
import { medianHeuristicBandwidth, mmd2Unbiased, mmdPermutationTest } from "@/lib/stats/mmd";
import { Rng } from "@/lib/stats/random";

function cloud(rng: Rng, n: number, mean: number[], sd = 1): number[][] {
  return Array.from({ length: n }, () => mean.map((m) => rng.normal(m, sd)));
}

/** MMD²_u written out pair by pair, as the definition reads. */
function bruteForceMmd2(x: number[][], y: number[][], sigma: number): number {
  const k = (a: number[], b: number[]) => Math.exp(-a.reduce((s, v, i) => s + (v - b[i]) ** 2, 0) / (2 * sigma * sigma));
  let xx = 0;
  let yy = 0;
  let xy = 0;
  for (let i = 0; i < x.length; i++) for (let j = 0; j < x.length; j++) if (i !== j) xx += k(x[i], x[j]);
  for (let i = 0; i < y.length; i++) for (let j = 0; j < y.length; j++) if (i !== j) yy += k(y[i], y[j]);
  for (const a of x) for (const b of y) xy += k(a, b);
  return xx / (x.length * (x.length - 1)) + yy / (y.length * (y.length - 1)) - (2 * xy) / (x.length * y.length);
}

describe("mmd2Unbiased and the median heuristic", () => {
  it("matches the pairwise definition", () => {
    const rng = new Rng(1);
    const x = cloud(rng, 12, [0, 0, 0]);
    const y = cloud(rng, 9, [0.5, 0, -0.2]);
    expect(mmd2Unbiased(x, y, 1.3)).toBeCloseTo(bruteForceMmd2(x, y, 1.3), 13);
  });

  it("takes sigma as the median pairwise distance of the pooled points", () => {
    // Pooled points 0, 1, 3, 7 on a line: distances 1, 3, 7, 2, 6, 4 → median (3 + 4) / 2.
    expect(medianHeuristicBandwidth([[0], [1]], [[3], [7]])).toBe(3.5);
    // Mostly identical points: the median of the non-zero distances is used.
    expect(medianHeuristicBandwidth([[0], [0], [0]], [[0], [2]])).toBe(2);
  });
});

describe("mmdPermutationTest", () => {
  it("does not reject two samples from the same distribution", () => {
    const rng = new Rng(2);
    const result = mmdPermutationTest(cloud(rng, 300, [0, 0, 0, 0]), cloud(rng, 300, [0, 0, 0, 0]), { seed: 9 });
    expect(result.pValue).toBeGreaterThan(0.05);
    expect(Math.abs(result.mmd2)).toBeLessThan(0.01);
  });

  it("rejects a shifted sample with the smallest attainable p-value", () => {
    const rng = new Rng(3);
    const result = mmdPermutationTest(cloud(rng, 300, [0, 0, 0, 0]), cloud(rng, 300, [0.5, 0, 0, 0]), { seed: 9 });
    expect(result.mmd2).toBeGreaterThan(0);
    expect(result.pValue).toBe(1 / 201);
  });

  it("sees a change in correlation that leaves every marginal alone", () => {
    const rng = new Rng(4);
    const independent = Array.from({ length: 400 }, () => [rng.normal(), rng.normal()]);
    const correlated = Array.from({ length: 400 }, () => {
      const z = rng.normal();
      return [z, 0.9 * z + Math.sqrt(1 - 0.81) * rng.normal()];
    });
    expect(mmdPermutationTest(independent, correlated, { seed: 1 }).pValue).toBeLessThan(0.01);
  });

  it("is deterministic for a seed and bounded in size", () => {
    const rng = new Rng(5);
    const x = cloud(rng, 1200, [0, 0]);
    const y = cloud(rng, 700, [0.05, 0]);
    const a = mmdPermutationTest(x, y, { seed: 42, permutations: 50 });
    const b = mmdPermutationTest(x, y, { seed: 42, permutations: 50 });
    expect(a).toEqual(b);
    expect(a.nX).toBe(500);
    expect(a.nY).toBe(500);
    expect(a.permutations).toBe(50);
    const c = mmdPermutationTest(x, y, { seed: 43, permutations: 50 });
    expect(c.mmd2).not.toBe(a.mmd2); // another seed picks another subsample
  });

  it("returns p = 1 when every point is identical and rejects bad input", () => {
    expect(mmdPermutationTest([[1, 1], [1, 1]], [[1, 1], [1, 1]])).toMatchObject({ mmd2: 0, pValue: 1 });
    expect(() => mmdPermutationTest([[1]], [[1], [2]])).toThrow(RangeError);
    expect(() => mmdPermutationTest([[1], [2, 3]], [[1], [2]])).toThrow(RangeError);
    expect(() => mmdPermutationTest([[1], [Number.NaN]], [[1], [2]])).toThrow(RangeError);
  });
});
