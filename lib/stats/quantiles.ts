// Quantiles as numpy computes them by default (method "linear", Hyndman & Fan type 7), so that
// baselines built here and drift reports checked in a notebook agree on the bin edges.

type Numbers = ArrayLike<number>;

/** Ascending copy as a Float64Array (NaN is not allowed: it has no place in an order). */
export function sortedCopy(values: Numbers): Float64Array {
  const out = Float64Array.from(values);
  for (let i = 0; i < out.length; i++) if (Number.isNaN(out[i])) throw new RangeError("sortedCopy: NaN in values");
  return out.sort();
}

/**
 * The q-quantile (0 <= q <= 1) of ascending values with linear interpolation between the
 * order statistics at positions floor(h) and ceil(h), h = (n - 1)·q — numpy's default.
 */
export function quantile(sortedValues: Numbers, q: number): number {
  const n = sortedValues.length;
  if (n === 0) throw new RangeError("quantile of an empty array");
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile: q must be in [0, 1], got ${q}`);
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  if (lo >= n - 1) return sortedValues[n - 1];
  const t = h - lo;
  const a = sortedValues[lo];
  const b = sortedValues[lo + 1];
  const diff = b - a;
  // numpy's _lerp interpolates from the nearer end, which keeps the result inside [a, b] and
  // makes equal neighbours return exactly that value; doing the same reproduces its last bits.
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

/** Several quantiles of ascending values. */
export function quantiles(sortedValues: Numbers, qs: readonly number[]): number[] {
  return qs.map((q) => quantile(sortedValues, q));
}

/**
 * Interior cut points at k/bins (k = 1 … bins-1) of unsorted values, with repeats removed, so
 * bin i holds edges[i-1] <= x < edges[i]. A heavily tied feature (mostly zeros) ends up with
 * fewer bins instead of empty ones.
 */
export function quantileEdges(values: Numbers, bins = 10): number[] {
  if (!Number.isInteger(bins) || bins < 1) throw new RangeError(`quantileEdges: bins must be a positive integer, got ${bins}`);
  if (values.length === 0) return [];
  const sorted = sortedCopy(values);
  const edges: number[] = [];
  for (let k = 1; k < bins; k++) {
    const edge = quantile(sorted, k / bins);
    if (edges.length === 0 || edge > edges[edges.length - 1]) edges.push(edge);
  }
  return edges;
}

/** Percentiles 0, 1, …, 100 of unsorted values (101 numbers). */
export function percentileTable(values: Numbers): number[] {
  if (values.length === 0) throw new RangeError("percentileTable of an empty array");
  const sorted = sortedCopy(values);
  const table: number[] = [];
  for (let k = 0; k <= 100; k++) table.push(quantile(sorted, k / 100));
  return table;
}

/**
 * Where x falls in an ascending percentile table of m points (points i ↔ percentile
 * 100·i/(m-1); 101 points give 0..100), interpolating linearly between points. A value equal
 * to a run of tied points gets the middle of the run — a feature that is 0 for 60 % of the
 * reference reads as the 30th percentile, not the 0th or the 60th. Clamped to [0, 100].
 */
export function percentileRank(sortedPercentiles: Numbers, x: number): number {
  const m = sortedPercentiles.length;
  if (m < 2) throw new RangeError("percentileRank needs at least two table points");
  if (Number.isNaN(x)) return Number.NaN;
  const step = 100 / (m - 1);
  // first index with p >= x, and first index with p > x
  const lower = lowerBound(sortedPercentiles, x);
  const upper = upperBound(sortedPercentiles, x);
  if (upper > lower) return (((lower + upper - 1) / 2) * step);
  if (lower === 0) return 0;
  if (lower === m) return 100;
  const a = sortedPercentiles[lower - 1];
  const b = sortedPercentiles[lower];
  return (lower - 1 + (x - a) / (b - a)) * step;
}

function lowerBound(sorted: Numbers, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(sorted: Numbers, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
