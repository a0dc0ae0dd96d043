import { describe, expect, it } from "vitest";
import { explanationCheck, formatProbability, niceTicks, prepareWaterfall, type ShapExplanation } from "./prepare-waterfall";

// Twelve features with distinct magnitudes; signs alternate so ordering must use |c|, not c.
const values: Record<string, number> = {
  f01: 0.05,
  f02: -0.9,
  f03: 0.3,
  f04: 2.2,
  f05: -0.02,
  f06: 1.4,
  f07: -0.6,
  f08: 0.11,
  f09: -1.1,
  f10: 0.07,
  f11: 0.2,
  f12: -0.4,
};
const logitExplanation: ShapExplanation = { space: "logit", baseValue: -3.1, values };
// Written out by hand: the names sorted by absolute contribution, largest first.
const byMagnitude = ["f04", "f06", "f09", "f02", "f07", "f12", "f03", "f11", "f08", "f10", "f01", "f05"];
const total = 0.05 - 0.9 + 0.3 + 2.2 - 0.02 + 1.4 - 0.6 + 0.11 - 1.1 + 0.07 + 0.2 - 0.4; // = 1.31

describe("prepareWaterfall", () => {
  it("orders feature rows by absolute contribution, largest first", () => {
    const { rows } = prepareWaterfall(logitExplanation, {}, 20);
    expect(rows.filter((r) => r.kind === "feature").map((r) => r.feature)).toEqual(byMagnitude);
    expect(rows.at(-1)?.feature).toBe("model output");
  });

  it("folds the tail into one row so there are at most maxBars contribution bars, preserving the sum", () => {
    const { rows } = prepareWaterfall(logitExplanation, {}, 5);
    expect(rows.map((r) => r.feature)).toEqual(["f04", "f06", "f09", "f02", "8 other features", "model output"]);
    const other = rows[4];
    expect(other.kind).toBe("other");
    expect(other.count).toBe(8);
    // The eight smallest by magnitude: f07, f12, f03, f11, f08, f10, f01, f05.
    expect(other.contribution).toBeCloseTo(-0.6 - 0.4 + 0.3 + 0.2 + 0.11 + 0.07 + 0.05 - 0.02, 12);
    const barSum = rows.filter((r) => r.kind !== "output").reduce((s, r) => s + r.contribution, 0);
    expect(barSum).toBeCloseTo(total, 12);
  });

  it("does not fold when the features fit in maxBars", () => {
    const { rows } = prepareWaterfall(logitExplanation, {}, 12);
    expect(rows.some((r) => r.kind === "other")).toBe(false);
    expect(rows).toHaveLength(13);
  });

  it("defaults to ten bars: nine features and a folded row of three", () => {
    const { rows } = prepareWaterfall(logitExplanation, {});
    expect(rows.filter((r) => r.kind === "feature")).toHaveLength(9);
    expect(rows.find((r) => r.kind === "other")?.feature).toBe("3 other features");
  });

  it("chains running totals from the base value to the output", () => {
    const wf = prepareWaterfall(logitExplanation, {}, 6);
    const bars = wf.rows.filter((r) => r.kind !== "output");
    expect(bars[0].start).toBe(-3.1);
    for (let i = 0; i < bars.length; i++) {
      if (i > 0) expect(bars[i].start).toBe(bars[i - 1].end);
      expect(bars[i].end).toBeCloseTo(bars[i].start + bars[i].contribution, 12);
    }
    const out = wf.rows.at(-1)!;
    expect(out.start).toBe(-3.1);
    expect(out.end).toBe(bars.at(-1)!.end);
    expect(wf.output).toBeCloseTo(-3.1 + 1.31, 12);
    expect(out.contribution).toBeCloseTo(1.31, 12);
    expect(wf.additivityError).toBe(0);
    // sigmoid(-1.79) by hand: 1 / (1 + e^1.79).
    expect(wf.outputProbability).toBeCloseTo(1 / (1 + Math.exp(1.79)), 12);
  });

  it("reports probability-space outputs as they are", () => {
    const wf = prepareWaterfall({ space: "probability", baseValue: 0.1, values: { a: 0.5, b: -0.2 } }, {});
    expect(wf.output).toBeCloseTo(0.4, 12);
    expect(wf.outputProbability).toBeCloseTo(0.4, 12);
    expect(wf.rows.map((r) => r.feature)).toEqual(["a", "b", "model output"]);
  });

  it("labels each bar with the feature's raw value", () => {
    const wf = prepareWaterfall(
      { space: "logit", baseValue: 0, values: { failed_logins_1h: 2, protocol: -1, vpn: 0.5, asn: 0.25, ratio: 0.1 } },
      { failed_logins_1h: 37, protocol: "tcp", vpn: false, asn: null, ratio: 0.123456 },
    );
    const label = (f: string) => wf.rows.find((r) => r.feature === f)?.label;
    expect(label("failed_logins_1h")).toBe("failed_logins_1h = 37");
    expect(label("protocol")).toBe("protocol = tcp");
    expect(label("vpn")).toBe("vpn = false");
    expect(label("asn")).toBe("asn = missing");
    expect(label("ratio")).toBe("ratio = 0.1235");
  });

  it("handles an explanation without features", () => {
    const wf = prepareWaterfall({ space: "logit", baseValue: -2, values: {} }, {});
    expect(wf.rows).toHaveLength(1);
    expect(wf.output).toBe(-2);
  });
});

describe("explanationCheck", () => {
  it("compares logit-space explanations against logit(score)", () => {
    // base -3.1 + (1.4 + 2.2 + 0.1) = 0.6; the score a logistic model gives for z = 0.6:
    const explanation: ShapExplanation = { space: "logit", baseValue: -3.1, values: { a: 1.4, b: 2.2, c: 0.1 } };
    const score = 1 / (1 + Math.exp(-0.6));
    const check = explanationCheck(explanation, score);
    expect(check.actual).toBeCloseTo(0.6, 12);
    expect(check.expected).toBeCloseTo(0.6, 12);
    expect(check.error).toBeLessThan(1e-9);
    expect(check.ok).toBe(true);
  });

  it("flags a logit explanation that does not add up to the score", () => {
    // logit(0.8) = ln(0.8 / 0.2) = ln 4; the explanation sums to 1.
    const check = explanationCheck({ space: "logit", baseValue: 0.25, values: { a: 0.75 } }, 0.8);
    expect(check.expected).toBeCloseTo(Math.log(4), 12);
    expect(check.actual).toBeCloseTo(1, 12);
    expect(check.error).toBeCloseTo(Math.log(4) - 1, 12);
    expect(check.ok).toBe(false);
  });

  it("compares probability-space explanations against the score itself", () => {
    const explanation: ShapExplanation = { space: "probability", baseValue: 0.1, values: { a: 0.5, b: -0.2 } };
    const good = explanationCheck(explanation, 0.4);
    expect(good.expected).toBe(0.4);
    expect(good.error).toBeLessThan(1e-12);
    expect(good.ok).toBe(true);
    const bad = explanationCheck(explanation, 0.45);
    expect(bad.error).toBeCloseTo(0.05, 12);
    expect(bad.ok).toBe(false);
  });

  it("accepts saturated scores whose logit a float cannot resolve, but still catches real mismatches", () => {
    const z = 30;
    const score = 1 / (1 + Math.exp(-z)); // 1 - 9.4e-14: one ulp of it is ~1e-3 in logit
    const exact = explanationCheck({ space: "logit", baseValue: 10, values: { a: 20 } }, score);
    expect(exact.error).toBeGreaterThan(1e-6); // logit(score) is off by the score's rounding…
    expect(exact.ok).toBe(true); // …which is not the explanation's fault
    expect(explanationCheck({ space: "logit", baseValue: 10, values: { a: 15 } }, score).ok).toBe(false);
    // Near p = 0 floats are fine-grained, so the plain tolerance decides.
    const low = 1 / (1 + Math.exp(30));
    expect(explanationCheck({ space: "logit", baseValue: -10, values: { a: -20 } }, low).ok).toBe(true);
    expect(explanationCheck({ space: "logit", baseValue: -10, values: { a: -25 } }, low).ok).toBe(false);
  });
});

describe("axis helpers", () => {
  it("picks round tick steps that cover the range", () => {
    // span 4.85 over ~4 intervals wants steps of ≥ 1.21: the next round step is 2.
    expect(niceTicks(-3.36, 1.49)).toEqual([-4, -2, 0, 2]);
    expect(niceTicks(0.182, 0.518)).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6]);
    // A zero-width range is widened by ±0.5, then split into steps of 0.25.
    expect(niceTicks(2, 2)).toEqual([1.5, 1.75, 2, 2.25, 2.5]);
  });

  it("never rounds a near-certain probability to 1 or 0", () => {
    expect(formatProbability(0.77384)).toBe("0.7738");
    expect(formatProbability(1 - 1e-7)).toBe("> 0.9999");
    expect(formatProbability(1e-7)).toBe("< 0.0001");
    expect(formatProbability(1)).toBe("1");
  });
});
