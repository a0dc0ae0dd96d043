// Jensen–Shannon distance between two categorical distributions, as
// scipy.spatial.distance.jensenshannon(p, q, base=2): sqrt of the mean KL divergence of p and q
// from their midpoint m = (p + q)/2. With base 2 it lies in [0, 1] (1 = disjoint support) and,
// unlike KL or PSI, stays finite when a category appears on one side only — no smoothing needed.

type Numbers = ArrayLike<number>;

function normalised(values: Numbers): Float64Array | null {
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!(v >= 0) || !Number.isFinite(v)) throw new RangeError(`jensenShannonDistance: weights must be finite and non-negative, got ${v}`);
    total += v;
  }
  if (total === 0) return null;
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i] / total;
  return out;
}

/** x·ln(x/y), with 0·ln(0/y) = 0 (SciPy's rel_entr). */
function relativeEntropyTerm(x: number, y: number): number {
  if (x === 0) return 0;
  return x * Math.log(x / y);
}

/**
 * JS distance of p and q (counts or proportions; each is normalised). NaN when either side is
 * all zeros. Rounding can leave the divergence a hair below 0 for equal inputs; it is clamped,
 * where SciPy would return NaN.
 */
export function jensenShannonDistance(p: Numbers, q: Numbers, base = 2): number {
  if (p.length !== q.length) throw new RangeError(`jensenShannonDistance: ${p.length} categories vs ${q.length}`);
  const a = normalised(p);
  const b = normalised(q);
  if (a === null || b === null) return Number.NaN;
  let left = 0;
  let right = 0;
  for (let i = 0; i < a.length; i++) {
    const m = (a[i] + b[i]) / 2;
    left += relativeEntropyTerm(a[i], m);
    right += relativeEntropyTerm(b[i], m);
  }
  const divergence = (left + right) / Math.log(base);
  return Math.sqrt(Math.max(0, divergence / 2));
}
