import { describe, expect, it } from "vitest";
import { Rng } from "@/lib/stats/random";
import { averagePrecision } from "@/lib/stats/precision-recall";
import { DEFAULT_GRID, emptyStatistics, walkBins } from "./ranked-walk";
import { scoreBins } from "./score-bins";

describe("scoreBins", () => {
  it("keeps one bin per distinct score while there are few", () => {
    const bins = scoreBins([0.3, 0.9, 0.3, 0.5], 0.4, 10);
    expect(bins.exact).toBe(true);
    expect(Array.from(bins.lowest)).toEqual([0.9, 0.5, 0.3]);
    expect(Array.from(bins.binOf)).toEqual([2, 0, 2, 1]);
  });

  it("coarsens to about maxBins runs without splitting ties or straddling the threshold", () => {
    const rng = new Rng(4);
    const scores = Array.from({ length: 5000 }, () => Math.round(rng.uniform() * 2000) / 2000);
    const threshold = 0.7013;
    const bins = scoreBins(scores, threshold, 50);
    expect(bins.exact).toBe(false);
    expect(bins.lowest.length).toBeGreaterThan(40);
    expect(bins.lowest.length).toBeLessThanOrEqual(52);
    const members = new Map<number, number[]>();
    scores.forEach((s, i) => members.set(bins.binOf[i], [...(members.get(bins.binOf[i]) ?? []), s]));
    for (const [bin, list] of members) {
      expect(Math.min(...list)).toBe(bins.lowest[bin]);
      // every member on the same side of the threshold
      expect(new Set(list.map((s) => s >= threshold)).size).toBe(1);
    }
    // a tied score lives in one bin only
    const binOfScore = new Map<number, number>();
    scores.forEach((s, i) => {
      if (binOfScore.has(s)) expect(bins.binOf[i]).toBe(binOfScore.get(s));
      binOfScore.set(s, bins.binOf[i]);
    });
  });

  it("reads AP from coarse bins close to the exact value", () => {
    const rng = new Rng(9);
    const labels = Array.from({ length: 20000 }, () => (rng.uniform() < 0.2 ? 1 : 0));
    const scores = labels.map((y) => 1 / (1 + Math.exp(-rng.normal(y ? 1.5 : 0, 1))));
    const bins = scoreBins(scores, 0.6, 400);
    const positive = new Float64Array(bins.lowest.length);
    const negative = new Float64Array(bins.lowest.length);
    labels.forEach((y, i) => (y ? positive : negative)[bins.binOf[i]]++);
    const coarse = walkBins({ lowest: bins.lowest, positive, negative }, 0.6, DEFAULT_GRID, emptyStatistics(DEFAULT_GRID));
    expect(Math.abs(coarse.averagePrecision - averagePrecision(scores, labels))).toBeLessThan(0.005);
  });
});
