// Precision–recall curve and average precision, defined to agree with scikit-learn's
// precision_recall_curve and average_precision_score, optionally weighted.

import { binaryClassificationSweep, sweepPositives, type BinarySweep } from "@/lib/stats/binary-sweep";

type Numbers = ArrayLike<number>;

export type PrecisionRecallCurve = {
  /** By increasing threshold; the last entry is 1 (the empty selection, by convention). */
  precision: Float64Array;
  /** By increasing threshold, so decreasing; the last entry is 0. */
  recall: Float64Array;
  /** Distinct scores, increasing; one fewer than precision and recall. */
  thresholds: Float64Array;
};

/**
 * The curve in scikit-learn's order. Where nothing is selected precision is 0/0 and reads 0;
 * without positives recall is 0/0 and reads 1 at every threshold (scikit-learn 1.2's choice,
 * kept so the arrays agree — averagePrecision reports NaN for that case instead).
 */
export function precisionRecallFromSweep(sweep: BinarySweep): PrecisionRecallCurve {
  const { tps, fps } = sweep;
  const m = tps.length;
  const positives = sweepPositives(sweep);
  const precision = new Float64Array(m + 1);
  const recall = new Float64Array(m + 1);
  const thresholds = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const r = m - 1 - k;
    const selected = tps[k] + fps[k];
    precision[r] = selected !== 0 ? tps[k] / selected : 0;
    recall[r] = positives === 0 ? 1 : tps[k] / positives;
    thresholds[r] = sweep.thresholds[k];
  }
  precision[m] = 1;
  recall[m] = 0;
  return { precision, recall, thresholds };
}

/**
 * Σₖ (Rₖ − Rₖ₋₁)·Pₖ over thresholds from the highest down (R₋₁ = 0): the step-wise area, which
 * unlike the trapezoid never interpolates precision optimistically between points.
 * NaN without positives — recall is undefined there (scikit-learn 1.2 warns and returns 0).
 * Without negatives every precision is 1 and so is the result.
 */
export function averagePrecisionFromSweep(sweep: BinarySweep): number {
  const positives = sweepPositives(sweep);
  if (!(positives > 0)) return Number.NaN;
  const { tps, fps } = sweep;
  let sum = 0;
  let previousRecall = 0;
  for (let k = 0; k < tps.length; k++) {
    const recall = tps[k] / positives;
    sum += (recall - previousRecall) * (tps[k] / (tps[k] + fps[k]));
    previousRecall = recall;
  }
  return sum;
}

export function precisionRecallCurve(scores: Numbers, labels: Numbers, weights?: Numbers): PrecisionRecallCurve {
  return precisionRecallFromSweep(binaryClassificationSweep(scores, labels, weights));
}

export function averagePrecision(scores: Numbers, labels: Numbers, weights?: Numbers): number {
  return averagePrecisionFromSweep(binaryClassificationSweep(scores, labels, weights));
}
