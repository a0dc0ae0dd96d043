import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { jensenShannonDistance } from "@/lib/stats/jensen-shannon";

type Fixtures = { jensenShannon: { name: string; p: number[]; q: number[]; distance: number }[] };
const fixtures: Fixtures = JSON.parse(readFileSync(path.join(import.meta.dirname, "fixtures/drift.json"), "utf8"));

describe("jensenShannonDistance against scipy jensenshannon(base=2)", () => {
  for (const c of fixtures.jensenShannon) {
    it(c.name, () => {
      expect(Math.abs(jensenShannonDistance(c.p, c.q) - c.distance)).toBeLessThanOrEqual(1e-12 * c.distance + 1e-15);
    });
  }
});

describe("jensenShannonDistance behaviour", () => {
  it("is 0 for equal distributions, 1 for disjoint ones, symmetric, and changes with the base", () => {
    expect(jensenShannonDistance([1, 2, 3], [2, 4, 6])).toBe(0);
    expect(jensenShannonDistance([1, 0], [0, 1])).toBeCloseTo(1, 15);
    expect(jensenShannonDistance([3, 1, 6], [1, 5, 4])).toBeCloseTo(jensenShannonDistance([1, 5, 4], [3, 1, 6]), 15);
    expect(jensenShannonDistance([1, 0], [0, 1], Math.E)).toBeCloseTo(Math.sqrt(Math.log(2)), 15);
  });

  it("gives NaN for an all-zero side and rejects bad input", () => {
    expect(jensenShannonDistance([0, 0], [1, 1])).toBeNaN();
    expect(() => jensenShannonDistance([1], [1, 1])).toThrow(RangeError);
    expect(() => jensenShannonDistance([-1, 2], [1, 1])).toThrow(RangeError);
  });
});
