import { describe, expect, it } from "vitest";
import { percentileRank, percentileTable, quantile, quantileEdges, sortedCopy } from "@/lib/stats/quantiles";

// Expected values from numpy 1.24 np.quantile (default method "linear") on the same inputs.
describe("quantile (numpy 'linear')", () => {
  const values = sortedCopy([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5.5]);

  it.each([
    [0, 1],
    [0.1, 1],
    [0.25, 2.5],
    [0.3, 3],
    [0.5, 4],
    [0.9, 6],
    [0.95, 7.5],
    [1, 9],
  ])("q=%s → %s", (q, expected) => {
    expect(quantile(values, q)).toBe(expected);
  });

  it("interpolates between neighbours by hand", () => {
    // h = (n-1)q: [1, 2] at q=0.3 → 1 + 0.3·1; at 0.7 → 2 − 0.3·1 (numpy lerps from the nearer end)
    expect(quantile([1, 2], 0.3)).toBeCloseTo(1.3, 15);
    expect(quantile([1, 2], 0.7)).toBeCloseTo(1.7, 15);
    expect(quantile([0.1, 0.2, 0.3], 1 / 3)).toBeCloseTo(0.16666666666666666, 15);
    expect(quantile([7], 0.42)).toBe(7);
  });

  it("rejects empty input and q outside [0, 1]", () => {
    expect(() => quantile([], 0.5)).toThrow();
    expect(() => quantile([1, 2], 1.5)).toThrow();
    expect(() => sortedCopy([1, Number.NaN])).toThrow();
  });
});

describe("quantileEdges", () => {
  it("gives the deciles numpy gives, with repeats removed", () => {
    // np.quantile(b, k/10) for k=1..9 = [0,0,0,0,0,0.4,1,1.2,2.55]
    const edges = quantileEdges([7.5, 0, 1, 0, 0, 2, 0, 0, 1, 0]);
    expect(edges).toHaveLength(5);
    expect(edges[0]).toBe(0);
    expect(edges[1]).toBeCloseTo(0.4, 12);
    expect(edges[2]).toBe(1);
    expect(edges[3]).toBeCloseTo(1.2, 12);
    expect(edges[4]).toBeCloseTo(2.55, 12);
  });

  it("cuts 1..100 at the interior deciles and handles degenerate input", () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(quantileEdges(values, 4)).toEqual([25.75, 50.5, 75.25]);
    expect(quantileEdges([5, 5, 5])).toEqual([5]);
    expect(quantileEdges([])).toEqual([]);
    expect(() => quantileEdges([1], 0)).toThrow();
  });
});

describe("percentileRank", () => {
  const table = percentileTable(Array.from({ length: 101 }, (_, i) => i * 2)); // 0, 2, …, 200

  it("builds 101 points and inverts them", () => {
    expect(table).toHaveLength(101);
    expect(table[37]).toBe(74);
    expect(percentileRank(table, 74)).toBe(37);
    expect(percentileRank(table, 75)).toBeCloseTo(37.5, 12);
  });

  it("clamps outside the table", () => {
    expect(percentileRank(table, -5)).toBe(0);
    expect(percentileRank(table, 500)).toBe(100);
    expect(Number.isNaN(percentileRank(table, Number.NaN))).toBe(true);
  });

  it("places a value equal to a run of tied points at the middle of the run", () => {
    // 60 % zeros: points 0..59 are 0 → the middle index is 29.5
    const zeros = percentileTable([...new Array(60).fill(0), ...Array.from({ length: 41 }, (_, i) => i + 1)]);
    expect(percentileRank(zeros, 0)).toBeCloseTo(29.5, 12);
    expect(percentileRank([0, 10, 20], 5)).toBeCloseTo(25, 12);
  });
});
