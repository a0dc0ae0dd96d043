// Cohen's kappa: agreement between two raters on nominal categories beyond what chance gives,
// κ = (pₒ − pₑ) / (1 − pₑ) with pₑ from each rater's own category shares (Cohen 1960), as
// scikit-learn's cohen_kappa_score computes it. Its standard error is the large-sample one of
// Fleiss, Cohen & Everitt (1969), as statsmodels' cohens_kappa reports it (var_kappa), and the
// 95 % interval is the Wald interval κ ± 1.96·SE clipped to [−1, 1]. Pure.

export type KappaUndefinedReason = "no_pairs" | "single_category";

export type Kappa = {
  /** pairs rated by both */
  n: number;
  /** every category either rater used, sorted */
  categories: string[];
  /** share of pairs where the two agree (pₒ) */
  observedAgreement: number | null;
  /** agreement expected by chance from each rater's shares (pₑ) */
  expectedAgreement: number | null;
  kappa: number | null;
  standardError: number | null;
  ci95: [number, number] | null;
  /**
   * Why κ is null: no pairs at all, or both raters used one and the same category (pₑ = 1, so
   * κ is 0/0: agreement is perfect but says nothing about telling categories apart).
   */
  undefinedReason: KappaUndefinedReason | null;
};

/** The standard normal's 97.5th percentile (scipy.stats.norm.isf(0.025)). */
export const Z_975 = 1.959963984540054;

export function cohenKappa(first: readonly string[], second: readonly string[]): Kappa {
  if (first.length !== second.length) throw new RangeError(`cohenKappa: the raters judged ${first.length} and ${second.length} items`);
  const n = first.length;
  const categories = [...new Set([...first, ...second])].sort();
  const none = { observedAgreement: null, expectedAgreement: null, kappa: null, standardError: null, ci95: null };
  if (n === 0) return { n, categories, ...none, undefinedReason: "no_pairs" };
  if (categories.length === 1) return { n, categories, ...none, observedAgreement: 1, expectedAgreement: 1, undefinedReason: "single_category" };

  const k = categories.length;
  const index = new Map(categories.map((category, i) => [category, i]));
  // p[i·k + j]: share of pairs the first rater put in i and the second in j.
  const p = new Float64Array(k * k);
  for (let item = 0; item < n; item++) p[index.get(first[item])! * k + index.get(second[item])!] += 1;
  for (let cell = 0; cell < p.length; cell++) p[cell] /= n;
  const rows = new Float64Array(k);
  const cols = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      rows[i] += p[i * k + j];
      cols[j] += p[i * k + j];
    }
  }
  let observed = 0;
  let expected = 0;
  for (let i = 0; i < k; i++) {
    observed += p[i * k + i];
    expected += rows[i] * cols[i];
  }
  const kappa = (observed - expected) / (1 - expected);

  let termA = 0;
  let termB = 0;
  for (let i = 0; i < k; i++) {
    termA += p[i * k + i] * (1 - (rows[i] + cols[i]) * (1 - kappa)) ** 2;
    for (let j = 0; j < k; j++) if (i !== j) termB += p[i * k + j] * (cols[i] + rows[j]) ** 2;
  }
  termB *= (1 - kappa) ** 2;
  const termC = (kappa - expected * (1 - kappa)) ** 2;
  // Exactly 0 at perfect agreement; rounding can take it a hair below.
  const variance = Math.max(0, (termA + termB - termC) / (1 - expected) ** 2 / n);
  const standardError = Math.sqrt(variance);
  const ci95: [number, number] = [Math.max(-1, kappa - Z_975 * standardError), Math.min(1, kappa + Z_975 * standardError)];
  return { n, categories, observedAgreement: observed, expectedAgreement: expected, kappa, standardError, ci95, undefinedReason: null };
}
