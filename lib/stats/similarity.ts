// Nearest neighbours by cosine similarity over dense vectors. Pure: no I/O.
// Used to compare SHAP explanation vectors: cosine ignores overall magnitude, so two alerts
// that fired "for the same reasons" match even when one fired harder than the other.

type Numbers = ArrayLike<number>;

/**
 * A dense vector in a fixed feature order; features the record lacks count as 0 (SHAP gives a
 * feature with no effect a zero contribution), and non-finite entries are treated the same way
 * so one bad value cannot poison every similarity.
 */
export function denseVector(values: Record<string, number> | null | undefined, features: readonly string[]): Float64Array {
  const out = new Float64Array(features.length);
  if (!values) return out;
  for (let i = 0; i < features.length; i++) {
    const value = values[features[i]];
    out[i] = typeof value === "number" && Number.isFinite(value) ? value : 0;
  }
  return out;
}

export function norm(a: Numbers): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * a[i];
  return Math.sqrt(sum);
}

/** cos(a, b) in [-1, 1]; NaN when either vector is all zeros (it has no direction). */
export function cosineSimilarity(a: Numbers, b: Numbers): number {
  if (a.length !== b.length) throw new RangeError(`cosineSimilarity: lengths differ (${a.length} vs ${b.length})`);
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i] * b[i];
  const denominator = norm(a) * norm(b);
  if (denominator === 0) return Number.NaN;
  // Rounding can push |cos| of parallel vectors a hair past 1.
  return Math.max(-1, Math.min(1, dot / denominator));
}

export type Neighbour = { index: number; similarity: number };

/**
 * The k candidates most similar to `query`, best first; ties keep the earlier candidate first
 * (callers pass candidates newest first, so the more recent of two equals wins).
 * Candidates with no direction (NaN similarity) or similarity at or below `minSimilarity` are
 * skipped. Keeps a sorted buffer of k rather than sorting all n: O(n·k) with k ≈ 10.
 */
export function nearestByCosine(query: Numbers, candidates: readonly Numbers[], k: number, minSimilarity = -Infinity): Neighbour[] {
  const best: Neighbour[] = [];
  if (k <= 0) return best;
  const queryNorm = norm(query);
  if (queryNorm === 0) return best;
  for (let index = 0; index < candidates.length; index++) {
    const similarity = cosineSimilarity(query, candidates[index]);
    if (!(similarity > minSimilarity)) continue;
    if (best.length === k && similarity <= best[k - 1].similarity) continue;
    let at = best.length;
    while (at > 0 && best[at - 1].similarity < similarity) at--;
    best.splice(at, 0, { index, similarity });
    if (best.length > k) best.pop();
  }
  return best;
}
