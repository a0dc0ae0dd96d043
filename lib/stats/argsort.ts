// Stable ascending argsort of doubles. Curves over a million scores sort once, and a comparator
// sort of an index array is ~400 ms there; an LSD radix sort on the IEEE-754 bits is ~60 ms and
// stable, which the weighted curves need: ties must keep their input order so cumulative weights
// are summed in the same order as the reference implementation (last-bit agreement decides which
// collinear ROC points are dropped).

type Numbers = ArrayLike<number>;

const DIGIT_BITS = 11;
const BUCKETS = 1 << DIGIT_BITS;
const MASK = BUCKETS - 1;
// 64 key bits in six digits: 11 + 11 + 10 from the low word, the same from the high word.
const PASSES = 6;

/**
 * Indices that put `values` in ascending order; tied values keep their input order. -0 and +0
 * count as equal. NaN is rejected (it has no place in an order).
 */
export function argsortAscending(values: Numbers): Uint32Array {
  const n = values.length;
  const bits = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = values[i];
    if (Number.isNaN(x)) throw new RangeError("argsortAscending: NaN in values");
    bits[i] = x + 0; // -0 + 0 is +0, so both zeros share one key
  }
  const words = new Uint32Array(bits.buffer);

  let lo = new Uint32Array(n);
  let hi = new Uint32Array(n);
  let index = new Uint32Array(n);
  const counts = new Uint32Array(PASSES * BUCKETS);
  for (let i = 0; i < n; i++) {
    let l = words[2 * i];
    let h = words[2 * i + 1];
    // Map doubles to unsigned integers in the same order: negatives flip every bit (their
    // magnitude order is reversed), non-negatives just set the sign bit.
    if (h & 0x80000000) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else {
      h = (h | 0x80000000) >>> 0;
    }
    lo[i] = l;
    hi[i] = h;
    index[i] = i;
    counts[l & MASK]++;
    counts[BUCKETS + ((l >>> 11) & MASK)]++;
    counts[2 * BUCKETS + (l >>> 22)]++;
    counts[3 * BUCKETS + (h & MASK)]++;
    counts[4 * BUCKETS + ((h >>> 11) & MASK)]++;
    counts[5 * BUCKETS + (h >>> 22)]++;
  }

  let loNext = new Uint32Array(n);
  let hiNext = new Uint32Array(n);
  let indexNext = new Uint32Array(n);
  for (let pass = 0; pass < PASSES; pass++) {
    const base = pass * BUCKETS;
    const shift = (pass % 3) * DIGIT_BITS;
    // Exclusive prefix sums turn counts into write positions; a digit every key shares
    // (common for scores in [0, 1]) leaves the order as it is and is skipped.
    let total = 0;
    let skip = false;
    for (let b = 0; b < BUCKETS; b++) {
      const c = counts[base + b];
      if (c === n) skip = true;
      counts[base + b] = total;
      total += c;
    }
    if (skip) continue;
    if (pass < 3) {
      for (let i = 0; i < n; i++) {
        const l = lo[i];
        const j = counts[base + ((l >>> shift) & MASK)]++;
        loNext[j] = l;
        hiNext[j] = hi[i];
        indexNext[j] = index[i];
      }
      [lo, loNext] = [loNext, lo];
    } else {
      // The low word is fully ordered by now; only the high word and the indices move.
      for (let i = 0; i < n; i++) {
        const h = hi[i];
        const j = counts[base + ((h >>> shift) & MASK)]++;
        hiNext[j] = h;
        indexNext[j] = index[i];
      }
    }
    [hi, hiNext] = [hiNext, hi];
    [index, indexNext] = [indexNext, index];
  }
  return index;
}
