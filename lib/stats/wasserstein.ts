// First Wasserstein (earth mover's) distance between two 1-D distributions, as
// scipy.stats.wasserstein_distance: W1 = ∫ |U(t) − V(t)| dt over the two (weighted) empirical
// CDFs, a step-function integral between consecutive pooled values. It is in the feature's own
// units, so it is also reported divided by the baseline's standard deviation to compare
// features with each other.

type Numbers = ArrayLike<number>;

type Weighted = { values: Float64Array; cumulative: Float64Array; total: number };

function sortWithWeights(values: Numbers, weights: Numbers | undefined, name: string): Weighted {
  const n = values.length;
  if (n === 0) throw new RangeError(`wassersteinDistance: ${name} is empty`);
  if (weights !== undefined && weights.length !== n) throw new RangeError(`wassersteinDistance: ${name} has ${n} values but ${weights.length} weights`);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < n; i++) if (Number.isNaN(values[i])) throw new RangeError(`wassersteinDistance: NaN in ${name}`);
  order.sort((p, q) => values[p] - values[q]);
  const sorted = new Float64Array(n);
  const cumulative = new Float64Array(n);
  let running = 0;
  for (let k = 0; k < n; k++) {
    const w = weights === undefined ? 1 : weights[order[k]];
    if (!(w >= 0) || !Number.isFinite(w)) throw new RangeError(`wassersteinDistance: ${name} weights must be finite and non-negative`);
    sorted[k] = values[order[k]];
    running += w;
    cumulative[k] = running;
  }
  if (!(running > 0)) throw new RangeError(`wassersteinDistance: ${name} weights sum to zero`);
  return { values: sorted, cumulative, total: running };
}

/** Number of sorted values <= t (searchsorted side="right"), moving forward from `from`. */
function advance(sorted: Float64Array, from: number, t: number): number {
  let k = from;
  while (k < sorted.length && sorted[k] <= t) k++;
  return k;
}

/**
 * W1 between samples u and v, each optionally weighted (weights need not sum to 1, only to
 * something positive). Throws on empty samples or NaN, as SciPy does.
 */
export function wassersteinDistance(u: Numbers, v: Numbers, uWeights?: Numbers, vWeights?: Numbers): number {
  const a = sortWithWeights(u, uWeights, "u");
  const b = sortWithWeights(v, vWeights, "v");
  let ia = 0;
  let ib = 0;
  let distance = 0;
  // Walk the pooled sorted values; between t and the next pooled value both CDFs are constant.
  let t = Math.min(a.values[0], b.values[0]);
  for (;;) {
    ia = advance(a.values, ia, t);
    ib = advance(b.values, ib, t);
    const nextA = ia < a.values.length ? a.values[ia] : Number.POSITIVE_INFINITY;
    const nextB = ib < b.values.length ? b.values[ib] : Number.POSITIVE_INFINITY;
    const next = Math.min(nextA, nextB);
    if (next === Number.POSITIVE_INFINITY) break;
    const cdfA = ia === 0 ? 0 : a.cumulative[ia - 1] / a.total;
    const cdfB = ib === 0 ? 0 : b.cumulative[ib - 1] / b.total;
    distance += Math.abs(cdfA - cdfB) * (next - t);
    t = next;
  }
  return distance;
}

export type OuterBounds = { min: number; max: number };

/**
 * Representative points of the bins on interior `edges` (edges.length + 1 bins): the bin
 * midpoints, the two open-ended bins closed at `outer` (e.g. the baseline's min and max) or,
 * without it, one neighbouring bin width beyond the first and last edge.
 */
export function binMidpoints(edges: Numbers, outer?: OuterBounds): Float64Array {
  const k = edges.length;
  if (k === 0) return Float64Array.of(outer ? (outer.min + outer.max) / 2 : 0);
  let lo: number;
  let hi: number;
  if (outer) {
    lo = outer.min;
    hi = outer.max;
  } else {
    if (k < 2) throw new RangeError("binMidpoints: one interior edge needs explicit outer bounds");
    lo = edges[0] - (edges[1] - edges[0]);
    hi = edges[k - 1] + (edges[k - 1] - edges[k - 2]);
  }
  const full = [lo, ...Array.from(edges), hi];
  const out = new Float64Array(k + 1);
  for (let i = 0; i <= k; i++) out[i] = (full[i] + full[i + 1]) / 2;
  return out;
}

/**
 * W1 from two histograms on the same interior edges (what rollups keep), every count placed at
 * its bin's midpoint. An approximation at bin resolution: mass inside a bin is treated as if it
 * sat at the middle, so shifts smaller than a bin are under- or over-stated. NaN when either
 * side has no counts.
 */
export function wassersteinFromHistograms(edges: Numbers, countsA: Numbers, countsB: Numbers, outer?: OuterBounds): number {
  if (countsA.length !== edges.length + 1 || countsB.length !== edges.length + 1) {
    throw new RangeError(`wassersteinFromHistograms: ${edges.length} edges need ${edges.length + 1} counts per side`);
  }
  let totalA = 0;
  let totalB = 0;
  for (let i = 0; i < countsA.length; i++) {
    totalA += countsA[i];
    totalB += countsB[i];
  }
  if (!(totalA > 0) || !(totalB > 0)) return Number.NaN;
  const points = binMidpoints(edges, outer);
  return wassersteinDistance(points, points, countsA, countsB);
}

/**
 * W1 in units of the baseline's standard deviation, comparable across features. A constant
 * baseline (std 0) gives 0 when nothing moved and +Infinity when anything did.
 */
export function normalizedWasserstein(distance: number, baselineStd: number): number {
  if (Number.isNaN(distance) || Number.isNaN(baselineStd)) return Number.NaN;
  if (baselineStd > 0) return distance / baselineStd;
  return distance === 0 ? 0 : Number.POSITIVE_INFINITY;
}
