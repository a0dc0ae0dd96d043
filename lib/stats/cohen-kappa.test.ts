import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cohenKappa } from "@/lib/stats/cohen-kappa";

type Case = {
  name: string;
  note: string;
  first: string[];
  second: string[];
  categories: string[];
  n: number;
  kappa: number | null;
  observed: number | null;
  expected: number | null;
  standardError: number | null;
  ci95: [number, number] | null;
};
const fixture: { sklearn: string; cases: Case[] } = JSON.parse(readFileSync(path.join(import.meta.dirname, "fixtures/kappa.json"), "utf8"));

const close = (actual: number | null, expected: number | null, label: string, tolerance = 1e-12) => {
  if (expected === null) return expect(actual, label).toBeNull();
  expect(actual, label).not.toBeNull();
  expect(Math.abs(actual! - expected), `${label}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
};

describe("cohenKappa against scikit-learn's cohen_kappa_score and statsmodels' cohens_kappa", () => {
  it("has the reference cases it is meant to check", () => {
    expect(fixture.cases.map((c) => c.name)).toEqual(expect.arrayContaining(["verdicts", "large", "perfect", "single-category", "empty"]));
  });

  for (const c of fixture.cases) {
    it(`${c.name}: ${c.note}`, () => {
      const result = cohenKappa(c.first, c.second);
      expect(result.n).toBe(c.n);
      expect(result.categories).toEqual(c.categories);
      close(result.kappa, c.kappa, "kappa");
      close(result.observedAgreement, c.observed, "observed agreement");
      close(result.expectedAgreement, c.expected, "expected agreement");
      close(result.standardError, c.standardError, "standard error", 1e-10);
      if (c.ci95 === null) expect(result.ci95).toBeNull();
      else {
        close(result.ci95![0], c.ci95[0], "ci95 low", 1e-9);
        close(result.ci95![1], c.ci95[1], "ci95 high", 1e-9);
      }
    });
  }
});

describe("cohenKappa where kappa is undefined or degenerate", () => {
  it("is null with a reason when there are no pairs", () => {
    expect(cohenKappa([], [])).toMatchObject({ n: 0, kappa: null, observedAgreement: null, undefinedReason: "no_pairs" });
  });

  it("is null with a reason when both raters used one and the same category", () => {
    const result = cohenKappa(["FP", "FP", "FP"], ["FP", "FP", "FP"]);
    expect(result).toMatchObject({ n: 3, kappa: null, observedAgreement: 1, expectedAgreement: 1, standardError: null, ci95: null, undefinedReason: "single_category" });
  });

  it("is 1 with a zero-width interval at perfect agreement over two categories", () => {
    const result = cohenKappa(["TP", "FP", "FP"], ["TP", "FP", "FP"]);
    expect(result.kappa).toBe(1);
    expect(result.standardError).toBe(0);
    expect(result.ci95).toEqual([1, 1]);
    expect(result.undefinedReason).toBeNull();
  });

  it("does not depend on which rater is first (kappa), and refuses unequal lengths", () => {
    const a = ["x", "y", "y", "z", "x", "y", "z", "z"];
    const b = ["x", "y", "z", "z", "y", "y", "z", "x"];
    expect(cohenKappa(a, b).kappa).toBeCloseTo(cohenKappa(b, a).kappa!, 14);
    expect(() => cohenKappa(["x"], [])).toThrow(RangeError);
  });

  it("keeps the interval inside [-1, 1]", () => {
    const result = cohenKappa(["a", "a", "b", "b", "a"], ["a", "a", "b", "b", "b"]);
    expect(result.ci95![0]).toBeGreaterThanOrEqual(-1);
    expect(result.ci95![1]).toBeLessThanOrEqual(1);
  });
});
