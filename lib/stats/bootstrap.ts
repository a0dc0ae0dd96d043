// Percentile bootstrap confidence intervals. The statistic is a callback over resampled row
// indices, so one routine serves any metric (AUC, precision at a threshold, a mean) without
// copying the data; a seed pins every resample, so a reported interval can be reproduced.

import { quantile } from "@/lib/stats/quantiles";
import { Rng } from "@/lib/stats/random";

export type BootstrapOptions = {
  /** Number of resamples; 1000 is the usual default for 95 % intervals. */
  resamples?: number;
  seed: number;
  /** Coverage of the interval, in (0, 1). */
  level?: number;
};

export type ConfidenceInterval = {
  /** The statistic on the original sample (all indices 0 … n-1 once). */
  estimate: number;
  /** numpy-style quantiles (1 − level)/2 and (1 + level)/2 of the finite resampled values. */
  lower: number;
  upper: number;
  level: number;
  /** Resamples whose statistic was finite, the ones the interval is made of. */
  resamples: number;
  /**
   * Resamples whose statistic was NaN or infinite (an AUC resample that drew one class only)
   * and were left out. Many of them mean the interval describes a conditional distribution;
   * show it with care.
   */
  undefinedResamples: number;
};

/**
 * A statistic of the rows at `indices` (with repeats). The array is reused between calls:
 * read it, do not keep it.
 */
export type IndexStatistic = (indices: Uint32Array) => number;

/** values[indices[i]] for each i: the resampled column a statistic reads. */
export function gather(values: ArrayLike<number>, indices: Uint32Array): Float64Array {
  const out = new Float64Array(indices.length);
  for (let i = 0; i < indices.length; i++) out[i] = values[indices[i]];
  return out;
}

function checkOptions(n: number, { resamples = 1000, level = 0.95, seed }: BootstrapOptions) {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`bootstrap: n must be a positive integer, got ${n}`);
  if (!Number.isInteger(resamples) || resamples < 1) throw new RangeError(`bootstrap: resamples must be a positive integer, got ${resamples}`);
  if (!(level > 0 && level < 1)) throw new RangeError(`bootstrap: level must be in (0, 1), got ${level}`);
  if (!Number.isFinite(seed)) throw new RangeError(`bootstrap: seed must be a number, got ${seed}`);
  return { resamples, level, seed };
}

function identity(n: number): Uint32Array {
  const indices = new Uint32Array(n);
  for (let i = 0; i < n; i++) indices[i] = i;
  return indices;
}

function drawInto(rng: Rng, indices: Uint32Array): void {
  const n = indices.length;
  for (let i = 0; i < n; i++) indices[i] = Math.floor(rng.uniform() * n);
}

function interval(estimate: number, values: number[], level: number, attempted: number): ConfidenceInterval {
  const sorted = Float64Array.from(values).sort();
  const alpha = (1 - level) / 2;
  const empty = sorted.length === 0;
  return {
    estimate,
    lower: empty ? Number.NaN : quantile(sorted, alpha),
    upper: empty ? Number.NaN : quantile(sorted, 1 - alpha),
    level,
    resamples: sorted.length,
    undefinedResamples: attempted - sorted.length,
  };
}

/** Percentile bootstrap interval of a statistic over n rows. */
export function bootstrapCi(n: number, statistic: IndexStatistic, options: BootstrapOptions): ConfidenceInterval {
  const { resamples, level, seed } = checkOptions(n, options);
  const estimate = statistic(identity(n));
  const rng = new Rng(seed);
  const indices = new Uint32Array(n);
  const values: number[] = [];
  for (let r = 0; r < resamples; r++) {
    drawInto(rng, indices);
    const value = statistic(indices);
    if (Number.isFinite(value)) values.push(value);
  }
  return interval(estimate, values, level, resamples);
}

export type PairedInterval = {
  a: ConfidenceInterval;
  b: ConfidenceInterval;
  /** Interval of a − b computed per resample: it keeps the correlation of the two. */
  difference: ConfidenceInterval;
  /** Share of usable resamples where a − b > 0: a quick read of "a beats b", not a p-value. */
  shareAGreater: number;
};

/**
 * Two statistics over the same rows, resampled together — e.g. two models scored on the same
 * events. Resampling rows jointly keeps what the models share (the same hard events), so the
 * interval of the difference is much narrower than two independent intervals suggest.
 * A resample counts for all three intervals only if both statistics are finite on it.
 */
export function pairedBootstrapCi(n: number, statisticA: IndexStatistic, statisticB: IndexStatistic, options: BootstrapOptions): PairedInterval {
  const { resamples, level, seed } = checkOptions(n, options);
  const all = identity(n);
  const estimateA = statisticA(all);
  const estimateB = statisticB(all);
  const rng = new Rng(seed);
  const indices = new Uint32Array(n);
  const as: number[] = [];
  const bs: number[] = [];
  const differences: number[] = [];
  let greater = 0;
  for (let r = 0; r < resamples; r++) {
    drawInto(rng, indices);
    const a = statisticA(indices);
    const b = statisticB(indices);
    if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
    as.push(a);
    bs.push(b);
    differences.push(a - b);
    if (a > b) greater++;
  }
  return {
    a: interval(estimateA, as, level, resamples),
    b: interval(estimateB, bs, level, resamples),
    difference: interval(estimateA - estimateB, differences, level, resamples),
    shareAGreater: differences.length > 0 ? greater / differences.length : Number.NaN,
  };
}
