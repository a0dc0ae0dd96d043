// ROC curve and its area, defined to agree with scikit-learn's roc_curve (drop_intermediate=True)
// and roc_auc_score, optionally weighted (inverse-probability weights of an audit sample).

import { binaryClassificationSweep, sweepNegatives, sweepPositives, type BinarySweep } from "@/lib/stats/binary-sweep";

type Numbers = ArrayLike<number>;

export type RocCurve = {
  /** False-positive rate at each threshold (all NaN when there are no negatives). */
  fpr: Float64Array;
  /** True-positive rate at each threshold (all NaN when there are no positives). */
  tpr: Float64Array;
  /**
   * Decreasing; score >= threshold counts as positive. The first is +Infinity: the point
   * (0, 0) where nothing is flagged (scikit-learn >= 1.3; 1.2 used max score + 1).
   */
  thresholds: Float64Array;
};

export type RocOptions = {
  /** Drop points collinear with their neighbours, as scikit-learn does by default. */
  dropIntermediate?: boolean;
};

export function rocFromSweep(sweep: BinarySweep, { dropIntermediate = true }: RocOptions = {}): RocCurve {
  const { tps, fps } = sweep;
  const m = tps.length;
  // A point is a corner unless the step into it and the step out of it are the same in both
  // coordinates; the differences are taken exactly as written so that floating-point near-ties
  // in weighted counts keep or drop the same points as the reference.
  const keep = new Uint8Array(m).fill(1);
  let kept = m;
  if (dropIntermediate && m > 2) {
    for (let k = 1; k < m - 1; k++) {
      const fpCurve = fps[k + 1] - fps[k] - (fps[k] - fps[k - 1]);
      const tpCurve = tps[k + 1] - tps[k] - (tps[k] - tps[k - 1]);
      if (fpCurve === 0 && tpCurve === 0) {
        keep[k] = 0;
        kept--;
      }
    }
  }
  const negatives = sweepNegatives(sweep);
  const positives = sweepPositives(sweep);
  const fpr = new Float64Array(kept + 1);
  const tpr = new Float64Array(kept + 1);
  const thresholds = new Float64Array(kept + 1);
  thresholds[0] = Number.POSITIVE_INFINITY;
  for (let k = 0, j = 1; k < m; k++) {
    if (!keep[k]) continue;
    fpr[j] = fps[k] / negatives;
    tpr[j] = tps[k] / positives;
    thresholds[j] = sweep.thresholds[k];
    j++;
  }
  if (!(negatives > 0)) fpr.fill(Number.NaN);
  if (!(positives > 0)) tpr.fill(Number.NaN);
  return { fpr, tpr, thresholds };
}

/**
 * Area under the ROC curve by the trapezoid rule over every distinct threshold (dropping
 * collinear points changes nothing but rounding). NaN without both classes: scikit-learn raises
 * there, and an area with no positives or no negatives to rank is not a number.
 */
export function rocAucFromSweep(sweep: BinarySweep): number {
  const negatives = sweepNegatives(sweep);
  const positives = sweepPositives(sweep);
  if (!(negatives > 0 && positives > 0)) return Number.NaN;
  const { tps, fps } = sweep;
  // Trapezoids on counts, scaled once at the end: fewer roundings than on rates.
  let area = 0;
  let previousTp = 0;
  let previousFp = 0;
  for (let k = 0; k < tps.length; k++) {
    area += (fps[k] - previousFp) * (tps[k] + previousTp);
    previousTp = tps[k];
    previousFp = fps[k];
  }
  return area / 2 / positives / negatives;
}

export function rocCurve(scores: Numbers, labels: Numbers, weights?: Numbers, options?: RocOptions): RocCurve {
  return rocFromSweep(binaryClassificationSweep(scores, labels, weights), options);
}

export function rocAuc(scores: Numbers, labels: Numbers, weights?: Numbers): number {
  return rocAucFromSweep(binaryClassificationSweep(scores, labels, weights));
}
