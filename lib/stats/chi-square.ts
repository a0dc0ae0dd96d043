// Chi-square test of homogeneity for a categorical feature: are the category counts of the
// baseline and of the window draws from the same distribution? Matches
// scipy.stats.chi2_contingency([countsA, countsB], correction=False) on the 2 × k table.
// Categories absent from both rows are dropped first (SciPy refuses a zero expected count;
// a category nobody used carries no evidence either way), so dof = (categories seen) − 1.

import { chiSquareSf } from "@/lib/stats/special-functions";

type Numbers = ArrayLike<number>;

export type ChiSquareResult = { statistic: number; dof: number; pValue: number };

/** Pearson's statistic Σ (O − E)² / E with E = row total · column total / grand total. */
export function chiSquareHomogeneity(countsA: Numbers, countsB: Numbers): ChiSquareResult {
  if (countsA.length !== countsB.length) throw new RangeError(`chiSquareHomogeneity: ${countsA.length} categories vs ${countsB.length}`);
  let totalA = 0;
  let totalB = 0;
  for (let i = 0; i < countsA.length; i++) {
    const a = countsA[i];
    const b = countsB[i];
    if (!(a >= 0) || !(b >= 0) || !Number.isFinite(a) || !Number.isFinite(b)) throw new RangeError("chiSquareHomogeneity: counts must be finite and non-negative");
    totalA += a;
    totalB += b;
  }
  if (totalA === 0 || totalB === 0) return { statistic: Number.NaN, dof: Number.NaN, pValue: Number.NaN };
  const total = totalA + totalB;
  let statistic = 0;
  let categories = 0;
  for (let i = 0; i < countsA.length; i++) {
    const column = countsA[i] + countsB[i];
    if (column === 0) continue;
    categories++;
    const expectedA = (totalA * column) / total;
    const expectedB = (totalB * column) / total;
    statistic += (countsA[i] - expectedA) ** 2 / expectedA + (countsB[i] - expectedB) ** 2 / expectedB;
  }
  const dof = categories - 1;
  // One category: nothing can differ (SciPy reports statistic 0, p 1 with dof 0).
  if (dof === 0) return { statistic: 0, dof: 0, pValue: 1 };
  return { statistic, dof, pValue: chiSquareSf(statistic, dof) };
}
