import { describe, expect, it } from "vitest";
import { classificationFixture, expectAllClose, expectScalarClose } from "@/lib/stats/fixtures/classification-fixture";
import { averagePrecision, precisionRecallCurve } from "@/lib/stats/precision-recall";
import { Rng } from "@/lib/stats/random";

// Reference: scikit-learn precision_recall_curve and average_precision_score, from
// fixtures/classification.json (see generate-classification.py).
describe("precisionRecallCurve and averagePrecision against scikit-learn", () => {
  it.each(classificationFixture().cases.map((c) => [c.name, c] as const))("%s", (name, c) => {
    const pr = precisionRecallCurve(c.scores, c.labels, c.weights);
    expectAllClose(pr.precision, c.pr.precision, `${name} precision`);
    expectAllClose(pr.recall, c.pr.recall, `${name} recall`);
    expectAllClose(pr.thresholds, c.pr.thresholds, `${name} thresholds`);
    const positives = c.labels.filter((y, i) => y === 1 && (c.weights?.[i] ?? 1) > 0).length;
    if (positives > 0) expectScalarClose(averagePrecision(c.scores, c.labels, c.weights), c.averagePrecision, `${name} AP`);
    // Without positives scikit-learn 1.2 warns and returns 0; recall is 0/0 there, so NaN.
    else expect(averagePrecision(c.scores, c.labels, c.weights)).toBeNaN();
  });
});

describe("precisionRecallCurve", () => {
  it("orders by increasing threshold and closes at precision 1, recall 0", () => {
    const pr = precisionRecallCurve([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]);
    expect(Array.from(pr.thresholds)).toEqual([0.1, 0.35, 0.4, 0.8]);
    expect(Array.from(pr.recall)).toEqual([1, 1, 0.5, 0.5, 0]);
    expect(pr.precision[0]).toBe(0.5);
    expect(pr.precision[1]).toBeCloseTo(2 / 3, 15);
    expect(Array.from(pr.precision.subarray(2))).toEqual([0.5, 1, 1]);
  });

  it("reads recall 1 everywhere when there are no positives (scikit-learn 1.2's convention)", () => {
    const pr = precisionRecallCurve([0.3, 0.6], [0, 0]);
    expect(Array.from(pr.recall)).toEqual([1, 1, 0]);
    expect(Array.from(pr.precision)).toEqual([0, 0, 1]);
  });
});

describe("averagePrecision", () => {
  it("is the step-wise sum of precision over recall gains, not the trapezoid", () => {
    // ranked: 1, 0, 1 → precision 1 at recall 1/2, 2/3 at recall 1
    const ap = averagePrecision([0.9, 0.8, 0.7], [1, 0, 1]);
    expect(ap).toBeCloseTo(0.5 * 1 + 0.5 * (2 / 3), 15);
    // the trapezoid over the same points would interpolate 1 → 2/3 across the second half
    expect(ap).toBeLessThan(0.5 + 0.5 * ((1 + 2 / 3) / 2));
  });

  it("is 1 without negatives and the positive share for a constant score", () => {
    expect(averagePrecision([0.2, 0.5], [1, 1])).toBe(1);
    const rng = new Rng(2);
    const labels: number[] = Array.from({ length: 400 }, () => (rng.bernoulli(0.3) ? 1 : 0));
    const share = labels.reduce((a, b) => a + b, 0) / labels.length;
    expect(averagePrecision(new Array(400).fill(0.5), labels)).toBeCloseTo(share, 15);
  });

  it("weights positives and negatives like repeated rows", () => {
    const scores = [0.9, 0.8, 0.7, 0.6, 0.3];
    const labels = [1, 0, 1, 0, 1];
    expect(averagePrecision(scores, labels, [1, 3, 1, 1, 2])).toBeCloseTo(
      averagePrecision([0.9, 0.8, 0.8, 0.8, 0.7, 0.6, 0.3, 0.3], [1, 0, 0, 0, 1, 0, 1, 1]),
      15,
    );
  });
});
