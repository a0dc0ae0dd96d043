// Reliability of scores read as probabilities: the calibration curve (scikit-learn's
// calibration_curve, strategy="uniform"), the expected calibration error over the same bins,
// and the Brier score (brier_score_loss). Weights, when given, turn every count and mean into a
// weighted one (inverse-probability weights of an audit sample); zero weights drop a sample.

import { checkBinaryInput } from "@/lib/stats/binary-input";

type Numbers = ArrayLike<number>;

export type CalibrationCurve = {
  /** Number of equal-width bins requested on [0, 1]. */
  bins: number;
  /** Index (0 … bins-1) of each non-empty bin; empty bins are left out, as scikit-learn does. */
  binIndex: number[];
  /** Mean score in each bin (scikit-learn's prob_pred). */
  meanPredicted: number[];
  /** Share of positives in each bin (scikit-learn's prob_true). */
  fractionPositive: number[];
  /** Samples in each bin. */
  count: number[];
  /** Summed weights in each bin (equal to count when unweighted). */
  weight: number[];
};

/**
 * Bin of a probability among `bins` equal-width bins closed on the right: bin j holds
 * edge_j < p <= edge_{j+1}, 0 goes in the first bin. Edges are k·(1/bins), computed as numpy's
 * linspace computes them, so a score exactly on a round edge (0.3 is a common one) falls on
 * the same side as in scikit-learn — note this differs from histogram.ts's left-closed bins.
 */
export function calibrationBinIndex(p: number, bins: number): number {
  const step = 1 / bins;
  let index = Math.min(bins - 1, Math.max(0, Math.ceil(p * bins) - 1));
  while (index > 0 && !(index * step < p)) index--;
  while (index < bins - 1 && (index + 1) * step < p) index++;
  return index;
}

export function calibrationCurve(probabilities: Numbers, labels: Numbers, bins = 10, weights?: Numbers): CalibrationCurve {
  if (!Number.isInteger(bins) || bins < 1) throw new RangeError(`calibrationCurve: bins must be a positive integer, got ${bins}`);
  checkBinaryInput(probabilities, labels, weights, { probabilities: true });
  const total = new Float64Array(bins);
  const predicted = new Float64Array(bins);
  const positive = new Float64Array(bins);
  const count = new Float64Array(bins);
  for (let i = 0; i < probabilities.length; i++) {
    const w = weights ? weights[i] : 1;
    if (w === 0) continue;
    const b = calibrationBinIndex(probabilities[i], bins);
    count[b]++;
    if (weights) {
      total[b] += w;
      predicted[b] += w * probabilities[i];
      if (labels[i] === 1) positive[b] += w;
    } else {
      predicted[b] += probabilities[i];
      if (labels[i] === 1) positive[b]++;
    }
  }
  if (!weights) total.set(count);
  const curve: CalibrationCurve = { bins, binIndex: [], meanPredicted: [], fractionPositive: [], count: [], weight: [] };
  for (let b = 0; b < bins; b++) {
    if (count[b] === 0) continue;
    curve.binIndex.push(b);
    curve.meanPredicted.push(predicted[b] / total[b]);
    curve.fractionPositive.push(positive[b] / total[b]);
    curve.count.push(count[b]);
    curve.weight.push(total[b]);
  }
  return curve;
}

/**
 * Expected calibration error: Σ_b (W_b / W)·|fractionPositive_b − meanPredicted_b| over the
 * non-empty bins of the calibration curve (W_b the bin's weight, or count when unweighted;
 * W the total). 0 is perfectly calibrated; NaN for an empty curve. Only comparable between
 * curves with the same number of bins.
 */
export function expectedCalibrationError(curve: CalibrationCurve): number {
  let weighted = 0;
  let total = 0;
  for (let j = 0; j < curve.weight.length; j++) {
    weighted += curve.weight[j] * Math.abs(curve.fractionPositive[j] - curve.meanPredicted[j]);
    total += curve.weight[j];
  }
  return total > 0 ? weighted / total : Number.NaN;
}

/** Mean squared difference between probability and outcome (weighted mean when weighted); NaN when empty. */
export function brierScore(probabilities: Numbers, labels: Numbers, weights?: Numbers): number {
  checkBinaryInput(probabilities, labels, weights, { probabilities: true });
  let sum = 0;
  let total = 0;
  for (let i = 0; i < probabilities.length; i++) {
    const w = weights ? weights[i] : 1;
    const d = labels[i] - probabilities[i];
    sum += w * d * d;
    total += w;
  }
  return total > 0 ? sum / total : Number.NaN;
}
