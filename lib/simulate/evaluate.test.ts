import { describe, expect, it } from "vitest";
import { averagePrecision, rocAuc, trainingMetrics } from "@/lib/simulate/evaluate";

// Expected values: scikit-learn 1.2 roc_auc_score / average_precision_score on the same pairs.
describe("training metrics", () => {
  it.each([
    { scores: [0.1, 0.4, 0.35, 0.8, 0.35, 0.9, 0.1, 0.6], labels: [0, 0, 1, 1, 0, 1, 1, 0], auc: 0.625, ap: 0.75 },
    { scores: [0.2, 0.2, 0.2, 0.5, 0.5, 0.7, 0.9, 0.9, 0.1, 0.5], labels: [1, 0, 0, 1, 0, 1, 1, 0, 0, 0], auc: 0.6875, ap: 0.5277777777777778 },
  ])("match scikit-learn with tied scores (AUC $auc, AP $ap)", ({ scores, labels, auc, ap }) => {
    expect(rocAuc(scores, labels)).toBeCloseTo(auc, 12);
    expect(averagePrecision(scores, labels)).toBeCloseTo(ap, 12);
  });

  it("is undefined without both classes", () => {
    expect(Number.isNaN(rocAuc([0.1, 0.2], [0, 0]))).toBe(true);
    expect(Number.isNaN(averagePrecision([0.1, 0.2], [0, 0]))).toBe(true);
  });

  it("counts the confusion matrix at the threshold", () => {
    const m = trainingMetrics([0.9, 0.8, 0.3, 0.1], [1, 0, 1, 0], 0.5);
    expect(m.alertRate).toBe(0.5);
    expect(m.precisionAtThreshold).toBe(0.5);
    expect(m.recallAtThreshold).toBe(0.5);
    expect(m.positiveRate).toBe(0.5);
    expect(m.brier).toBeCloseTo((0.01 + 0.64 + 0.49 + 0.01) / 4, 12);
  });
});
