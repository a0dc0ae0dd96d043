// Adjusted p-values for testing many features at once (one test per feature per window).
// Benjamini–Hochberg controls the false discovery rate — among features flagged, the expected
// share flagged wrongly — which suits drift monitoring (a few false flags are tolerable, missing
// a real shift is not). Holm controls the chance of any false flag at all, for when every flag
// pages someone. Both as scipy.stats.false_discovery_control(method="bh") (SciPy >= 1.11) and
// the textbook step-down Holm; compare to an unadjusted alpha.
// NaN p-values (a feature without data) stay NaN and do not count towards the number of tests.

type Numbers = ArrayLike<number>;

function finiteOrder(pValues: Numbers, name: string): number[] {
  const order: number[] = [];
  for (let i = 0; i < pValues.length; i++) {
    const p = pValues[i];
    if (Number.isNaN(p)) continue;
    if (!(p >= 0 && p <= 1)) throw new RangeError(`${name}: p-values must lie in [0, 1], got ${p}`);
    order.push(i);
  }
  // Stable, so tied p-values keep their input order (the adjusted values are equal anyway).
  return order.sort((a, b) => pValues[a] - pValues[b]);
}

/** BH step-up: adjusted p_(i) = min over j >= i of m·p_(j)/j, capped at 1. */
export function benjaminiHochberg(pValues: Numbers): Float64Array {
  const out = new Float64Array(pValues.length).fill(Number.NaN);
  const order = finiteOrder(pValues, "benjaminiHochberg");
  const m = order.length;
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const index = order[rank - 1];
    running = Math.min(running, (pValues[index] * m) / rank);
    out[index] = running;
  }
  return out;
}

/** Holm step-down: adjusted p_(i) = max over j <= i of min(1, (m − j + 1)·p_(j)). */
export function holm(pValues: Numbers): Float64Array {
  const out = new Float64Array(pValues.length).fill(Number.NaN);
  const order = finiteOrder(pValues, "holm");
  const m = order.length;
  let running = 0;
  for (let rank = 1; rank <= m; rank++) {
    const index = order[rank - 1];
    running = Math.max(running, Math.min(1, (m - rank + 1) * pValues[index]));
    out[index] = running;
  }
  return out;
}
