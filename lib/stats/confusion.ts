// The confusion matrix at one operating threshold. This app flags an event when
// score >= threshold (the same rule as the ROC thresholds), so a threshold equal to a score
// flags it.

import { checkBinaryInput } from "@/lib/stats/binary-input";
import { sweepNegatives, sweepPositives, type BinarySweep } from "@/lib/stats/binary-sweep";

type Numbers = ArrayLike<number>;

export type ConfusionAtThreshold = {
  threshold: number;
  /** Counts, or summed weights when weighted. */
  tp: number;
  fp: number;
  tn: number;
  fn: number;
  /** tp / (tp + fp); 0 when nothing is flagged. */
  precision: number;
  /** tp / (tp + fn); 0 when there are no positives. */
  recall: number;
  /** 2PR / (P + R); 0 when P + R = 0 (including when either is undefined). */
  f1: number;
  /** fp / (fp + tn); 0 when there are no negatives. */
  fpr: number;
};

// Undefined ratios read 0, scikit-learn's zero_division=0: a dashboard tile then shows 0 %
// rather than breaking, and the counts next to it say why.
function ratio(numerator: number, denominator: number): number {
  return denominator > 0 ? numerator / denominator : 0;
}

export function confusionFromCounts(threshold: number, tp: number, fp: number, tn: number, fn: number): ConfusionAtThreshold {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = ratio(2 * precision * recall, precision + recall);
  return { threshold, tp, fp, tn, fn, precision, recall, f1, fpr: ratio(fp, fp + tn) };
}

export function confusionAtThreshold(scores: Numbers, labels: Numbers, threshold: number, weights?: Numbers): ConfusionAtThreshold {
  checkBinaryInput(scores, labels, weights);
  if (Number.isNaN(threshold)) throw new RangeError("confusionAtThreshold: threshold is NaN");
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  for (let i = 0; i < scores.length; i++) {
    const w = weights ? weights[i] : 1;
    const flagged = scores[i] >= threshold;
    if (labels[i] === 1) {
      if (flagged) tp += w;
      else fn += w;
    } else if (flagged) fp += w;
    else tn += w;
  }
  return confusionFromCounts(threshold, tp, fp, tn, fn);
}

/**
 * The same from a sweep in O(log n), for threshold sliders: the counts at or above a threshold
 * are those of the lowest distinct score that is still >= it.
 */
export function confusionFromSweep(sweep: BinarySweep, threshold: number): ConfusionAtThreshold {
  if (Number.isNaN(threshold)) throw new RangeError("confusionFromSweep: threshold is NaN");
  const t = sweep.thresholds; // descending
  // number of distinct scores >= threshold
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (t[mid] >= threshold) lo = mid + 1;
    else hi = mid;
  }
  const tp = lo > 0 ? sweep.tps[lo - 1] : 0;
  const fp = lo > 0 ? sweep.fps[lo - 1] : 0;
  return confusionFromCounts(threshold, tp, fp, sweepNegatives(sweep) - fp, sweepPositives(sweep) - tp);
}
