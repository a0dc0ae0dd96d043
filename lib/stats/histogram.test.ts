import { describe, expect, it } from "vitest";
import { binIndex, histogram, proportions, uniformBinIndex, uniformEdges, uniformHistogram } from "@/lib/stats/histogram";
import { Rng } from "@/lib/stats/random";

describe("binIndex", () => {
  const edges = [1, 2, 3];

  it("counts the edges <= x", () => {
    expect(binIndex(edges, 0.5)).toBe(0);
    expect(binIndex(edges, 1)).toBe(1); // a value on an edge opens the next bin
    expect(binIndex(edges, 1.5)).toBe(1);
    expect(binIndex(edges, 2.999)).toBe(2);
    expect(binIndex(edges, 3)).toBe(3);
    expect(binIndex(edges, 1e9)).toBe(3);
  });

  it("handles no edges, repeated edges, infinities and NaN", () => {
    expect(binIndex([], 42)).toBe(0);
    expect(binIndex([1, 1, 2], 1)).toBe(2);
    expect(binIndex([1, 1, 2], 0.99)).toBe(0);
    expect(binIndex(edges, Number.NEGATIVE_INFINITY)).toBe(0);
    expect(binIndex(edges, Number.POSITIVE_INFINITY)).toBe(3);
    expect(binIndex(edges, Number.NaN)).toBe(0);
  });

  it("agrees with a linear scan", () => {
    const rng = new Rng(3);
    const sorted = Array.from({ length: 17 }, () => rng.int(0, 9)).sort((a, b) => a - b);
    for (let i = 0; i < 500; i++) {
      const x = rng.between(-1, 11);
      expect(binIndex(sorted, x)).toBe(sorted.filter((e) => e <= x).length);
    }
  });
});

describe("histogram and proportions", () => {
  it("counts into edges.length + 1 bins", () => {
    expect(histogram([0, 1, 1.5, 2, 5, -3], [1, 2])).toEqual([2, 2, 2]);
    expect(histogram([], [1])).toEqual([0, 0]);
  });

  it("scales counts to sum to 1 and leaves empty input at zero", () => {
    expect(proportions([1, 3, 0])).toEqual([0.25, 0.75, 0]);
    expect(proportions([0, 0])).toEqual([0, 0]);
  });
});

describe("uniformBinIndex", () => {
  it("puts 0 in the first bin, 1 in the last, clamps outside [0, 1]", () => {
    expect(uniformBinIndex(0, 20)).toBe(0);
    expect(uniformBinIndex(1, 20)).toBe(19);
    expect(uniformBinIndex(-0.1, 20)).toBe(0);
    expect(uniformBinIndex(1.5, 20)).toBe(19);
    expect(uniformBinIndex(0.5, 20)).toBe(10);
    expect(uniformBinIndex(0.0499, 20)).toBe(0);
  });

  it("agrees exactly with binIndex on the interior edges, including values on an edge", () => {
    for (const bins of [3, 7, 10, 20]) {
      const edges = uniformEdges(bins);
      expect(edges).toHaveLength(bins - 1);
      const probes = [...edges, ...edges.map((e) => e - 1e-17), ...edges.map((e) => e + 1e-16)];
      const rng = new Rng(bins);
      for (let i = 0; i < 2000; i++) probes.push(rng.uniform());
      for (const x of probes) expect(uniformBinIndex(x, bins)).toBe(binIndex(edges, x));
    }
    expect(uniformHistogram([0, 0.05, 0.5, 1], 20).filter((c) => c > 0)).toEqual([1, 1, 1, 1]);
  });
});
