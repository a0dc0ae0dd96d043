// Population Stability Index on the baseline's bins: Σ (a_i − e_i) · ln(a_i / e_i) over bin
// proportions e (expected, from the baseline) and a (actual, the window being checked).
//
// Smoothing: an empty bin makes ln(a/e) infinite, so every proportion is smoothed before the
// sum as p_i' = (p_i + ε) / (1 + k·ε) with ε = 1e-4 and k bins — added to all bins (not only
// the empty ones) so PSI stays continuous as a bin empties, then renormalised to sum to 1.
// An empty bin therefore counts as 0.01 % of traffic; a bin really at 0 vs 10 % contributes
// ~0.1 · ln(1000) ≈ 0.69, enough to flag it without the index blowing up.

type Numbers = ArrayLike<number>;

export const PSI_EPSILON = 1e-4;

/** Bands of the usual reading: below 0.1 stable, 0.1–0.25 moderate, above 0.25 significant. */
export const PSI_MODERATE = 0.1;
export const PSI_SIGNIFICANT = 0.25;

export type PsiBand = "stable" | "moderate" | "significant";

/** 0.1 itself is moderate and 0.25 itself is still moderate: "above 0.25" is significant. */
export function psiBand(value: number): PsiBand | null {
  if (Number.isNaN(value)) return null;
  if (value < PSI_MODERATE) return "stable";
  if (value <= PSI_SIGNIFICANT) return "moderate";
  return "significant";
}

function smoothedProportions(values: Numbers, epsilon: number): Float64Array | null {
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!(v >= 0) || !Number.isFinite(v)) throw new RangeError(`psi: counts and proportions must be finite and non-negative, got ${v}`);
    total += v;
  }
  if (total === 0) return null;
  const k = values.length;
  const out = new Float64Array(k);
  for (let i = 0; i < k; i++) out[i] = (values[i] / total + epsilon) / (1 + k * epsilon);
  return out;
}

/**
 * Per-bin terms (a_i − e_i)·ln(a_i/e_i), each >= 0, so a chart can show which bins moved.
 * `expected` may be counts or proportions (it is normalised); `actual` likewise. NaN terms when
 * either side has no data.
 */
export function psiContributions(expected: Numbers, actual: Numbers, epsilon = PSI_EPSILON): Float64Array {
  if (expected.length !== actual.length) throw new RangeError(`psi: ${expected.length} expected bins vs ${actual.length} actual`);
  const e = smoothedProportions(expected, epsilon);
  const a = smoothedProportions(actual, epsilon);
  const out = new Float64Array(expected.length);
  if (e === null || a === null) return out.fill(Number.NaN);
  for (let i = 0; i < out.length; i++) out[i] = (a[i] - e[i]) * Math.log(a[i] / e[i]);
  return out;
}

/** PSI of `actual` against `expected` on the same bins; NaN when either side is empty. */
export function psi(expected: Numbers, actual: Numbers, epsilon = PSI_EPSILON): number {
  const terms = psiContributions(expected, actual, epsilon);
  let sum = 0;
  for (let i = 0; i < terms.length; i++) sum += terms[i];
  return terms.length === 0 ? 0 : sum;
}
