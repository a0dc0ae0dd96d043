import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { chiSquareSf, gammaP, gammaQ, lnGamma } from "@/lib/stats/special-functions";

type Fixtures = {
  chi2Sf: { x: number; dof: number; sf: number }[];
  gammaRegularized: { a: number; x: number; q: number; p: number }[];
  lnGamma: { x: number; value: number }[];
};
const fixtures: Fixtures = JSON.parse(readFileSync(path.join(import.meta.dirname, "fixtures/drift.json"), "utf8"));

function expectRelative(actual: number, expected: number, tolerance: number, floor = 0) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected) + floor);
}

describe("lnGamma", () => {
  it("matches scipy.special.gammaln", () => {
    for (const { x, value } of fixtures.lnGamma) expectRelative(lnGamma(x), value, 1e-13, 1e-14);
  });

  it("gives exact factorials and the half-integer value", () => {
    expect(Math.exp(lnGamma(5))).toBeCloseTo(24, 12);
    expectRelative(lnGamma(0.5), 0.5 * Math.log(Math.PI), 1e-14);
    expect(lnGamma(0)).toBe(Number.POSITIVE_INFINITY);
    expect(lnGamma(-1)).toBeNaN();
  });
});

describe("regularised incomplete gamma", () => {
  it("matches scipy.special.gammaincc and gammainc", () => {
    for (const { a, x, q, p } of fixtures.gammaRegularized) {
      expectRelative(gammaQ(a, x), q, 1e-12, 1e-300);
      expectRelative(gammaP(a, x), p, 1e-12, 1e-300);
    }
  });

  it("has P + Q = 1 and the exponential special case", () => {
    for (const x of [0.1, 1, 3, 12]) {
      expectRelative(gammaQ(1, x), Math.exp(-x), 1e-14);
      expect(gammaP(2.5, x) + gammaQ(2.5, x)).toBeCloseTo(1, 14);
    }
    expect(gammaQ(3, 0)).toBe(1);
    expect(gammaP(3, 0)).toBe(0);
    expect(gammaQ(0, 1)).toBeNaN();
  });
});

describe("chiSquareSf", () => {
  it("matches scipy.stats.chi2.sf to 1e-12 relative", () => {
    for (const { x, dof, sf } of fixtures.chi2Sf) expectRelative(chiSquareSf(x, dof), sf, 1e-12, 1e-300);
  });

  it("is 1 at and below zero", () => {
    expect(chiSquareSf(0, 3)).toBe(1);
    expect(chiSquareSf(-2, 3)).toBe(1);
    expect(chiSquareSf(1, 0)).toBeNaN();
  });
});
