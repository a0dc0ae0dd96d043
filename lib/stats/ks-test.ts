// Two-sample Kolmogorov–Smirnov test, two-sided, agreeing with
// scipy.stats.ks_2samp(a, b, alternative="two-sided", method="auto") (SciPy 1.10):
// - statistic D = max |F_a − F_b| over the pooled values, ties handled by evaluating both
//   empirical CDFs after every copy of a value;
// - "auto" uses the exact null distribution when max(n1, n2) <= 10000 and the asymptotic one
//   otherwise (SciPy's documented rule, confirmed at n = 10000 / 10001);
// - exact: the probability that a uniformly random lattice path from (0, 0) to (n1, n2) leaves
//   the band |i/n1 − j/n2| < D (Hodges 1958), the null distribution for continuous data;
// - asymptotic: P(D_N >= D) of the one-sample statistic with N = round(n1·n2 / (n1 + n2))
//   (half to even, as numpy rounds), SciPy's kstwo.sf — see ks-distribution.ts. Its cost grows
//   with N in the tail (O(N) once p < ~0.02: ~20 ms at N = 50,000);
// - "limit" (not in SciPy): Kolmogorov's limiting law at D·√(n1·n2/(n1 + n2)), O(1), within
//   ~1/√N of "asymp" — for dashboards that test hundreds of large windows at once.

import { kolmogorovLimitSf, kolmogorovSf } from "@/lib/stats/ks-distribution";
import { sortedCopy } from "@/lib/stats/quantiles";

type Numbers = ArrayLike<number>;

export type KsMethod = "auto" | "exact" | "asymp" | "limit";

export type KsResult = {
  statistic: number;
  pValue: number;
  method: "exact" | "asymp" | "limit";
  /**
   * Where the largest gap is: for raw samples the value (as SciPy's statistic_location); for
   * histograms the bin index i, the gap being between the CDFs through bin i (just below edges[i]).
   */
  location: number;
  /** +1 when the first sample's CDF is above the second's there (first sample smaller), −1 otherwise. */
  sign: 1 | -1;
  n1: number;
  n2: number;
};

/** The largest sample size for which "auto" computes the exact p-value. */
export const KS_EXACT_MAX_SIZE = 10000;

function greatestCommonDivisor(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const fraction = x - floor;
  if (fraction > 0.5) return floor + 1;
  if (fraction < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

/**
 * Exact P(D >= span / (n1·n2)) under the null, `span` being the integer max |i·n2 − j·n1|.
 * Probability mass walks the lattice as a random path does — from (i, j) the next step takes
 * one of the n1 − i remaining first-sample values with probability (n1 − i)/(n1 + n2 − i − j) —
 * and mass reaching |i·n2 − j·n1| >= span is absorbed. Summing absorbed mass (all positive)
 * keeps full relative precision in the far tail, where 1 − P(inside) would round to 0.
 * Only the band around the diagonal is visited: O(n1 · n2 · D) work.
 */
function exactPValue(n1: number, n2: number, span: number): number {
  if (span <= 0) return 1;
  // Far beyond underflow: P(D >= d) <= ~2·exp(−2d²·n1·n2/(n1 + n2)) (the two-sample DKW bound),
  // so above 800 in the exponent the double result is 0 — skip a walk of up to 10⁸ cells.
  const d = span / (n1 * n2);
  if ((2 * d * d * n1 * n2) / (n1 + n2) > 800) return 0;
  const total = n1 + n2;
  const reciprocal = new Float64Array(total + 1); // 1/remaining; 0 at (n1, n2) stops the walk
  for (let r = 1; r <= total; r++) reciprocal[r] = 1 / r;
  let previous = new Float64Array(n2 + 1); // mass arriving from the row above
  let current = new Float64Array(n2 + 1);
  previous[0] = 1;
  let previousMin = 0;
  let previousMax = 0;
  let absorbed = 0;
  for (let i = 0; i <= n1; i++) {
    // Row i's inside cells: i·n2 − span < j·n1 < i·n2 + span.
    const bandMin = Math.max(0, Math.floor((i * n2 - span) / n1) + 1);
    const bandMax = Math.min(n2, Math.ceil((i * n2 + span) / n1) - 1);
    for (let j = previousMin; j <= previousMax && j < bandMin; j++) absorbed += previous[j];
    if (bandMin > bandMax) {
      for (let j = Math.max(previousMin, bandMin); j <= previousMax; j++) absorbed += previous[j];
      break;
    }
    const down = n1 - i;
    let fromLeft = 0;
    for (let j = bandMin; j <= bandMax; j++) {
      const mass = (j >= previousMin && j <= previousMax ? previous[j] : 0) + fromLeft;
      const scale = mass * reciprocal[total - i - j];
      current[j] = scale * down;
      fromLeft = scale * (n2 - j);
    }
    absorbed += fromLeft; // the step right out of the band's last cell leaves it
    [previous, current] = [current, previous];
    previousMin = bandMin;
    previousMax = bandMax;
  }
  return Math.min(1, absorbed);
}

/** p-value for D = span / (n1·n2), `span` an integer (exact arithmetic on the lattice). */
function pValueFromSpan(span: number, statistic: number, n1: number, n2: number, method: KsMethod): { pValue: number; method: KsResult["method"] } {
  if (method === "limit") return { pValue: kolmogorovLimitSf(statistic * Math.sqrt((n1 * n2) / (n1 + n2))), method: "limit" };
  const exact = method === "exact" || (method === "auto" && Math.max(n1, n2) <= KS_EXACT_MAX_SIZE);
  if (exact) return { pValue: exactPValue(n1, n2, span), method: "exact" };
  const effective = roundHalfEven((n1 * n2) / (n1 + n2));
  return { pValue: effective >= 1 ? kolmogorovSf(effective, statistic) : Number.NaN, method: "asymp" };
}

/**
 * Two-sided p-value of a KS statistic for sample sizes n1 and n2. D is snapped to the lattice
 * of attainable values k / lcm(n1, n2), as a statistic computed in floating point must be.
 */
export function ksTwoSamplePValue(statistic: number, n1: number, n2: number, method: KsMethod = "auto"): number {
  if (!(n1 >= 1 && n2 >= 1) || !Number.isInteger(n1) || !Number.isInteger(n2) || Number.isNaN(statistic)) return Number.NaN;
  const g = greatestCommonDivisor(n1, n2);
  const span = Math.round(statistic * (n1 / g) * n2) * g;
  return pValueFromSpan(span, statistic, n1, n2, method).pValue;
}

const EMPTY: Omit<KsResult, "n1" | "n2"> = { statistic: Number.NaN, pValue: Number.NaN, method: "exact", location: Number.NaN, sign: 1 };

/** Tracks the largest positive and negative CDF gaps and where they first occur, as SciPy reports them. */
class GapTracker {
  maxPositive = Number.NEGATIVE_INFINITY;
  maxNegative = Number.NEGATIVE_INFINITY;
  positiveSpan = 0;
  negativeSpan = 0;
  // SciPy takes the first maximum over [sorted a…, sorted b…]: the smallest value of the first
  // sample reaching it, or failing that the smallest value of the second.
  positiveAt = { inFirst: Number.NaN, inSecond: Number.NaN };
  negativeAt = { inFirst: Number.NaN, inSecond: Number.NaN };

  add(gap: number, span: number, location: number, inFirst: boolean, inSecond: boolean): void {
    if (gap > this.maxPositive) {
      this.maxPositive = gap;
      this.positiveSpan = span;
      this.positiveAt = { inFirst: Number.NaN, inSecond: Number.NaN };
    }
    if (gap === this.maxPositive) record(this.positiveAt, location, inFirst, inSecond);
    if (-gap > this.maxNegative) {
      this.maxNegative = -gap;
      this.negativeSpan = -span;
      this.negativeAt = { inFirst: Number.NaN, inSecond: Number.NaN };
    }
    if (-gap === this.maxNegative) record(this.negativeAt, location, inFirst, inSecond);
  }

  result(n1: number, n2: number, method: KsMethod): KsResult {
    const positive = this.maxPositive >= this.maxNegative;
    const statistic = positive ? this.maxPositive : this.maxNegative;
    const at = positive ? this.positiveAt : this.negativeAt;
    const span = positive ? this.positiveSpan : this.negativeSpan;
    const p = pValueFromSpan(span, statistic, n1, n2, method);
    return {
      // The exact branch reports D snapped to the lattice k / lcm(n1, n2), as SciPy does.
      statistic: p.method === "exact" ? span / (n1 * n2) : statistic,
      pValue: p.pValue,
      method: p.method,
      location: Number.isNaN(at.inFirst) ? at.inSecond : at.inFirst,
      sign: positive ? 1 : -1,
      n1,
      n2,
    };
  }
}

function record(at: { inFirst: number; inSecond: number }, location: number, inFirst: boolean, inSecond: boolean): void {
  if (inFirst && Number.isNaN(at.inFirst)) at.inFirst = location;
  if (inSecond && Number.isNaN(at.inSecond)) at.inSecond = location;
}

/**
 * Two-sample KS test on raw values (NaN is rejected). An empty sample gives NaN statistic and
 * p-value rather than an error: a monitoring window with no traffic is not a bug.
 * The exact p-value costs O(n1·n2·D); "auto" caps it at 10,000 per side.
 */
export function ksTwoSample(a: Numbers, b: Numbers, options: { method?: KsMethod } = {}): KsResult {
  const x = sortedCopy(a);
  const y = sortedCopy(b);
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0 || n2 === 0) return { ...EMPTY, n1, n2 };
  const tracker = new GapTracker();
  let i = 0;
  let j = 0;
  while (i < n1 || j < n2) {
    const value = i < n1 && (j >= n2 || x[i] <= y[j]) ? x[i] : y[j];
    const startI = i;
    const startJ = j;
    while (i < n1 && x[i] === value) i++;
    while (j < n2 && y[j] === value) j++;
    // Same arithmetic as SciPy (i/n1 − j/n2) so the reported statistic matches to the last bit;
    // the integer span carries the exact value into the p-value.
    tracker.add(i / n1 - j / n2, i * n2 - j * n1, value, i > startI, j > startJ);
  }
  return tracker.result(n1, n2, options.method ?? "auto");
}

function checkCounts(counts: Numbers, name: string): number {
  let total = 0;
  for (let k = 0; k < counts.length; k++) {
    const c = counts[k];
    if (!(c >= 0) || !Number.isInteger(c)) throw new RangeError(`${name}: counts must be non-negative integers, got ${c}`);
    total += c;
  }
  return total;
}

/**
 * KS test from two histograms on the same bins (rollups keep counts, not values). The
 * empirical CDFs are only known at the bin edges, so D here is max over edges of the CDF gap:
 * a lower bound on the raw-data statistic, exact at bin resolution. It equals ks_2samp on the
 * data with every value replaced by its bin index, and the p-value is computed for that D with
 * the real sample sizes — an approximation, conservative because D can only be underestimated.
 */
export function ksTwoSampleFromHistograms(countsA: Numbers, countsB: Numbers, options: { method?: KsMethod } = {}): KsResult {
  if (countsA.length !== countsB.length) throw new RangeError(`ksTwoSampleFromHistograms: ${countsA.length} bins vs ${countsB.length}`);
  const n1 = checkCounts(countsA, "ksTwoSampleFromHistograms");
  const n2 = checkCounts(countsB, "ksTwoSampleFromHistograms");
  if (n1 === 0 || n2 === 0) return { ...EMPTY, n1, n2 };
  const tracker = new GapTracker();
  let i = 0;
  let j = 0;
  for (let bin = 0; bin < countsA.length; bin++) {
    if (countsA[bin] === 0 && countsB[bin] === 0) continue;
    i += countsA[bin];
    j += countsB[bin];
    tracker.add(i / n1 - j / n2, i * n2 - j * n1, bin, countsA[bin] > 0, countsB[bin] > 0);
  }
  return tracker.result(n1, n2, options.method ?? "auto");
}
