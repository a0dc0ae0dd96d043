import { describe, expect, it } from "vitest";
import { binaryClassificationSweep } from "@/lib/stats/binary-sweep";
import { classificationFixture, expectAllClose, expectScalarClose } from "@/lib/stats/fixtures/classification-fixture";
import { Rng } from "@/lib/stats/random";
import { rocAuc, rocCurve, rocFromSweep } from "@/lib/stats/roc";

// Reference: scikit-learn roc_curve (drop_intermediate=True) and roc_auc_score, from
// fixtures/classification.json (see generate-classification.py).
describe("rocCurve and rocAuc against scikit-learn", () => {
  it.each(classificationFixture().cases.map((c) => [c.name, c] as const))("%s", (name, c) => {
    const roc = rocCurve(c.scores, c.labels, c.weights);
    expectAllClose(roc.fpr, c.roc.fpr, `${name} fpr`);
    expectAllClose(roc.tpr, c.roc.tpr, `${name} tpr`);
    expectAllClose(roc.thresholds, c.roc.thresholds, `${name} thresholds`);
    expectScalarClose(rocAuc(c.scores, c.labels, c.weights), c.rocAuc, `${name} auc`);
  });
});

describe("rocCurve", () => {
  it("starts at (0, 0) with an infinite threshold and ends at (1, 1)", () => {
    const roc = rocCurve([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]);
    expect(Array.from(roc.thresholds)).toEqual([Number.POSITIVE_INFINITY, 0.8, 0.4, 0.35, 0.1]);
    expect(Array.from(roc.fpr)).toEqual([0, 0, 0.5, 0.5, 1]);
    expect(Array.from(roc.tpr)).toEqual([0, 0.5, 0.5, 1, 1]);
  });

  it("keeps one point per distinct score when asked not to drop collinear ones", () => {
    const scores = [0.9, 0.8, 0.7, 0.6, 0.5, 0.5, 0.2];
    const labels = [1, 1, 1, 0, 0, 1, 0];
    expect(rocCurve(scores, labels, undefined, { dropIntermediate: false }).fpr).toHaveLength(7);
    // 0.8 lies inside the vertical run 0.9 → 0.7 (positives only), so it is dropped
    expect(Array.from(rocCurve(scores, labels).thresholds)).toEqual([Number.POSITIVE_INFINITY, 0.9, 0.7, 0.6, 0.5, 0.2]);
  });

  it("treats integer weights as repeated rows and unit weights as none", () => {
    const rng = new Rng(11);
    const scores = Array.from({ length: 200 }, () => Math.round(rng.uniform() * 50) / 50);
    const labels = scores.map((s) => (rng.bernoulli(s) ? 1 : 0));
    const weights = scores.map(() => rng.int(1, 3));
    const repeatedScores: number[] = [];
    const repeatedLabels: number[] = [];
    scores.forEach((s, i) => {
      for (let k = 0; k < weights[i]; k++) {
        repeatedScores.push(s);
        repeatedLabels.push(labels[i]);
      }
    });
    const weighted = rocCurve(scores, labels, weights);
    const repeated = rocCurve(repeatedScores, repeatedLabels);
    expectAllClose(weighted.fpr, Array.from(repeated.fpr), "fpr", 1e-12);
    expectAllClose(weighted.tpr, Array.from(repeated.tpr), "tpr", 1e-12);
    expect(rocAuc(scores, labels, weights)).toBeCloseTo(rocAuc(repeatedScores, repeatedLabels), 12);
    expect(rocAuc(scores, labels, scores.map(() => 1))).toBe(rocAuc(scores, labels));
  });

  it("leaves zero-weight rows out instead of giving them thresholds", () => {
    const roc = rocCurve([0.9, 0.5, 0.3, 0.1], [1, 0, 1, 0], [1, 0, 1, 1], { dropIntermediate: false });
    expect(Array.from(roc.thresholds)).toEqual([Number.POSITIVE_INFINITY, 0.9, 0.3, 0.1]);
  });

  it("equals the Mann–Whitney probability that a positive outranks a negative (ties count 1/2)", () => {
    const rng = new Rng(5);
    const scores = Array.from({ length: 300 }, () => Math.round(rng.uniform() * 20));
    const labels = scores.map((s) => (rng.bernoulli(0.2 + s / 40) ? 1 : 0));
    let wins = 0;
    let pairs = 0;
    for (let i = 0; i < scores.length; i++) {
      if (labels[i] !== 1) continue;
      for (let j = 0; j < scores.length; j++) {
        if (labels[j] !== 0) continue;
        pairs++;
        wins += scores[i] > scores[j] ? 1 : scores[i] === scores[j] ? 0.5 : 0;
      }
    }
    expect(rocAuc(scores, labels)).toBeCloseTo(wins / pairs, 12);
  });

  it("returns NaN for the area when a class is missing, and NaN rates for that class", () => {
    // scikit-learn raises here; NaN lets a dashboard show "not enough labels" instead of failing.
    expect(rocAuc([0.2, 0.9], [1, 1])).toBeNaN();
    expect(rocAuc([0.2, 0.9], [0, 0])).toBeNaN();
    expect(rocAuc([0.2, 0.9], [1, 0], [0, 1])).toBeNaN();
    const roc = rocCurve([0.2, 0.9], [1, 1]);
    expect(Array.from(roc.fpr).every(Number.isNaN)).toBe(true);
    expect(Array.from(roc.tpr)).toEqual([0, 0.5, 1]);
  });

  it("handles empty input as a curve with only its starting point", () => {
    const roc = rocFromSweep(binaryClassificationSweep([], []));
    expect(Array.from(roc.thresholds)).toEqual([Number.POSITIVE_INFINITY]);
    expect(roc.fpr[0]).toBeNaN();
    expect(rocAuc([], [])).toBeNaN();
  });

  it("rejects bad input", () => {
    expect(() => rocCurve([0.1, Number.NaN], [0, 1])).toThrow(RangeError);
    expect(() => rocCurve([0.1, Number.POSITIVE_INFINITY], [0, 1])).toThrow(RangeError);
    expect(() => rocCurve([0.1, 0.2], [0, 2])).toThrow(RangeError);
    expect(() => rocCurve([0.1, 0.2], [0])).toThrow(RangeError);
    expect(() => rocCurve([0.1, 0.2], [0, 1], [1, -1])).toThrow(RangeError);
    expect(() => rocCurve([0.1, 0.2], [0, 1], [1])).toThrow(RangeError);
  });
});
