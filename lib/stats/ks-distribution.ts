// Null distributions of the Kolmogorov–Smirnov statistic, for the p-values of ks-test.ts.
//
// kolmogorovSf(n, x) = P(D_n >= x) for the two-sided one-sample statistic with n observations.
// It follows the region choices of Simard & L'Ecuyer, "Computing the Two-Sided
// Kolmogorov-Smirnov Distribution" (J. Stat. Software 39(11), 2011), because SciPy's kstwo
// does too and the two-sample asymptotic p-value must agree with SciPy's to 1e-9: two of the
// regions use approximations (Miller's 2·P(D+ >= x), and the Pelz–Good expansion), and an
// exact value there would differ from SciPy in the 5th–10th digit.
//   x >= 0.5, or n·x² large:      2·P(D_n+ >= x), exact for x >= 0.5 (the two one-sided events
//                                 cannot both happen) and Miller's approximation below
//   n·x <= 1, x >= 1 − 1/n:       Ruben–Gambino closed forms
//   small n·x² (and n <= 140):    Durbin's matrix formula, evaluated as Marsaglia, Tsang & Wang
//                                 (J. Stat. Software 8(18), 2003). Simard & L'Ecuyer use
//                                 Pomeranz's recursion for 0.754693 < n·x² <= 4; both are exact,
//                                 so the matrix is used there as well (agreement with SciPy
//                                 ~5e-15 absolute, ~6e-12 relative at p ≈ 7e-4).
//   otherwise:                    Pelz & Good's asymptotic series (JRSS B 38, 1976).

import { stirlingCorrection } from "@/lib/stats/special-functions";

const TWO_PI_ROOT = Math.sqrt(2 * Math.PI);
const PI2 = Math.PI * Math.PI;
const SCALE_UP = 1e140;
const SCALE_DOWN = 1e-140;

function clipProbability(p: number): number {
  return Math.min(1, Math.max(0, p));
}

/** ln k! − (k ln k − k + ½ ln 2πk): exact factorials below 10, Stirling's series above. */
function logFactorialCorrection(k: number): number {
  if (k >= 10) return stirlingCorrection(k);
  let factorial = 1;
  for (let i = 2; i <= k; i++) factorial *= i;
  return Math.log(factorial) - (k * Math.log(k) - k + 0.5 * Math.log(2 * Math.PI * k));
}

/**
 * P(D_n+ >= x), the one-sided Smirnov statistic, from the Birnbaum–Tingey sum
 * x · Σ_{j=0}^{⌊n(1−x)⌋} C(n, j) (x + j/n)^(j−1) (1 − x − j/n)^(n−j). Every term is positive,
 * so the sum is taken in logarithms (scaled by the largest) and keeps its relative precision
 * deep into the tail. For large n the logarithm of a term is a difference of numbers ~n ln n;
 * with Stirling's formula for C(n, j) those cancel analytically, leaving
 *   j·ln(1 + nx/j) + (n−j)·ln(1 − nx/(n−j)) + ½ ln(n / 2πj(n−j)) + corrections,
 * whose parts are ~nx, so the error no longer grows with n.
 */
export function smirnovSf(n: number, x: number): number {
  if (!Number.isInteger(n) || n < 1 || Number.isNaN(x)) return Number.NaN;
  if (x <= 0) return 1;
  if (x >= 1) return 0;
  const nx = n * x;
  const last = Math.floor(n - nx);
  const logTerms = new Float64Array(last + 1);
  const logX = Math.log(x);
  const correctionN = logFactorialCorrection(n);
  logTerms[0] = n * Math.log1p(-x); // j = 0: x · (1 − x)^n / x
  let maxLog = logTerms[0];
  for (let j = 1; j <= last; j++) {
    const rest = n - j;
    const below = rest - nx; // n·(1 − x − j/n)
    if (below <= 0) {
      logTerms[j] = Number.NEGATIVE_INFINITY;
      continue;
    }
    const w = nx / rest;
    const logRest = w < 0.5 ? Math.log1p(-w) : Math.log(below / rest);
    const logTerm =
      logX -
      Math.log(x + j / n) +
      j * Math.log1p(nx / j) +
      rest * logRest +
      0.5 * Math.log(n / (2 * Math.PI * j * rest)) +
      correctionN -
      logFactorialCorrection(j) -
      logFactorialCorrection(rest);
    logTerms[j] = logTerm;
    if (logTerm > maxLog) maxLog = logTerm;
  }
  if (maxLog === Number.NEGATIVE_INFINITY) return 0;
  let sum = 0;
  for (let j = 0; j <= last; j++) sum += Math.exp(logTerms[j] - maxLog);
  return clipProbability(Math.exp(maxLog + Math.log(sum)));
}

/** P(sup|B(t)| >= x) for a Brownian bridge B: the large-n limit of P(√n·D_n >= x) (SciPy's kstwobign). */
export function kolmogorovLimitSf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x <= 0) return 1;
  if (x < 1) {
    // Jacobi-theta form of the CDF converges fast for small x: √(2π)/x Σ exp(−(2k−1)²π²/(8x²)).
    let sum = 0;
    for (let k = 1; k < 100; k++) {
      const term = Math.exp(-((2 * k - 1) ** 2) * PI2 / (8 * x * x));
      sum += term;
      if (term < 1e-17 * sum || term === 0) break;
    }
    return clipProbability(1 - (TWO_PI_ROOT / x) * sum);
  }
  // Alternating series 2 Σ (−1)^(k−1) exp(−2k²x²), fast for x >= 1.
  let sum = 0;
  for (let k = 1; k < 100; k++) {
    const term = Math.exp(-2 * k * k * x * x);
    sum += k % 2 === 1 ? term : -term;
    if (term < 1e-17 * Math.abs(sum) || term === 0) break;
  }
  return clipProbability(2 * sum);
}

/** C = A·B for m×m row-major matrices. */
function multiply(a: Float64Array, b: Float64Array, m: number): Float64Array {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let k = 0; k < m; k++) {
      const aik = a[i * m + k];
      if (aik === 0) continue;
      const rowB = k * m;
      const rowOut = i * m;
      for (let j = 0; j < m; j++) out[rowOut + j] += aik * b[rowB + j];
    }
  }
  return out;
}

/** Divides a non-negative matrix by 1e140 while it is large, counting how often (its exponent). */
function rescale(matrix: Float64Array): number {
  let steps = 0;
  let max = 0;
  for (let i = 0; i < matrix.length; i++) if (matrix[i] > max) max = matrix[i];
  while (max > SCALE_UP) {
    for (let i = 0; i < matrix.length; i++) matrix[i] *= SCALE_DOWN;
    max *= SCALE_DOWN;
    steps++;
  }
  return steps;
}

/**
 * P(D_n < d) by Durbin's matrix: with n·d = k − h (k integer, 0 <= h < 1) and the (2k−1)-square
 * matrix H below, P = n!/n^n · (H^n)[k−1][k−1]. All entries are non-negative, so the power
 * (by squaring, rescaled by 1e140 to stay in range) has no cancellation.
 */
function durbinCdf(n: number, d: number): number {
  const k = Math.ceil(n * d);
  const h = k - n * d;
  const m = 2 * k - 1;
  const factorial = [1];
  for (let i = 1; i <= m; i++) factorial.push(factorial[i - 1] * i);
  const H = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < m; j++) if (i - j + 1 >= 0) H[i * m + j] = 1 / factorial[i - j + 1];
  }
  for (let i = 0; i < m; i++) {
    H[i * m] -= h ** (i + 1) / factorial[i + 1];
    H[(m - 1) * m + i] -= h ** (m - i) / factorial[m - i];
  }
  if (2 * h - 1 > 0) H[(m - 1) * m] += (2 * h - 1) ** m / factorial[m];

  let result: Float64Array | null = null;
  let resultExponent = 0;
  let base: Float64Array = H;
  let baseExponent = 0;
  for (let power = n; power > 0; power = Math.floor(power / 2)) {
    if (power % 2 === 1) {
      result = result === null ? Float64Array.from(base) : multiply(result, base, m);
      resultExponent += baseExponent;
      resultExponent += rescale(result);
    }
    if (power > 1) {
      base = multiply(base, base, m);
      baseExponent *= 2;
      baseExponent += rescale(base);
    }
  }
  // n!/n^n applied factor by factor keeps the relative error near √n·ε (a log-gamma would not).
  let value = (result as Float64Array)[(k - 1) * m + (k - 1)];
  let exponent = resultExponent;
  for (let i = 1; i <= n; i++) {
    value *= i / n;
    if (value < SCALE_DOWN && value > 0) {
      value *= SCALE_UP;
      exponent--;
    }
  }
  for (; exponent > 0; exponent--) value *= SCALE_UP;
  for (; exponent < 0; exponent++) value *= SCALE_DOWN;
  return clipProbability(value);
}

/** Pelz–Good asymptotic expansion of P(D_n <= x) to order n^(−3/2), in z = x√n. */
function pelzGoodCdf(n: number, x: number): number {
  const z = x * Math.sqrt(n);
  const z2 = z * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const z8 = z4 * z4;
  // Sums over half-integers h = k + ½ (k >= 0), and over integers k >= 1.
  let k0 = 0;
  let k1 = 0;
  let k2Half = 0;
  let k3Half = 0;
  let k2Whole = 0;
  let k3Whole = 0;
  for (let k = 0; k < 200; k++) {
    const h2 = (k + 0.5) * (k + 0.5);
    const e = Math.exp((-PI2 * h2) / (2 * z2));
    k0 += e;
    k1 += (PI2 * h2 - z2) * e;
    k2Half += (6 * z6 + 2 * z4 + PI2 * (2 * z4 - 5 * z2) * h2 + PI2 * PI2 * (1 - 2 * z2) * h2 * h2) * e;
    k3Half +=
      (5 * PI2 * PI2 * PI2 * (1 - 6 * z2) * h2 * h2 * h2 +
        PI2 * PI2 * (212 * z4 - 60 * z2) * h2 * h2 +
        PI2 * (135 * z4 - 96 * z6) * h2 -
        30 * z6 -
        90 * z8) *
      e;
    const w2 = (k + 1) * (k + 1);
    const ew = Math.exp((-PI2 * w2) / (2 * z2));
    k2Whole += PI2 * w2 * ew;
    k3Whole += (3 * PI2 * w2 * z2 - PI2 * PI2 * w2 * w2) * ew;
    if (e < 1e-20 * k0 || e === 0) break;
  }
  const rootHalfPi = Math.sqrt(Math.PI / 2);
  const K0 = (TWO_PI_ROOT / z) * k0;
  const K1 = (rootHalfPi / (3 * z4)) * k1;
  const K2 = (rootHalfPi / (36 * z4 * z2 * z)) * k2Half - (rootHalfPi / (18 * z2 * z)) * k2Whole;
  const K3 = (rootHalfPi / (3240 * z8 * z2)) * k3Half + (rootHalfPi / (108 * z6)) * k3Whole;
  const rootN = Math.sqrt(n);
  return clipProbability(K0 + K1 / rootN + K2 / n + K3 / (n * rootN));
}

/** n!/n^n · (2nx − 1)^n, the exact CDF for 1/(2n) < x <= 1/n (Ruben & Gambino). */
function rubenGambinoLowerCdf(n: number, x: number): number {
  const factor = 2 * n * x - 1;
  let value = 1;
  for (let i = 1; i <= n; i++) value *= (i / n) * factor;
  return value;
}

/**
 * P(D_n >= x) for the two-sided one-sample KS statistic with n observations (SciPy's
 * kstwo.sf(x, n)). Agreement with SciPy: ~1e-13 relative where the value is computed directly
 * (the tail), a few 1e-15 absolute where it is 1 − CDF (regions where it is above ~5e-4).
 */
export function kolmogorovSf(n: number, x: number): number {
  if (!Number.isInteger(n) || n < 1 || Number.isNaN(x)) return Number.NaN;
  if (x >= 1) return 0;
  const t = n * x;
  if (t <= 0.5) return 1;
  if (t <= 1) return clipProbability(1 - rubenGambinoLowerCdf(n, x));
  if (t >= n - 1) return clipProbability(2 * (1 - x) ** n);
  if (x >= 0.5) return clipProbability(2 * smirnovSf(n, x));
  const nxx = t * x;
  if (n <= 140) {
    if (nxx <= 4) return clipProbability(1 - durbinCdf(n, x));
    return clipProbability(2 * smirnovSf(n, x));
  }
  if (nxx >= 370) return 0;
  if (nxx >= 2.2) return clipProbability(2 * smirnovSf(n, x));
  if (n <= 100000 && n * x ** 1.5 <= 1.4) return clipProbability(1 - durbinCdf(n, x));
  return clipProbability(1 - pelzGoodCdf(n, x));
}
