import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PSI_EPSILON, psi, psiBand, psiContributions } from "@/lib/stats/psi";

type Fixtures = {
  meta: { psiEpsilon: number };
  psi: { name: string; expected: number[]; actual: number[]; psi: number; contributions: number[] }[];
};
const fixtures: Fixtures = JSON.parse(readFileSync(path.join(import.meta.dirname, "fixtures/drift.json"), "utf8"));

describe("psi against the numpy formula", () => {
  it("uses the same epsilon as the fixtures", () => {
    expect(PSI_EPSILON).toBe(fixtures.meta.psiEpsilon);
  });

  for (const c of fixtures.psi) {
    it(c.name, () => {
      expect(Math.abs(psi(c.expected, c.actual) - c.psi)).toBeLessThanOrEqual(1e-12 * c.psi + 1e-15);
      const terms = psiContributions(c.expected, c.actual);
      c.contributions.forEach((value, i) => expect(Math.abs(terms[i] - value)).toBeLessThanOrEqual(1e-12 * value + 1e-15));
    });
  }
});

describe("psi behaviour", () => {
  it("is zero for equal proportions, symmetric, and finite with empty bins", () => {
    expect(psi([1, 2, 3], [10, 20, 30])).toBeCloseTo(0, 15);
    expect(psi([5, 1, 4], [2, 6, 2])).toBeCloseTo(psi([2, 6, 2], [5, 1, 4]), 14);
    expect(Number.isFinite(psi([0, 10], [10, 0]))).toBe(true);
  });

  it("gives NaN when a side has no data and rejects bad input", () => {
    expect(psi([0, 0], [1, 2])).toBeNaN();
    expect(psi([1, 2], [0, 0])).toBeNaN();
    expect(() => psi([1, 2], [1, 2, 3])).toThrow(RangeError);
    expect(() => psi([1, -2], [1, 2])).toThrow(RangeError);
  });

  it("maps values to bands at 0.1 and 0.25", () => {
    expect(psiBand(0.0999)).toBe("stable");
    expect(psiBand(0.1)).toBe("moderate");
    expect(psiBand(0.25)).toBe("moderate");
    expect(psiBand(0.2501)).toBe("significant");
    expect(psiBand(Number.NaN)).toBeNull();
  });
});
