import { describe, expect, it } from "vitest";
import { binaryClassificationSweep, sweepNegatives, sweepPositives } from "@/lib/stats/binary-sweep";
import { Rng } from "@/lib/stats/random";

describe("binaryClassificationSweep", () => {
  it("counts positives and negatives at or above each distinct score, highest first", () => {
    const sweep = binaryClassificationSweep([0.2, 0.9, 0.5, 0.9, 0.2, 0.1], [0, 1, 1, 0, 1, 0]);
    expect(Array.from(sweep.thresholds)).toEqual([0.9, 0.5, 0.2, 0.1]);
    expect(Array.from(sweep.tps)).toEqual([1, 2, 3, 3]);
    expect(Array.from(sweep.fps)).toEqual([1, 1, 2, 3]);
    expect(sweepPositives(sweep)).toBe(3);
    expect(sweepNegatives(sweep)).toBe(3);
    expect(sweep.weighted).toBe(false);
  });

  it("sums weights and leaves zero-weight rows out entirely", () => {
    const sweep = binaryClassificationSweep([0.2, 0.9, 0.5, 0.7], [0, 1, 1, 0], [2, 0.5, 3, 0]);
    expect(Array.from(sweep.thresholds)).toEqual([0.9, 0.5, 0.2]);
    expect(Array.from(sweep.tps)).toEqual([0.5, 3.5, 3.5]);
    expect(Array.from(sweep.fps)).toEqual([0, 0, 2]);
    expect(sweep.weighted).toBe(true);
  });

  it("matches a brute-force count at every threshold", () => {
    const rng = new Rng(3);
    const scores = Array.from({ length: 400 }, () => Math.round(rng.normal() * 8) / 8);
    const labels = scores.map(() => (rng.bernoulli(0.4) ? 1 : 0));
    const sweep = binaryClassificationSweep(new Float64Array(scores), Uint8Array.from(labels));
    expect(new Set(scores).size).toBe(sweep.thresholds.length);
    sweep.thresholds.forEach((t, k) => {
      expect(sweep.tps[k]).toBe(scores.filter((s, i) => s >= t && labels[i] === 1).length);
      expect(sweep.fps[k]).toBe(scores.filter((s, i) => s >= t && labels[i] === 0).length);
    });
  });

  it("is empty for empty input", () => {
    const sweep = binaryClassificationSweep([], []);
    expect(sweep.thresholds).toHaveLength(0);
    expect(sweepPositives(sweep)).toBe(0);
  });
});
