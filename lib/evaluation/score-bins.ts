// Groups a model's rows into score bins for the bootstrap: one bin per distinct score while
// there are few, otherwise runs of about n / maxBins rows. A bin never splits tied scores and
// never straddles the operating threshold, so the confusion at the threshold stays exact and
// only the curves' resolution between bins is coarsened (by about 1 / maxBins in recall).

import { rankDescending } from "./ranked-walk";

export const MAX_BOOTSTRAP_BINS = 200;

export type ScoreBins = {
  /** Bin of each row; bin 0 holds the highest scores. */
  binOf: Uint32Array;
  /** Lowest score in each bin. */
  lowest: Float64Array;
  /** True when each bin is one distinct score (the walk is then exact). */
  exact: boolean;
};

export function scoreBins(scores: ArrayLike<number>, threshold: number, maxBins = MAX_BOOTSTRAP_BINS): ScoreBins {
  const { order, scores: sorted } = rankDescending(scores);
  const n = order.length;
  let distinct = 0;
  for (let r = 0; r < n; r++) if (r === 0 || sorted[r] !== sorted[r - 1]) distinct++;
  const exact = distinct <= maxBins;
  const target = exact ? 1 : Math.ceil(n / maxBins);

  const binOf = new Uint32Array(n);
  const lowest: number[] = [];
  let size = 0;
  for (let r = 0; r < n; r++) {
    const startsGroup = r === 0 || sorted[r] !== sorted[r - 1];
    const crossesThreshold = r > 0 && sorted[r - 1] >= threshold && sorted[r] < threshold;
    if (r === 0 || (startsGroup && (size >= target || crossesThreshold))) {
      lowest.push(sorted[r]);
      size = 0;
    }
    lowest[lowest.length - 1] = sorted[r];
    binOf[order[r]] = lowest.length - 1;
    size++;
  }
  return { binOf, lowest: Float64Array.from(lowest), exact };
}
