// McNemar's test for two classifiers' decisions on the same labelled events: only the events
// where exactly one of them is right carry information. b = champion right and challenger
// wrong, c = the reverse. Under "equally accurate" each discordant event is a fair coin.
// Exact binomial p-value for fewer than 25 discordant events (the chi-square approximation is
// poor there), else the continuity-corrected chi-square with one degree of freedom — the
// choices statsmodels' mcnemar makes. Counts are events, not weights: it tests the labelled
// sample, and the UI says so.

export type McNemar = {
  /** Champion right, challenger wrong. */
  b: number;
  /** Champion wrong, challenger right. */
  c: number;
  method: "exact" | "chi-square";
  /** The chi-square statistic (null for the exact test). */
  statistic: number | null;
  pValue: number;
};

const EXACT_BELOW = 25;
const LOG_GAMMA_HALF = 0.5 * Math.log(Math.PI);

function logChoose(n: number, k: number): number {
  let sum = 0;
  for (let i = 1; i <= k; i++) sum += Math.log((n - k + i) / i);
  return sum;
}

/** Two-sided exact binomial p-value for k or fewer successes of n at 1/2 (symmetric: double the tail). */
function exactTwoSided(k: number, n: number): number {
  let tail = 0;
  for (let i = 0; i <= k; i++) tail += Math.exp(logChoose(n, i) - n * Math.LN2);
  return Math.min(1, 2 * tail);
}

/**
 * Upper regularized incomplete gamma Q(1/2, x): the chi-square(1) survival at 2x. Series below
 * x = 1.5, Lentz's continued fraction above (Numerical Recipes §6.2), both to ~1e-15.
 */
function gammaQHalf(x: number): number {
  const a = 0.5;
  if (x <= 0) return 1;
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 500; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-16) break;
    }
    return 1 - sum * Math.exp(-x + a * Math.log(x) - LOG_GAMMA_HALF);
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 500; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x + a * Math.log(x) - LOG_GAMMA_HALF) * h;
}

/** P(χ²₁ > statistic). */
export function chiSquare1Survival(statistic: number): number {
  return gammaQHalf(statistic / 2);
}

export function mcnemar(b: number, c: number): McNemar {
  if (!Number.isInteger(b) || !Number.isInteger(c) || b < 0 || c < 0) throw new RangeError(`mcnemar: counts must be whole numbers >= 0, got ${b} and ${c}`);
  const n = b + c;
  if (n < EXACT_BELOW) return { b, c, method: "exact", statistic: null, pValue: n === 0 ? 1 : exactTwoSided(Math.min(b, c), n) };
  const statistic = (Math.abs(b - c) - 1) ** 2 / n;
  return { b, c, method: "chi-square", statistic, pValue: chiSquare1Survival(statistic) };
}

/** Discordant counts from both models' decisions on the same labelled events. */
export function discordance(labels: ArrayLike<number>, scoresA: ArrayLike<number>, thresholdA: number, scoresB: ArrayLike<number>, thresholdB: number): { b: number; c: number } {
  let b = 0;
  let c = 0;
  for (let i = 0; i < labels.length; i++) {
    const rightA = (scoresA[i] >= thresholdA ? 1 : 0) === labels[i];
    const rightB = (scoresB[i] >= thresholdB ? 1 : 0) === labels[i];
    if (rightA && !rightB) b++;
    else if (!rightA && rightB) c++;
  }
  return { b, c };
}
