import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { benjaminiHochberg, holm } from "@/lib/stats/multiple-testing";

type Fixtures = { multipleTesting: { name: string; p: number[]; bh: number[]; holm: number[] }[] };
const fixtures: Fixtures = JSON.parse(readFileSync(path.join(import.meta.dirname, "fixtures/drift.json"), "utf8"));

function expectAll(actual: Float64Array, expected: number[]) {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((value, i) => expect(Math.abs(actual[i] - value)).toBeLessThanOrEqual(1e-14 * value));
}

describe("adjusted p-values against the reference", () => {
  for (const c of fixtures.multipleTesting) {
    it(c.name, () => {
      expectAll(benjaminiHochberg(c.p), c.bh);
      expectAll(holm(c.p), c.holm);
    });
  }
});

describe("multiple-testing behaviour", () => {
  it("never lowers a p-value, and Holm is at least as strict as BH", () => {
    const p = [0.001, 0.2, 0.03, 0.04, 0.5, 0.0004];
    const bh = benjaminiHochberg(p);
    const hm = holm(p);
    p.forEach((value, i) => {
      expect(bh[i]).toBeGreaterThanOrEqual(value);
      expect(hm[i]).toBeGreaterThanOrEqual(bh[i]);
    });
  });

  it("leaves NaN in place and out of the count", () => {
    const adjusted = benjaminiHochberg([0.01, Number.NaN, 0.02]);
    expect(adjusted[1]).toBeNaN();
    expect(Array.from(adjusted.filter((v) => !Number.isNaN(v)))).toEqual(Array.from(benjaminiHochberg([0.01, 0.02])));
    expect(holm([Number.NaN])[0]).toBeNaN();
  });

  it("rejects values outside [0, 1] and handles no input", () => {
    expect(() => benjaminiHochberg([1.2])).toThrow(RangeError);
    expect(() => holm([-0.1])).toThrow(RangeError);
    expect(benjaminiHochberg([])).toHaveLength(0);
  });
});
