import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { kolmogorovLimitSf, kolmogorovSf, smirnovSf } from "@/lib/stats/ks-distribution";

type Fixtures = {
  kolmogorov: { n: number; x: number; sf: number; smirnov: number }[];
  kolmogorovLimit: { x: number; sf: number }[];
};
const fixtures: Fixtures = JSON.parse(readFileSync(path.join(import.meta.dirname, "fixtures/drift.json"), "utf8"));

function expectClose(actual: number, expected: number, relative: number, absolute: number) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected) + absolute);
}

describe("smirnovSf", () => {
  it("matches scipy.special.smirnov across n and x", () => {
    for (const { n, x, smirnov } of fixtures.kolmogorov) expectClose(smirnovSf(n, x), smirnov, 1e-10, 1e-300);
  });

  it("has the closed forms for n = 1 and the ends", () => {
    expect(smirnovSf(1, 0.3)).toBeCloseTo(0.7, 15);
    expect(smirnovSf(10, 0)).toBe(1);
    expect(smirnovSf(10, 1)).toBe(0);
  });
});

describe("kolmogorovSf", () => {
  it("matches scipy.stats.kstwo.sf in every region of (n, x)", () => {
    for (const { n, x, sf } of fixtures.kolmogorov) expectClose(kolmogorovSf(n, x), sf, 1e-10, 1e-15);
  });

  it("is 1 below 1/(2n), 0 from 1 on, and decreasing in x", () => {
    expect(kolmogorovSf(50, 0.009)).toBe(1);
    expect(kolmogorovSf(50, 1)).toBe(0);
    let previous = 1;
    for (let x = 0.005; x < 0.5; x += 0.005) {
      const value = kolmogorovSf(300, x);
      expect(value).toBeLessThanOrEqual(previous + 1e-15);
      previous = value;
    }
    expect(kolmogorovSf(0, 0.5)).toBeNaN();
  });
});

describe("kolmogorovLimitSf", () => {
  it("matches scipy.stats.kstwobign.sf", () => {
    for (const { x, sf } of fixtures.kolmogorovLimit) expectClose(kolmogorovLimitSf(x), sf, 1e-12, 1e-300);
  });

  it("is the large-n limit of kolmogorovSf(n, z/√n)", () => {
    const n = 300000;
    for (const z of [0.6, 1, 1.4]) expect(Math.abs(kolmogorovSf(n, z / Math.sqrt(n)) - kolmogorovLimitSf(z))).toBeLessThan(2e-3);
  });
});
