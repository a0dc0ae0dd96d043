// A model's labelled rows as score bins walked from the highest score down: one pass yields
// every statistic the evaluation and its bootstrap need — average precision, ROC-AUC, the
// confusion at the operating threshold, and the curves read at fixed grid points (for the
// confidence bands). With one bin per distinct score the walk is exact and matches lib/stats
// (binary-sweep, precision-recall, roc, confusion): tied scores are one threshold, `score >=
// threshold` is flagged, undefined ratios in the confusion read 0. Resamples walk coarser bins
// (see score-bins.ts) so each costs O(bins), not O(rows).

import { argsortAscending } from "@/lib/stats/argsort";

export type Ranking = {
  /** Row indices by descending score. */
  order: Uint32Array;
  /** Scores by walk position. */
  scores: Float64Array;
};

export function rankDescending(scores: ArrayLike<number>): Ranking {
  const ascending = argsortAscending(scores);
  const n = ascending.length;
  const order = new Uint32Array(n);
  const sorted = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    order[r] = ascending[n - 1 - r];
    sorted[r] = scores[order[r]];
  }
  return { order, scores: sorted };
}

/** Where the curves are read for confidence bands. */
export type CurveGrid = {
  /** Precision is read at the first operating point (highest threshold) whose recall reaches each value. */
  recall: readonly number[];
  /** TPR is read on the piecewise-linear ROC curve at each false-positive rate. */
  fpr: readonly number[];
};

/** Recall 0.02 … 1 and an FPR grid dense near 0, where a SOC operates. */
export const DEFAULT_GRID: CurveGrid = {
  recall: Array.from({ length: 50 }, (_, i) => Number(((i + 1) * 0.02).toFixed(2))),
  fpr: [0, 0.0005, 0.001, 0.002, 0.003, 0.005, 0.0075, 0.01, 0.015, 0.02, 0.03, 0.04, 0.05, 0.075, 0.1, 0.125, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9, 1],
};

export type WalkStatistics = {
  averagePrecision: number;
  rocAuc: number;
  precision: number;
  recall: number;
  f1: number;
  /** Precision at each grid recall (NaN without positives). */
  precisionAtRecall: Float64Array;
  /** TPR at each grid FPR (NaN without both classes). */
  tprAtFpr: Float64Array;
};

export function emptyStatistics(grid: CurveGrid): WalkStatistics {
  return {
    averagePrecision: Number.NaN,
    rocAuc: Number.NaN,
    precision: 0,
    recall: 0,
    f1: 0,
    precisionAtRecall: new Float64Array(grid.recall.length),
    tprAtFpr: new Float64Array(grid.fpr.length),
  };
}

/** Bins in descending score order: the lowest score in each, and the weight of each class in it. */
export type BinnedCounts = { lowest: Float64Array; positive: Float64Array; negative: Float64Array };

/** One bin per distinct score: the exact curve. */
export function exactBins(scores: ArrayLike<number>, labels: ArrayLike<number>, weights: ArrayLike<number>): BinnedCounts {
  const { order, scores: sorted } = rankDescending(scores);
  const lowest: number[] = [];
  const positive: number[] = [];
  const negative: number[] = [];
  for (let r = 0; r < order.length; r++) {
    if (r === 0 || sorted[r] !== sorted[r - 1]) {
      lowest.push(sorted[r]);
      positive.push(0);
      negative.push(0);
    }
    const i = order[r];
    if (labels[i] === 1) positive[positive.length - 1] += weights[i];
    else negative[negative.length - 1] += weights[i];
  }
  return { lowest: Float64Array.from(lowest), positive: Float64Array.from(positive), negative: Float64Array.from(negative) };
}

const ratio = (numerator: number, denominator: number) => (denominator > 0 ? numerator / denominator : 0);

/**
 * Walks the bins (flagging each whole bin at once) and writes into `out`, which is reused
 * between resamples to spare the garbage collector. Bins with no weight add no point.
 */
export function walkBins(bins: BinnedCounts, threshold: number, grid: CurveGrid, out: WalkStatistics): WalkStatistics {
  const { lowest, positive, negative } = bins;
  const m = lowest.length;
  let positives = 0;
  let negatives = 0;
  for (let b = 0; b < m; b++) {
    positives += positive[b];
    negatives += negative[b];
  }
  const recallGrid = grid.recall;
  const fprGrid = grid.fpr;
  let nextRecall = 0;
  let nextFpr = 0;
  let tp = 0;
  let fp = 0;
  let previousTp = 0;
  let previousFp = 0;
  let previousRecall = 0;
  let sumPrecision = 0;
  let area = 0;
  let flaggedTp = 0;
  let flaggedFp = 0;
  const bothClasses = positives > 0 && negatives > 0;

  for (let b = 0; b < m; b++) {
    tp += positive[b];
    fp += negative[b];
    if (tp === previousTp && fp === previousFp) continue;
    if (lowest[b] >= threshold) {
      flaggedTp = tp;
      flaggedFp = fp;
    }
    area += (fp - previousFp) * (tp + previousTp);
    if (positives > 0) {
      const recall = tp / positives;
      const precision = tp / (tp + fp);
      sumPrecision += (recall - previousRecall) * precision;
      previousRecall = recall;
      // 1e-12: weighted sums may reach a recall of 1 as 0.9999999999999998.
      while (nextRecall < recallGrid.length && recall >= recallGrid[nextRecall] - 1e-12) out.precisionAtRecall[nextRecall++] = precision;
    }
    if (bothClasses) {
      const x0 = previousFp / negatives;
      const x1 = fp / negatives;
      const y0 = previousTp / positives;
      const y1 = tp / positives;
      // A vertical step keeps the grid point until the curve moves right of it: the TPR read at
      // an FPR is the highest reached there.
      while (nextFpr < fprGrid.length && x1 > fprGrid[nextFpr]) {
        const f = fprGrid[nextFpr];
        out.tprAtFpr[nextFpr++] = y0 + ((y1 - y0) * (f - x0)) / (x1 - x0);
      }
    }
    previousTp = tp;
    previousFp = fp;
  }
  // Only rounding leaves recall grid points unreached; the ROC ends at (1, 1).
  while (nextRecall < recallGrid.length) out.precisionAtRecall[nextRecall++] = Number.NaN;
  while (nextFpr < fprGrid.length) out.tprAtFpr[nextFpr++] = 1;
  if (!(positives > 0)) out.precisionAtRecall.fill(Number.NaN);
  if (!bothClasses) out.tprAtFpr.fill(Number.NaN);

  out.averagePrecision = positives > 0 ? sumPrecision : Number.NaN;
  out.rocAuc = bothClasses ? area / 2 / positives / negatives : Number.NaN;
  out.precision = ratio(flaggedTp, flaggedTp + flaggedFp);
  out.recall = ratio(flaggedTp, positives);
  out.f1 = ratio(2 * out.precision * out.recall, out.precision + out.recall);
  return out;
}
