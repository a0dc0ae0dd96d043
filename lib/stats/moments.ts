// Mean and standard deviation, from raw values or from running sums (what rollup tables keep).
// "population" divides by n (the spread of the data at hand, what a baseline stores);
// "sample" divides by n - 1 (an unbiased variance estimate of a wider population).

type Numbers = ArrayLike<number>;

export type Moments = { n: number; mean: number; populationStd: number; sampleStd: number };

export function mean(values: Numbers): number {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum / values.length;
}

/** Sum of squared deviations from the mean, two-pass with a compensation term for stability. */
function sumSquaredDeviations(values: Numbers, m: number): number {
  let squares = 0;
  let compensation = 0;
  for (let i = 0; i < values.length; i++) {
    const d = values[i] - m;
    squares += d * d;
    compensation += d;
  }
  return squares - (compensation * compensation) / values.length;
}

/** Standard deviation dividing by n. NaN for an empty array. */
export function populationStd(values: Numbers): number {
  if (values.length === 0) return Number.NaN;
  return Math.sqrt(Math.max(0, sumSquaredDeviations(values, mean(values)) / values.length));
}

/** Standard deviation dividing by n - 1. NaN for fewer than two values. */
export function sampleStd(values: Numbers): number {
  if (values.length < 2) return Number.NaN;
  return Math.sqrt(Math.max(0, sumSquaredDeviations(values, mean(values)) / (values.length - 1)));
}

export function moments(values: Numbers): Moments {
  return { n: values.length, mean: mean(values), populationStd: populationStd(values), sampleStd: sampleStd(values) };
}

/**
 * Moments from n, Σx and Σx². Less accurate than the two-pass formulas when the mean is large
 * against the spread (catastrophic cancellation); the variance is clamped at 0 for that reason.
 */
export function momentsFromSums(n: number, sum: number, sumSquares: number): Moments {
  if (n <= 0) return { n: 0, mean: Number.NaN, populationStd: Number.NaN, sampleStd: Number.NaN };
  const m = sum / n;
  const ss = Math.max(0, sumSquares - sum * m);
  return {
    n,
    mean: m,
    populationStd: Math.sqrt(ss / n),
    sampleStd: n > 1 ? Math.sqrt(ss / (n - 1)) : Number.NaN,
  };
}
