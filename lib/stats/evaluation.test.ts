import { describe, expect, it } from "vitest";
import { evaluateClassifier, thinnedIndices } from "@/lib/stats/evaluation";
import { expectAllClose, expectScalarClose, fixtureCase } from "@/lib/stats/fixtures/classification-fixture";

describe("evaluateClassifier", () => {
  it.each(["random", "heavy-ties", "weighted-audit-sample"])("agrees with scikit-learn on %s", (name) => {
    const c = fixtureCase(name);
    const result = evaluateClassifier({ scores: c.scores, labels: c.labels, weights: c.weights, threshold: c.atThreshold.threshold });
    expect(result.n).toBe(c.scores.length);
    expect(result.positives).toBe(c.labels.filter((y) => y === 1).length);
    expect(result.weighted).toBe(c.weights !== undefined);
    expectScalarClose(result.rocAuc, c.rocAuc, "rocAuc");
    expectScalarClose(result.averagePrecision, c.averagePrecision, "averagePrecision");
    expectAllClose(result.roc.fpr, c.roc.fpr, "fpr");
    expectAllClose(result.roc.tpr, c.roc.tpr, "tpr");
    expect(result.roc.thresholds[0]).toBeNull();
    expectAllClose(result.roc.thresholds.slice(1), c.roc.thresholds.slice(1), "roc thresholds");
    expectAllClose(result.pr.precision, c.pr.precision, "precision");
    expectAllClose(result.pr.recall, c.pr.recall, "recall");
    expectAllClose(result.pr.thresholds, c.pr.thresholds, "pr thresholds");
    expectScalarClose(result.brier, c.brier, "brier");
    expectScalarClose(result.ece, c.calibration.ece, "ece");
    expect(result.calibration?.count).toEqual(c.calibration.count);
    expectScalarClose(result.atThreshold.f1, c.atThreshold.f1, "f1");
  });

  it("survives a JSON round trip unchanged", () => {
    const c = fixtureCase("weighted-random");
    const result = evaluateClassifier({ scores: c.scores, labels: c.labels, weights: c.weights, threshold: 0.5 });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(result.weightedN).toBeCloseTo(c.weights!.reduce((a, b) => a + b, 0), 9);
  });

  it("reports null for what one class cannot define", () => {
    const result = evaluateClassifier({ scores: [0.2, 0.4, 0.9], labels: [0, 0, 0], threshold: 0.5 });
    expect(result.rocAuc).toBeNull();
    expect(result.averagePrecision).toBeNull();
    expect(result.roc.tpr.every((x) => x === null)).toBe(true);
    expect(result.roc.fpr.slice(1).every((x) => x !== null)).toBe(true);
    expect(result.brier).toBeCloseTo((0.04 + 0.16 + 0.81) / 3, 15);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it("handles no rows without throwing", () => {
    const result = evaluateClassifier({ scores: [], labels: [], threshold: 0.5 });
    expect([result.n, result.positives, result.rocAuc, result.averagePrecision, result.brier, result.ece]).toEqual([0, 0, null, null, null, null]);
    expect(result.pr).toEqual({ precision: [1], recall: [0], thresholds: [] });
    expect(result.atThreshold.tp + result.atThreshold.fp).toBe(0);
  });

  it("leaves calibration out for scores that are not probabilities", () => {
    const result = evaluateClassifier({ scores: [-2, 0.5, 3], labels: [0, 1, 1], threshold: 0 });
    expect(result.calibration).toBeNull();
    expect(result.brier).toBeNull();
    expect(result.ece).toBeNull();
    expect(result.rocAuc).toBe(1);
  });

  it("thins curves to a bounded size but keeps the area from the full curve", () => {
    const c = fixtureCase("n20000");
    const full = evaluateClassifier({ scores: c.scores, labels: c.labels, threshold: 0.7 });
    const thin = evaluateClassifier({ scores: c.scores, labels: c.labels, threshold: 0.7, maxCurvePoints: 200 });
    expect(thin.roc.fpr).toHaveLength(200);
    expect(thin.pr.precision).toHaveLength(200);
    expect(thin.pr.thresholds).toHaveLength(199);
    expect(thin.roc.fpr[199]).toBe(1);
    expect(thin.pr.recall[199]).toBe(0);
    expect(thin.pr.precision[0]).toBe(full.pr.precision[0]);
    expect(thin.rocAuc).toBe(full.rocAuc);
    expect(thin.averagePrecision).toBe(full.averagePrecision);
    // each kept point is a point of the full curve, with its own threshold
    const k = thin.pr.thresholds.findIndex((t) => t > 0.5);
    const j = full.pr.thresholds.indexOf(thin.pr.thresholds[k]);
    expect(thin.pr.precision[k]).toBe(full.pr.precision[j]);
  });

  it("picks evenly spread indices with both ends", () => {
    expect(thinnedIndices(5)).toEqual([0, 1, 2, 3, 4]);
    expect(thinnedIndices(5, 10)).toEqual([0, 1, 2, 3, 4]);
    expect(thinnedIndices(11, 3)).toEqual([0, 5, 10]);
    expect(() => thinnedIndices(11, 1)).toThrow(RangeError);
  });

  it("rejects a NaN threshold", () => {
    expect(() => evaluateClassifier({ scores: [0.1], labels: [1], threshold: Number.NaN })).toThrow(RangeError);
  });
});
