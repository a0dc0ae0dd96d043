// The thresholds a lead can choose between, each with its (weighted) confusion and the number of
// predictions it would flag. Candidates are a uniform grid plus the labelled scores themselves
// (thinned) plus the current threshold: scores of a rare-event detector bunch near 0, where a
// uniform grid alone would jump over every interesting operating point.

import { binaryClassificationSweep } from "@/lib/stats/binary-sweep";
import { confusionFromSweep } from "@/lib/stats/confusion";
import { thinnedIndices } from "@/lib/stats/evaluation";
import type { VolumeModel } from "./volume";

export type OperatingPoint = {
  threshold: number;
  /** Counts, or summed inverse-probability weights when weighted. */
  tp: number;
  fp: number;
  tn: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  fpr: number;
  /** Predictions in the range scoring >= threshold (null without the score histogram). */
  flagged: number | null;
};

const GRID_STEP = 0.01;
const MAX_SCORE_CANDIDATES = 300;

/** Ascending, distinct candidate thresholds in [0, 1]. */
export function candidateThresholds(scores: ArrayLike<number>, current: number, maxScores = MAX_SCORE_CANDIDATES): number[] {
  const sorted = Float64Array.from(scores).sort();
  const distinct: number[] = [];
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct.push(sorted[i]);
  const picked = thinnedIndices(distinct.length, Math.max(2, maxScores)).map((i) => distinct[i]);
  const grid = Array.from({ length: Math.round(1 / GRID_STEP) + 1 }, (_, i) => Number((i * GRID_STEP).toFixed(2)));
  const all = [...grid, ...picked, current].filter((t) => t >= 0 && t <= 1);
  return [...new Set(all)].sort((a, b) => a - b);
}

export function operatingPoints(
  rows: { scores: ArrayLike<number>; labels: ArrayLike<number>; weights?: ArrayLike<number> },
  thresholds: number[],
  volume: VolumeModel | null,
): OperatingPoint[] {
  const sweep = binaryClassificationSweep(rows.scores, rows.labels, rows.weights);
  return thresholds.map((threshold) => {
    const c = confusionFromSweep(sweep, threshold);
    return { ...c, threshold, flagged: volume ? volume.flagged(threshold) : null };
  });
}
