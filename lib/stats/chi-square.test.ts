import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { chiSquareHomogeneity } from "@/lib/stats/chi-square";

type Fixtures = { chi2Contingency: { name: string; a: number[]; b: number[]; statistic: number; pValue: number; dof: number }[] };
const fixtures: Fixtures = JSON.parse(readFileSync(path.join(import.meta.dirname, "fixtures/drift.json"), "utf8"));

describe("chiSquareHomogeneity against chi2_contingency(correction=False)", () => {
  for (const c of fixtures.chi2Contingency) {
    it(c.name, () => {
      const result = chiSquareHomogeneity(c.a, c.b);
      expect(result.dof).toBe(c.dof);
      expect(Math.abs(result.statistic - c.statistic)).toBeLessThanOrEqual(1e-12 * c.statistic + 1e-13);
      expect(Math.abs(result.pValue - c.pValue)).toBeLessThanOrEqual(1e-9 * c.pValue + 1e-300);
    });
  }
});

describe("chiSquareHomogeneity behaviour", () => {
  it("drops categories unused on both sides", () => {
    const withEmpty = chiSquareHomogeneity([30, 0, 70], [45, 0, 55]);
    const without = chiSquareHomogeneity([30, 70], [45, 55]);
    expect(withEmpty).toEqual(without);
    expect(without.dof).toBe(1);
  });

  it("gives NaN when a side has no data and rejects bad counts", () => {
    expect(chiSquareHomogeneity([0, 0], [1, 2]).pValue).toBeNaN();
    expect(() => chiSquareHomogeneity([1], [1, 2])).toThrow(RangeError);
    expect(() => chiSquareHomogeneity([1, -1], [1, 2])).toThrow(RangeError);
  });
});
