// How many predictions a threshold would flag: the alert volume behind "alerts per day".
// Bin totals come from the daily score histograms written at ingest (exact counts on uniform
// bins, no scan of the prediction log). Inside the bin that holds the threshold, the labelled
// sample — weighted to stand for all predictions — says how the bin's predictions spread,
// scaled to the bin's exact total; without sample rows there, they are spread evenly.

import { uniformBinIndex } from "@/lib/stats/histogram";

export type ScoreHistogram = {
  /** Number of equal-width bins on [0, 1]; bin j holds j/bins <= score < (j+1)/bins (1 in the last). */
  bins: number;
  counts: number[];
};

export type VolumeSample = { scores: ArrayLike<number>; weights: ArrayLike<number> };

export type VolumeModel = { total: number; flagged: (threshold: number) => number };

export function volumeModel(histogram: ScoreHistogram, sample: VolumeSample | null): VolumeModel {
  const { bins, counts } = histogram;
  if (counts.length !== bins) throw new RangeError(`volumeModel: ${bins} bins but ${counts.length} counts`);
  // above[j]: predictions in bins j+1 … bins-1
  const above = new Array<number>(bins).fill(0);
  for (let j = bins - 2; j >= 0; j--) above[j] = above[j + 1] + counts[j + 1];
  const total = above[0] + (counts[0] ?? 0);

  // Per bin, the sample's rows (score, share of the bin), for the within-bin shape.
  const inBin = new Map<number, { score: number; weight: number }[]>();
  if (sample) {
    for (let i = 0; i < sample.scores.length; i++) {
      if (!(sample.weights[i] > 0)) continue;
      const j = uniformBinIndex(sample.scores[i], bins);
      const list = inBin.get(j) ?? [];
      list.push({ score: sample.scores[i], weight: sample.weights[i] });
      inBin.set(j, list);
    }
  }

  function withinBin(j: number, threshold: number): number {
    const count = counts[j];
    if (count === 0) return 0;
    const rows = inBin.get(j);
    if (rows) {
      let kept = 0;
      let all = 0;
      for (const row of rows) {
        all += row.weight;
        if (row.score >= threshold) kept += row.weight;
      }
      return (count * kept) / all;
    }
    // j + 1 − t·bins rather than ((j + 1)/bins − t)·bins: exact when t sits on the bin's edge.
    const share = j + 1 - threshold * bins;
    return count * Math.min(1, Math.max(0, share));
  }

  return {
    total,
    flagged(threshold: number): number {
      if (Number.isNaN(threshold)) throw new RangeError("volumeModel: threshold is NaN");
      if (threshold <= 0) return total;
      if (threshold > 1) return 0;
      const j = uniformBinIndex(threshold, bins);
      return above[j] + withinBin(j, threshold);
    },
  };
}
