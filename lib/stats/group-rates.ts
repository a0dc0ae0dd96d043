// Error rates per entity group (business unit…) with the four-fifths parity band. Pure.
//
// Class comes from the latest verdict (TRUE_POSITIVE → 1, FALSE_POSITIVE → 0, the rest excluded),
// the decision is "alerted" (score ≥ threshold). Per group:
//   FPR = FP / (FP + TN)   over labelled negatives
//   FNR = FN / (FN + TP)   over labelled positives
// Counts are weighted: an audit-sample row below the threshold stands for 1/π rows, so
// each cell carries Σw and Σw². The 95 % interval is Wilson's score interval on the weighted
// rate with the Kish effective sample size n_eff = (Σw)² / Σw² in place of n (equal weights
// give back the ordinary Wilson interval).
//
// Parity: the four-fifths rule compares selection rates (min/max < 0.8 is adverse). For an error
// rate, lower is better, so the reference is the group with the lowest rate among those with
// enough labels, and a group is flagged when its rate exceeds 1.25 × the reference's
// (reference/rate < 0.8). With a reference rate of 0 the ratio is undefined (null) and any
// positive rate is flagged — the literal rule.
//
// Minimum-n guard: a rate rests on fewer than `minN` labelled rows of its class (raw rows, not
// weights) in a group says "not enough labels": it is shown, never flagged, never the reference.

export type WeightedCell = { n: number; w: number; w2: number };
export type GroupCounts = { group: string; tp: WeightedCell; fp: WeightedCell; tn: WeightedCell; fn: WeightedCell };

export type RateStatus = "ok" | "flagged" | "insufficient";
export type GroupRate = {
  /** weighted rate; null when the class has no weight in the group */
  rate: number | null;
  ci: { low: number; high: number } | null;
  /** labelled rows of the class (raw) */
  n: number;
  nEff: number;
  /** rate / reference rate; null without a reference or when the reference rate is 0 */
  ratio: number | null;
  status: RateStatus;
};
export type GroupRates = { group: string; fpr: GroupRate; fnr: GroupRate };
export type GroupRatesResult = {
  groups: GroupRates[];
  reference: { fpr: string | null; fnr: string | null };
  minN: number;
  /** flag when rate > band × reference rate */
  band: number;
};

export const DEFAULT_MIN_N = 30;
export const PARITY_BAND = 1.25;
const Z95 = 1.959963984540054;

export const emptyCell = (): WeightedCell => ({ n: 0, w: 0, w2: 0 });

export function addTo(cell: WeightedCell, weight: number): void {
  cell.n += 1;
  cell.w += weight;
  cell.w2 += weight * weight;
}

/** Wilson score interval for a proportion p observed on n (possibly effective) trials. */
export function wilsonInterval(p: number, n: number, z = Z95): { low: number; high: number } {
  if (!(n > 0)) return { low: 0, high: 1 };
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

function rateOf(errors: WeightedCell, correct: WeightedCell, minN: number): GroupRate {
  const w = errors.w + correct.w;
  const w2 = errors.w2 + correct.w2;
  const n = errors.n + correct.n;
  const nEff = w2 > 0 ? (w * w) / w2 : 0;
  const rate = w > 0 ? errors.w / w : null;
  return { rate, ci: rate === null ? null : wilsonInterval(rate, nEff), n, nEff, ratio: null, status: n >= minN && rate !== null ? "ok" : "insufficient" };
}

function applyParity(rates: { group: string; rate: GroupRate }[], band: number): string | null {
  let reference: { group: string; rate: GroupRate } | null = null;
  for (const r of rates) if (r.rate.status === "ok" && (reference === null || r.rate.rate! < reference.rate.rate!)) reference = r;
  if (!reference) return null;
  const refRate = reference.rate.rate!;
  for (const { rate } of rates) {
    if (rate.status !== "ok") continue;
    rate.ratio = refRate > 0 ? rate.rate! / refRate : null;
    if (rate.rate! > band * refRate) rate.status = "flagged";
  }
  return reference.group;
}

export function groupErrorRates(counts: readonly GroupCounts[], options: { minN?: number; band?: number } = {}): GroupRatesResult {
  const minN = options.minN ?? DEFAULT_MIN_N;
  const band = options.band ?? PARITY_BAND;
  const groups = counts.map((c) => ({ group: c.group, fpr: rateOf(c.fp, c.tn, minN), fnr: rateOf(c.fn, c.tp, minN) }));
  const fpr = applyParity(groups.map((g) => ({ group: g.group, rate: g.fpr })), band);
  const fnr = applyParity(groups.map((g) => ({ group: g.group, rate: g.fnr })), band);
  return { groups, reference: { fpr, fnr }, minN, band };
}
