// Histograms on fixed edges. Baselines store interior edges only (no ±∞ ends), and rollups at
// ingest must put a value in the same bin the baseline did: both go through binIndex.

type Numbers = ArrayLike<number>;

/**
 * Number of edges <= x, i.e. the bin of x when bin i holds edges[i-1] <= x < edges[i]
 * (bin 0 is everything below edges[0], bin edges.length everything from the last edge up).
 * Edges must be ascending. NaN lands in bin 0 (it compares false with every edge).
 */
export function binIndex(edges: Numbers, x: number): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (edges[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Counts per bin (edges.length + 1 bins) of values on interior edges. */
export function histogram(values: Numbers, edges: Numbers): number[] {
  const counts = new Array<number>(edges.length + 1).fill(0);
  for (let i = 0; i < values.length; i++) counts[binIndex(edges, values[i])]++;
  return counts;
}

/** Counts scaled to sum to 1; all zeros when there is nothing to scale. */
export function proportions(counts: Numbers): number[] {
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i];
  const out = new Array<number>(counts.length);
  for (let i = 0; i < counts.length; i++) out[i] = total > 0 ? counts[i] / total : 0;
  return out;
}

/** Interior edges k/bins (k = 1 … bins-1) of equal-width bins on [0, 1]. */
export function uniformEdges(bins: number): number[] {
  if (!Number.isInteger(bins) || bins < 1) throw new RangeError(`uniformEdges: bins must be a positive integer, got ${bins}`);
  const edges: number[] = [];
  for (let k = 1; k < bins; k++) edges.push(k / bins);
  return edges;
}

/**
 * Bin of a score in [0, 1] among `bins` equal-width bins; 1.0 goes in the last bin and values
 * outside [0, 1] are clamped. Agrees exactly with binIndex(uniformEdges(bins), score): the
 * floor of score·bins can be off by one next to an edge, so it is corrected against k/bins.
 */
export function uniformBinIndex(score: number, bins: number): number {
  if (!(score > 0)) return 0;
  if (score >= 1) return bins - 1;
  let index = Math.min(bins - 1, Math.floor(score * bins));
  if (index < bins - 1 && score >= (index + 1) / bins) index++;
  if (index > 0 && score < index / bins) index--;
  return index;
}

/** Counts of scores in `bins` equal-width bins on [0, 1]. */
export function uniformHistogram(scores: Numbers, bins: number): number[] {
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < scores.length; i++) counts[uniformBinIndex(scores[i], bins)]++;
  return counts;
}
