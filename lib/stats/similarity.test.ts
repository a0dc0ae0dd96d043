import { describe, expect, it } from "vitest";
import { Rng } from "@/lib/stats/random";
import { cosineSimilarity, denseVector, nearestByCosine, norm } from "@/lib/stats/similarity";

describe("denseVector", () => {
  it("lays values out in the feature order, missing and non-finite as 0", () => {
    const vector = denseVector({ b: 2, a: 1, c: Number.NaN, extra: 9 }, ["a", "b", "c", "d"]);
    expect(Array.from(vector)).toEqual([1, 2, 0, 0]);
    expect(Array.from(denseVector(null, ["a"]))).toEqual([0]);
  });
});

describe("cosineSimilarity", () => {
  it("matches hand-computed values", () => {
    // (1,2,2)·(2,0,1) = 4; |a| = 3, |b| = √5
    expect(cosineSimilarity([1, 2, 2], [2, 0, 1])).toBeCloseTo(4 / (3 * Math.sqrt(5)), 15);
    expect(norm([3, 4])).toBe(5);
    expect(cosineSimilarity([1, 0], [0, 1])).toBe(0);
    expect(cosineSimilarity([1, -1], [-2, 2])).toBeCloseTo(-1, 15);
  });

  it("ignores magnitude and stays within [-1, 1]", () => {
    const a = [0.1, 2.2, -0.3, 1.4];
    expect(cosineSimilarity(a, a.map((v) => v * 1e6))).toBeCloseTo(1, 14);
    expect(cosineSimilarity(a, a.map((v) => -v * 3))).toBeCloseTo(-1, 14);
    // clamped: parallel vectors never report more than 1
    const b = [0.1, 0.2, 0.3];
    expect(cosineSimilarity(b, b)).toBeLessThanOrEqual(1);
  });

  it("is NaN for a zero vector and refuses mismatched lengths", () => {
    expect(Number.isNaN(cosineSimilarity([0, 0], [1, 2]))).toBe(true);
    expect(() => cosineSimilarity([1], [1, 2])).toThrow(RangeError);
  });
});

describe("nearestByCosine", () => {
  it("returns the k best, best first, ties in candidate order", () => {
    const candidates = [
      [1, 0], // 1
      [0, 1], // 0
      [1, 1], // √½
      [2, 0], // 1, tie with index 0
      [-1, 0], // -1
    ];
    const result = nearestByCosine([1, 0], candidates, 3);
    expect(result.map((n) => n.index)).toEqual([0, 3, 2]);
    expect(result[0].similarity).toBe(1);
    expect(result[1].similarity).toBe(1);
    expect(result[2].similarity).toBeCloseTo(Math.SQRT1_2, 15);
  });

  it("skips directionless candidates and those at or below the floor", () => {
    const result = nearestByCosine([1, 0], [[0, 0], [0, 1], [-1, 0], [1, 1]], 10, 0);
    expect(result.map((n) => n.index)).toEqual([3]);
    expect(nearestByCosine([0, 0], [[1, 0]], 5)).toEqual([]);
    expect(nearestByCosine([1, 0], [[1, 0]], 0)).toEqual([]);
  });

  it("agrees with a brute-force sort of every candidate", () => {
    const rng = new Rng(7);
    const random = () => rng.uniform();
    const dims = 23;
    const query = Array.from({ length: dims }, () => random() - 0.5);
    const candidates = Array.from({ length: 500 }, () => Array.from({ length: dims }, () => random() - 0.5));
    const brute = candidates
      .map((candidate, index) => {
        let dot = 0, qq = 0, cc = 0;
        for (let i = 0; i < dims; i++) {
          dot += query[i] * candidate[i];
          qq += query[i] ** 2;
          cc += candidate[i] ** 2;
        }
        return { index, similarity: dot / Math.sqrt(qq * cc) };
      })
      .sort((a, b) => b.similarity - a.similarity || a.index - b.index)
      .slice(0, 10);
    const fast = nearestByCosine(query, candidates, 10);
    expect(fast.map((n) => n.index)).toEqual(brute.map((n) => n.index));
    fast.forEach((n, i) => expect(n.similarity).toBeCloseTo(brute[i].similarity, 12));
  });
});
