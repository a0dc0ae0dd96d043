import { describe, expect, it } from "vitest";
import { binaryClassificationSweep } from "@/lib/stats/binary-sweep";
import { confusionAtThreshold, confusionFromCounts, confusionFromSweep } from "@/lib/stats/confusion";
import { classificationFixture, expectScalarClose } from "@/lib/stats/fixtures/classification-fixture";
import { Rng } from "@/lib/stats/random";

const FIELDS = ["tp", "fp", "tn", "fn", "precision", "recall", "f1", "fpr"] as const;

// Reference: scikit-learn confusion_matrix, precision_score, recall_score, f1_score
// (zero_division=0) on score >= threshold, from fixtures/classification.json.
describe("confusion at a threshold against scikit-learn", () => {
  it.each(classificationFixture().cases.map((c) => [c.name, c] as const))("%s", (name, c) => {
    const expected = c.atThreshold;
    const direct = confusionAtThreshold(c.scores, c.labels, expected.threshold, c.weights);
    const swept = confusionFromSweep(binaryClassificationSweep(c.scores, c.labels, c.weights), expected.threshold);
    for (const field of FIELDS) {
      expectScalarClose(direct[field], expected[field], `${name} ${field}`);
      expectScalarClose(swept[field], expected[field], `${name} ${field} (sweep)`);
    }
  });
});

describe("confusionAtThreshold", () => {
  it("flags a score equal to the threshold", () => {
    const m = confusionAtThreshold([0.5, 0.49, 0.5, 0.2], [1, 1, 0, 0], 0.5);
    expect([m.tp, m.fp, m.tn, m.fn]).toEqual([1, 1, 1, 1]);
    expect(m.fpr).toBe(0.5);
  });

  it("reads 0 for undefined precision, recall, F1 and FPR", () => {
    const nothingFlagged = confusionAtThreshold([0.1, 0.2], [1, 0], 0.9);
    expect(nothingFlagged.precision).toBe(0);
    expect(nothingFlagged.f1).toBe(0);
    const noPositives = confusionAtThreshold([0.1, 0.95], [0, 0], 0.9);
    expect(noPositives.recall).toBe(0);
    expect(noPositives.f1).toBe(0);
    expect(confusionAtThreshold([0.1, 0.95], [1, 1], 0.9).fpr).toBe(0);
  });

  it("computes F1 as the harmonic mean of precision and recall", () => {
    const m = confusionFromCounts(0.5, 6, 2, 10, 4);
    expect(m.precision).toBe(0.75);
    expect(m.recall).toBe(0.6);
    expect(m.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35, 15);
    expect(m.f1).toBeCloseTo((2 * 6) / (2 * 6 + 2 + 4), 15);
  });

  it("agrees with the sweep at thresholds between, on and beyond the scores", () => {
    const rng = new Rng(8);
    const scores = Array.from({ length: 500 }, () => Math.round(rng.uniform() * 30) / 30);
    const labels = scores.map((s) => (rng.bernoulli(s) ? 1 : 0));
    const sweep = binaryClassificationSweep(scores, labels);
    for (const t of [-1, 0, 1 / 30, 0.5, 0.51, 29 / 30, 1, 2, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY]) {
      expect(confusionFromSweep(sweep, t)).toEqual(confusionAtThreshold(scores, labels, t));
    }
  });

  it("rejects a NaN threshold", () => {
    expect(() => confusionAtThreshold([0.1], [1], Number.NaN)).toThrow(RangeError);
    expect(() => confusionFromSweep(binaryClassificationSweep([0.1], [1]), Number.NaN)).toThrow(RangeError);
  });
});
