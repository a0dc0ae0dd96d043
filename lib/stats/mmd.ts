// Multivariate drift: squared Maximum Mean Discrepancy with a Gaussian (RBF) kernel and a
// permutation test. Per-feature tests miss a change in how features move together; MMD sees
// the joint distribution.
//
// Choices, stated exactly so results can be reproduced elsewhere:
// - Kernel k(x, y) = exp(−‖x − y‖² / (2σ²)), σ by the median heuristic: the median (numpy's,
//   mean of the middle two for an even count) of the Euclidean distances between all distinct
//   pairs of the pooled (subsampled) points. If more than half the pairs coincide the median is
//   0; then the median of the non-zero distances is used. Distances are Euclidean on the raw
//   coordinates, so callers should standardise features first (e.g. by the baseline's mean and
//   std), or one wide-ranged feature decides everything.
// - Unbiased estimator MMD²_u (Gretton et al., JMLR 2012, eq. 3): the within-sample kernel
//   means exclude i = j. It can be slightly negative when there is no difference.
// - Each side is subsampled without replacement to at most `maxPerSide` points (default 500),
//   so cost is bounded: the pooled kernel matrix is at most 1000 × 1000.
// - p-value from `permutations` (default 200) random relabellings of the pooled points:
//   (1 + #{permuted ≥ observed}) / (1 + permutations), never 0, smallest 1/201 by default.
// - Subsampling and permutations draw from Rng.derive(seed, …): same inputs and seed, same result.

import { Rng } from "@/lib/stats/random";

type Numbers = ArrayLike<number>;

export type MmdOptions = { maxPerSide?: number; permutations?: number; seed?: number; bandwidth?: number };

export type MmdResult = {
  mmd2: number;
  pValue: number;
  bandwidth: number;
  /** Points used per side after subsampling. */
  nX: number;
  nY: number;
  permutations: number;
};

function checkPoints(points: readonly Numbers[], dimension: number, name: string): void {
  for (const point of points) {
    if (point.length !== dimension) throw new RangeError(`mmd: ${name} mixes dimensions ${dimension} and ${point.length}`);
    for (let d = 0; d < dimension; d++) if (!Number.isFinite(point[d])) throw new RangeError(`mmd: non-finite coordinate in ${name}`);
  }
}

function subsample(points: readonly Numbers[], max: number, rng: Rng): Numbers[] {
  if (points.length <= max) return points.slice();
  const indices = Array.from({ length: points.length }, (_, i) => i);
  // Partial Fisher–Yates: the first `max` slots end up a uniform sample without replacement.
  for (let i = 0; i < max; i++) {
    const j = i + Math.floor(rng.uniform() * (points.length - i));
    [indices[i], indices[j]] = [indices[j], indices[i]];
  }
  return indices.slice(0, max).map((i) => points[i]);
}

function squaredDistances(points: readonly Numbers[]): Float64Array {
  const n = points.length;
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      let sum = 0;
      for (let d = 0; d < points[i].length; d++) {
        const diff = points[i][d] - points[j][d];
        sum += diff * diff;
      }
      out[i * n + j] = sum;
      out[j * n + i] = sum;
    }
  }
  return out;
}

function median(sorted: Float64Array): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** σ of the median heuristic from an n × n matrix of squared distances (see the header). */
function medianBandwidth(squared: Float64Array, n: number): number {
  const distances = new Float64Array((n * (n - 1)) / 2);
  let k = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) distances[k++] = Math.sqrt(squared[i * n + j]);
  distances.sort();
  const all = median(distances);
  if (all > 0) return all;
  let firstPositive = 0;
  while (firstPositive < distances.length && distances[firstPositive] === 0) firstPositive++;
  return firstPositive < distances.length ? median(distances.subarray(firstPositive)) : 0;
}

/** The median-heuristic σ for two samples pooled (what mmdPermutationTest uses). */
export function medianHeuristicBandwidth(x: readonly Numbers[], y: readonly Numbers[]): number {
  const pooled = [...x, ...y];
  return medianBandwidth(squaredDistances(pooled), pooled.length);
}

/** Sum of K over ordered pairs i ≠ j within `members`. */
function withinSum(kernel: Float64Array, n: number, members: Int32Array): number {
  let sum = 0;
  for (let a = 0; a < members.length; a++) {
    const row = members[a] * n;
    for (let b = a + 1; b < members.length; b++) sum += kernel[row + members[b]];
  }
  return 2 * sum;
}

function unbiasedMmd2(kernel: Float64Array, n: number, offDiagonalTotal: number, first: Int32Array, second: Int32Array): number {
  const m1 = first.length;
  const m2 = second.length;
  const s11 = withinSum(kernel, n, first);
  const s22 = withinSum(kernel, n, second);
  const s12 = (offDiagonalTotal - s11 - s22) / 2;
  return s11 / (m1 * (m1 - 1)) + s22 / (m2 * (m2 - 1)) - (2 * s12) / (m1 * m2);
}

/**
 * Unbiased MMD² between x and y (rows are points) with RBF bandwidth σ, no subsampling.
 * Each side needs at least two points.
 */
export function mmd2Unbiased(x: readonly Numbers[], y: readonly Numbers[], bandwidth: number): number {
  if (x.length < 2 || y.length < 2) throw new RangeError("mmd2Unbiased: each side needs at least two points");
  if (!(bandwidth > 0)) throw new RangeError(`mmd2Unbiased: bandwidth must be positive, got ${bandwidth}`);
  const dimension = x[0].length;
  checkPoints(x, dimension, "x");
  checkPoints(y, dimension, "y");
  const pooled = [...x, ...y];
  const kernel = rbfKernel(squaredDistances(pooled), bandwidth);
  const n = pooled.length;
  return unbiasedMmd2(kernel, n, offDiagonalSum(kernel, n), range(0, x.length), range(x.length, n));
}

function rbfKernel(squared: Float64Array, bandwidth: number): Float64Array {
  const scale = -1 / (2 * bandwidth * bandwidth);
  const out = new Float64Array(squared.length);
  for (let i = 0; i < squared.length; i++) out[i] = Math.exp(squared[i] * scale);
  return out;
}

function offDiagonalSum(kernel: Float64Array, n: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) sum += kernel[i * n + j];
  return 2 * sum;
}

/** Fisher–Yates on an index array (Rng.shuffle takes plain arrays). */
function shuffleInPlace(items: Int32Array, rng: Rng): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng.uniform() * (i + 1));
    const tmp = items[i];
    items[i] = items[j];
    items[j] = tmp;
  }
}

function range(from: number, to: number): Int32Array {
  const out = new Int32Array(to - from);
  for (let i = 0; i < out.length; i++) out[i] = from + i;
  return out;
}

/** MMD² with the median-heuristic RBF kernel and its permutation p-value (see the header). */
export function mmdPermutationTest(x: readonly Numbers[], y: readonly Numbers[], options: MmdOptions = {}): MmdResult {
  const maxPerSide = options.maxPerSide ?? 500;
  const permutations = options.permutations ?? 200;
  const seed = options.seed ?? 0;
  if (!Number.isInteger(maxPerSide) || maxPerSide < 2) throw new RangeError("mmdPermutationTest: maxPerSide must be an integer >= 2");
  if (!Number.isInteger(permutations) || permutations < 1) throw new RangeError("mmdPermutationTest: permutations must be a positive integer");
  if (x.length < 2 || y.length < 2) throw new RangeError("mmdPermutationTest: each side needs at least two points");
  const dimension = x[0].length;
  checkPoints(x, dimension, "x");
  checkPoints(y, dimension, "y");

  const sampleX = subsample(x, maxPerSide, Rng.derive(seed, "mmd", "subsample-x"));
  const sampleY = subsample(y, maxPerSide, Rng.derive(seed, "mmd", "subsample-y"));
  const pooled = [...sampleX, ...sampleY];
  const n = pooled.length;
  const squared = squaredDistances(pooled);
  const bandwidth = options.bandwidth ?? medianBandwidth(squared, n);
  const base = { bandwidth, nX: sampleX.length, nY: sampleY.length, permutations };
  // Every point identical: the two samples cannot be told apart.
  if (!(bandwidth > 0)) return { ...base, mmd2: 0, pValue: 1 };

  const kernel = rbfKernel(squared, bandwidth);
  const total = offDiagonalSum(kernel, n);
  const observed = unbiasedMmd2(kernel, n, total, range(0, sampleX.length), range(sampleX.length, n));

  const rng = Rng.derive(seed, "mmd", "permutations");
  const labels = range(0, n);
  // Relabelling only reorders the same sums, so equal statistics may differ in the last bits.
  const threshold = observed - 1e-12 * Math.abs(observed);
  let atLeast = 0;
  for (let b = 0; b < permutations; b++) {
    shuffleInPlace(labels, rng);
    const value = unbiasedMmd2(kernel, n, total, labels.subarray(0, sampleX.length), labels.subarray(sampleX.length));
    if (value >= threshold) atLeast++;
  }
  return { ...base, mmd2: observed, pValue: (1 + atLeast) / (1 + permutations) };
}
