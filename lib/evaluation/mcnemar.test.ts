import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chiSquare1Survival, discordance, mcnemar } from "./mcnemar";

type Fixture = {
  cases: { b: number; c: number; method: "exact" | "chi-square"; statistic: number | null; pValue: number }[];
  chiSquare1: { x: number; sf: number }[];
};
const fixture = JSON.parse(readFileSync(new URL("./fixtures/mcnemar.json", import.meta.url), "utf8")) as Fixture;

const relativelyClose = (actual: number, expected: number, tolerance = 1e-10) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.max(1e-300, Math.abs(expected)) + 1e-300);

describe("mcnemar", () => {
  it.each(fixture.cases)("agrees with SciPy for b=$b, c=$c", (expected) => {
    const result = mcnemar(expected.b, expected.c);
    expect(result.method).toBe(expected.method);
    if (expected.statistic === null) expect(result.statistic).toBeNull();
    else relativelyClose(result.statistic!, expected.statistic);
    relativelyClose(result.pValue, expected.pValue);
  });

  it("gives the chi-square(1) survival function SciPy gives", () => {
    for (const { x, sf } of fixture.chiSquare1) relativelyClose(chiSquare1Survival(x), sf);
  });

  it("refuses counts that are not whole numbers", () => {
    expect(() => mcnemar(1.5, 2)).toThrow(RangeError);
    expect(() => mcnemar(-1, 2)).toThrow(RangeError);
  });
});

describe("discordance", () => {
  it("counts the events exactly one model gets right, at each model's own threshold", () => {
    const labels = [1, 1, 0, 0, 1, 0];
    const a = [0.9, 0.2, 0.7, 0.1, 0.6, 0.3]; // threshold 0.5: right, wrong, wrong, right, right, right
    const b = [0.4, 0.8, 0.2, 0.1, 0.9, 0.8]; // threshold 0.35: right, right, right, right, right, wrong
    expect(discordance(labels, a, 0.5, b, 0.35)).toEqual({ b: 1, c: 2 });
  });
});
