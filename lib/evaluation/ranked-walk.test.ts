import { describe, expect, it } from "vitest";
import { confusionAtThreshold } from "@/lib/stats/confusion";
import { fixtureCase } from "@/lib/stats/fixtures/classification-fixture";
import { averagePrecision, precisionRecallCurve } from "@/lib/stats/precision-recall";
import { Rng } from "@/lib/stats/random";
import { rocAuc, rocCurve } from "@/lib/stats/roc";
import { DEFAULT_GRID, emptyStatistics, exactBins, walkBins, type CurveGrid } from "./ranked-walk";

function walk(scores: number[], labels: number[], weights: number[], threshold: number, grid: CurveGrid = DEFAULT_GRID) {
  return walkBins(exactBins(scores, labels, weights), threshold, grid, emptyStatistics(grid));
}

/** Precision at the first point (from the highest threshold) whose recall reaches r, from lib/stats's curve. */
function precisionAtRecall(scores: number[], labels: number[], weights: number[], r: number): number {
  const curve = precisionRecallCurve(scores, labels, weights);
  // lib/stats orders by increasing threshold; walk it backwards (highest threshold first).
  for (let k = curve.recall.length - 2; k >= 0; k--) if (curve.recall[k] >= r - 1e-12) return curve.precision[k];
  return Number.NaN;
}

/** TPR on the piecewise-linear ROC at f, taking the highest TPR where the curve is vertical. */
function tprAtFpr(scores: number[], labels: number[], weights: number[], f: number): number {
  const { fpr, tpr } = rocCurve(scores, labels, weights, { dropIntermediate: false });
  let best = Number.NaN;
  for (let k = 0; k < fpr.length; k++) {
    if (fpr[k] <= f) best = tpr[k];
    if (fpr[k] > f) {
      const x0 = fpr[k - 1];
      return tpr[k - 1] + ((tpr[k] - tpr[k - 1]) * (f - x0)) / (fpr[k] - x0);
    }
  }
  return best;
}

describe("walkBins over exact bins", () => {
  it("agrees with lib/stats (itself checked against scikit-learn) on the fixtures", () => {
    for (const name of ["random", "heavy-ties", "weighted-random", "weighted-audit-sample"]) {
      const c = fixtureCase(name);
      const weights = c.weights ?? c.scores.map(() => 1);
      const t = c.atThreshold.threshold;
      const result = walk(c.scores, c.labels, weights, t);
      expect(result.averagePrecision).toBeCloseTo(c.averagePrecision, 10);
      expect(result.rocAuc).toBeCloseTo(c.rocAuc, 10);
      expect(result.precision).toBeCloseTo(c.atThreshold.precision, 10);
      expect(result.recall).toBeCloseTo(c.atThreshold.recall, 10);
      expect(result.f1).toBeCloseTo(c.atThreshold.f1, 10);
    }
  });

  it("equals lib/stats with the weights a bootstrap resample gives (multiplicities, zeros)", () => {
    const rng = new Rng(11);
    for (let trial = 0; trial < 20; trial++) {
      const n = 50 + trial * 13;
      const scores = Array.from({ length: n }, () => Math.round(rng.uniform() * 40) / 40); // many ties
      const labels = scores.map((s) => (rng.uniform() < s * 0.8 ? 1 : 0));
      const weights = scores.map(() => (rng.uniform() < 0.3 ? 0 : rng.int(1, 3) * (rng.uniform() < 0.2 ? 66.7 : 1)));
      const t = 0.5;
      const result = walk(scores, labels, weights, t);
      expect(result.averagePrecision).toBeCloseTo(averagePrecision(scores, labels, weights), 12);
      expect(result.rocAuc).toBeCloseTo(rocAuc(scores, labels, weights), 12);
      const confusion = confusionAtThreshold(scores, labels, t, weights);
      expect([result.precision, result.recall, result.f1].map((x) => x.toFixed(12))).toEqual([confusion.precision, confusion.recall, confusion.f1].map((x) => x.toFixed(12)));
      DEFAULT_GRID.recall.forEach((r, j) => {
        const expected = precisionAtRecall(scores, labels, weights, r);
        if (Number.isNaN(expected)) expect(result.precisionAtRecall[j]).toBeNaN();
        else expect(result.precisionAtRecall[j]).toBeCloseTo(expected, 12);
      });
      DEFAULT_GRID.fpr.forEach((f, j) => expect(result.tprAtFpr[j]).toBeCloseTo(tprAtFpr(scores, labels, weights, f), 12));
    }
  });

  it("reads the curves at grid points a hand calculation gives", () => {
    // Descending: 0.9 (+), 0.8 (−), 0.7 (+), 0.6 (−); two positives, two negatives.
    const grid = { recall: [0.5, 1], fpr: [0, 0.25, 0.5, 1] };
    const r = walk([0.6, 0.9, 0.7, 0.8], [0, 1, 1, 0], [1, 1, 1, 1], 0.75, grid);
    expect(Array.from(r.precisionAtRecall)).toEqual([1, 2 / 3]);
    // ROC points (0,0) (0,.5) (.5,.5) (.5,1) (1,1)
    expect(Array.from(r.tprAtFpr)).toEqual([0.5, 0.5, 1, 1]);
    expect(r.averagePrecision).toBeCloseTo(0.5 * 1 + 0.5 * (2 / 3), 15);
    expect(r.rocAuc).toBe(0.75);
    expect([r.precision, r.recall]).toEqual([0.5, 0.5]); // 0.9 and 0.8 flagged
  });

  it("is undefined, not zero, where a class is missing", () => {
    const r = walk([0.2, 0.4], [0, 0], [1, 1], 0.3);
    expect(r.averagePrecision).toBeNaN();
    expect(r.rocAuc).toBeNaN();
    expect(Array.from(r.tprAtFpr).every(Number.isNaN)).toBe(true);
    expect(Array.from(r.precisionAtRecall).every(Number.isNaN)).toBe(true);
    expect([r.precision, r.recall, r.f1]).toEqual([0, 0, 0]);
  });
});
