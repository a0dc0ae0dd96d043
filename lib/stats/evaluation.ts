// Everything the evaluation view and REST response need from (score, class) pairs, in one call
// that sorts once. The result is JSON-ready: plain arrays, and null where a value does not
// exist (JSON has no NaN or Infinity, and JSON.stringify would silently write null anyway —
// the type says so instead).

import { areProbabilities } from "@/lib/stats/binary-input";
import { binaryClassificationSweep, sweepNegatives, sweepPositives } from "@/lib/stats/binary-sweep";
import { brierScore, calibrationCurve, expectedCalibrationError, type CalibrationCurve } from "@/lib/stats/calibration";
import { confusionFromSweep, type ConfusionAtThreshold } from "@/lib/stats/confusion";
import { averagePrecisionFromSweep, precisionRecallFromSweep } from "@/lib/stats/precision-recall";
import { rocAucFromSweep, rocFromSweep } from "@/lib/stats/roc";

type Numbers = ArrayLike<number>;

export type EvaluationInput = {
  scores: Numbers;
  /** 1 = positive (true positive verdict), 0 = negative. */
  labels: Numbers;
  /** Inverse-probability weights (1 / inclusion probability); omit for a plain evaluation. */
  weights?: Numbers;
  /** Operating threshold: score >= threshold is flagged. */
  threshold: number;
  /** Equal-width calibration bins on [0, 1]. */
  calibrationBins?: number;
  /**
   * Thin each curve to at most this many points (first and last always kept) for a chart or a
   * response of bounded size. rocAuc and averagePrecision always use the full curves.
   */
  maxCurvePoints?: number;
};

export type Evaluation = {
  /** Rows given, and rows with class 1 (zero-weight rows included). */
  n: number;
  positives: number;
  /** Whether the figures below are inverse-probability-weighted estimates. */
  weighted: boolean;
  /** Summed weights of all rows and of positive rows (n and positives when unweighted). */
  weightedN: number;
  weightedPositives: number;
  /** null without both classes. */
  rocAuc: number | null;
  /** null without positives. */
  averagePrecision: number | null;
  /**
   * thresholds[0] is null: the point (0, 0) above every score, +Infinity in rocCurve.
   * fpr (tpr) is all null without negatives (positives).
   */
  roc: { fpr: (number | null)[]; tpr: (number | null)[]; thresholds: (number | null)[] };
  pr: { precision: number[]; recall: number[]; thresholds: number[] };
  /** null when some score lies outside [0, 1] (not a probability; Brier and ECE are null too). */
  calibration: CalibrationCurve | null;
  brier: number | null;
  ece: number | null;
  atThreshold: ConfusionAtThreshold;
};

function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

/** Indices of at most maxPoints entries out of `length`, evenly spread, ends included. */
export function thinnedIndices(length: number, maxPoints?: number): number[] {
  if (maxPoints === undefined || length <= maxPoints) return Array.from({ length }, (_, i) => i);
  if (!Number.isInteger(maxPoints) || maxPoints < 2) throw new RangeError(`maxCurvePoints must be an integer >= 2, got ${maxPoints}`);
  const indices: number[] = [];
  for (let j = 0; j < maxPoints; j++) indices.push(Math.round((j * (length - 1)) / (maxPoints - 1)));
  return indices;
}

function pickNullable(values: Float64Array, indices: number[]): (number | null)[] {
  return indices.map((i) => finiteOrNull(values[i]));
}

function pick(values: Float64Array, indices: number[]): number[] {
  return indices.map((i) => values[i]);
}

export function evaluateClassifier({ scores, labels, weights, threshold, calibrationBins = 10, maxCurvePoints }: EvaluationInput): Evaluation {
  if (Number.isNaN(threshold)) throw new RangeError("evaluateClassifier: threshold is NaN");
  const sweep = binaryClassificationSweep(scores, labels, weights);

  let positives = 0;
  for (let i = 0; i < labels.length; i++) positives += labels[i];

  const roc = rocFromSweep(sweep);
  const rocPoints = thinnedIndices(roc.fpr.length, maxCurvePoints);
  const pr = precisionRecallFromSweep(sweep);
  const prPoints = thinnedIndices(pr.precision.length, maxCurvePoints);
  // PR thresholds are one shorter than precision/recall (the final point has none).
  const prThresholdPoints = prPoints.filter((i) => i < pr.thresholds.length);

  const probabilities = areProbabilities(scores);
  const calibration = probabilities ? calibrationCurve(scores, labels, calibrationBins, weights) : null;

  return {
    n: scores.length,
    positives,
    weighted: sweep.weighted,
    weightedN: sweepPositives(sweep) + sweepNegatives(sweep),
    weightedPositives: sweepPositives(sweep),
    rocAuc: finiteOrNull(rocAucFromSweep(sweep)),
    averagePrecision: finiteOrNull(averagePrecisionFromSweep(sweep)),
    roc: { fpr: pickNullable(roc.fpr, rocPoints), tpr: pickNullable(roc.tpr, rocPoints), thresholds: pickNullable(roc.thresholds, rocPoints) },
    pr: { precision: pick(pr.precision, prPoints), recall: pick(pr.recall, prPoints), thresholds: pick(pr.thresholds, prThresholdPoints) },
    calibration,
    brier: probabilities ? finiteOrNull(brierScore(scores, labels, weights)) : null,
    ece: calibration ? finiteOrNull(expectedCalibrationError(calibration)) : null,
    atThreshold: confusionFromSweep(sweep, threshold),
  };
}
