import { describe, expect, it } from "vitest";
import { brierScore, calibrationBinIndex, calibrationCurve, expectedCalibrationError } from "@/lib/stats/calibration";
import { classificationFixture, expectAllClose, expectScalarClose } from "@/lib/stats/fixtures/classification-fixture";
import { Rng } from "@/lib/stats/random";

// Reference: scikit-learn calibration_curve(strategy="uniform") and brier_score_loss; weighted
// calibration and ECE from numpy on the same bins (see generate-classification.py).
describe("calibration and Brier score against scikit-learn", () => {
  const { cases, calibrationBins } = classificationFixture();

  it.each(cases.map((c) => [c.name, c] as const))("%s", (name, c) => {
    const curve = calibrationCurve(c.scores, c.labels, calibrationBins, c.weights);
    expect(curve.binIndex, `${name} bins`).toEqual(c.calibration.binIndex);
    expect(curve.count, `${name} counts`).toEqual(c.calibration.count);
    expectAllClose(curve.meanPredicted, c.calibration.meanPredicted, `${name} prob_pred`);
    expectAllClose(curve.fractionPositive, c.calibration.fractionPositive, `${name} prob_true`);
    expectAllClose(curve.weight, c.calibration.weight, `${name} weight`);
    expectScalarClose(expectedCalibrationError(curve), c.calibration.ece, `${name} ece`);
    expectScalarClose(brierScore(c.scores, c.labels, c.weights), c.brier, `${name} brier`);
  });
});

describe("calibrationBinIndex", () => {
  it("closes bins on the right, with edges computed as k·(1/bins)", () => {
    expect(calibrationBinIndex(0, 10)).toBe(0);
    expect(calibrationBinIndex(0.1, 10)).toBe(0);
    expect(calibrationBinIndex(0.10000000000000002, 10)).toBe(1);
    // 3·0.1 is 0.30000000000000004 > 0.3, so 0.3 stays below that edge
    expect(calibrationBinIndex(0.3, 10)).toBe(2);
    expect(calibrationBinIndex(0.30000000000000004, 10)).toBe(2);
    expect(calibrationBinIndex(0.3000000000000001, 10)).toBe(3);
    expect(calibrationBinIndex(0.95, 10)).toBe(9);
    expect(calibrationBinIndex(1, 10)).toBe(9);
    expect(calibrationBinIndex(0.5, 1)).toBe(0);
  });

  it("agrees with counting the edges strictly below the value", () => {
    const rng = new Rng(4);
    for (const bins of [1, 3, 7, 10, 15, 20]) {
      const edges = Array.from({ length: bins - 1 }, (_, k) => (k + 1) * (1 / bins));
      const probes = [...edges, ...edges.map((e) => e + 1e-16), ...Array.from({ length: 300 }, () => rng.uniform()), 0, 1];
      for (const p of probes) {
        if (p > 1) continue;
        expect(calibrationBinIndex(p, bins)).toBe(edges.filter((e) => e < p).length);
      }
    }
  });
});

describe("calibrationCurve", () => {
  it("leaves empty bins out and reports counts per bin", () => {
    const curve = calibrationCurve([0.05, 0.15, 0.12, 0.95], [0, 1, 0, 1], 10);
    expect(curve.binIndex).toEqual([0, 1, 9]);
    expect(curve.count).toEqual([1, 2, 1]);
    expect(curve.fractionPositive).toEqual([0, 0.5, 1]);
    expect(curve.meanPredicted[1]).toBeCloseTo(0.135, 15);
    expect(expectedCalibrationError(curve)).toBeCloseTo((1 * 0.05 + 2 * Math.abs(0.5 - 0.135) + 1 * 0.05) / 4, 15);
  });

  it("has ECE near 0 for calibrated scores and large for overconfident ones", () => {
    const rng = new Rng(9);
    const p = Array.from({ length: 50_000 }, () => rng.uniform());
    const y = p.map((x) => (rng.bernoulli(x) ? 1 : 0));
    expect(expectedCalibrationError(calibrationCurve(p, y))).toBeLessThan(0.01);
    const overconfident = p.map((x) => (x > 0.5 ? 1 : 0));
    expect(expectedCalibrationError(calibrationCurve(overconfident, y))).toBeGreaterThan(0.2);
  });

  it("weights rows like repeats and drops zero weights", () => {
    const weighted = calibrationCurve([0.2, 0.25, 0.7, 0.9], [1, 0, 1, 0], 4, [2, 1, 0, 3]);
    const repeated = calibrationCurve([0.2, 0.2, 0.25, 0.9, 0.9, 0.9], [1, 1, 0, 0, 0, 0], 4);
    expect(weighted.binIndex).toEqual(repeated.binIndex);
    expect(weighted.weight).toEqual(repeated.count);
    expect(weighted.count).toEqual([2, 1]);
    expectAllClose(weighted.meanPredicted, repeated.meanPredicted, "mean", 1e-15);
    expectAllClose(weighted.fractionPositive, repeated.fractionPositive, "fraction", 1e-15);
  });

  it("is empty for no rows, with NaN ECE", () => {
    const curve = calibrationCurve([], []);
    expect(curve.binIndex).toEqual([]);
    expect(expectedCalibrationError(curve)).toBeNaN();
    expect(brierScore([], [])).toBeNaN();
  });

  it("rejects scores outside [0, 1] and bad bin counts", () => {
    expect(() => calibrationCurve([1.2], [1])).toThrow(RangeError);
    expect(() => calibrationCurve([-0.1], [1])).toThrow(RangeError);
    expect(() => calibrationCurve([0.5], [1], 0)).toThrow(RangeError);
    expect(() => brierScore([1.5], [1])).toThrow(RangeError);
  });
});

describe("brierScore", () => {
  it("is the mean squared error of the probabilities", () => {
    expect(brierScore([0.9, 0.8, 0.3, 0.1], [1, 0, 1, 0])).toBeCloseTo((0.01 + 0.64 + 0.49 + 0.01) / 4, 15);
    expect(brierScore([1, 0], [1, 0])).toBe(0);
    expect(brierScore([0.9, 0.8], [1, 0], [3, 1])).toBeCloseTo((3 * 0.01 + 0.64) / 4, 15);
  });
});
