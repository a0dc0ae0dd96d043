// The label-quality report from plain facts: agreement between a verdict and its blind second
// opinion (Cohen's kappa, overall and per first labeller), how often verdicts are overturned
// (superseded by a different verdict), and label delay (event to first verdict). Pure.
//
// Scope: verdicts given by a person (imported ones have nobody to learn from). A pair is a
// verdict and a second opinion on it; per analyst and per reason code it is counted for the
// first labeller and the first verdict's reason. Delay counts a prediction when its first
// verdict was given by a person, for that person and that verdict's reason.
import { cohenKappa } from "@/lib/stats/cohen-kappa";
import { quantile, sortedCopy } from "@/lib/stats/quantiles";
import { DEFAULT_VERDICT_CLASS, FALSE_POSITIVE_REASONS, type Verdict } from "@/lib/alerts/schemas";
import type { AnalystQuality, DelayOut, KappaOut, LabelQualityReport, ReasonQuality } from "./schemas";

export type LabelFact = {
  id: number;
  predictionId: number;
  /** the prediction's event time, epoch ms */
  predictionTime: number;
  verdict: Verdict;
  reasonCode: string | null;
  /** null: imported, nobody to credit */
  labelledById: string | null;
  /** epoch ms */
  at: number;
  supersedesId: number | null;
};

export type ReviewFact = { labelId: number; verdict: Verdict };

export type Person = { id: string; name: string; email: string };

export type LabelQualityInput = {
  labels: LabelFact[];
  reviews: ReviewFact[];
  people: Person[];
  minPairs: number;
};

export type LabelQualityFigures = Pick<LabelQualityReport, "totals" | "agreement" | "analysts" | "reasons">;

type Tally = { labels: number; overturned: number; firsts: string[]; seconds: string[]; delays: number[] };

const newTally = (): Tally => ({ labels: 0, overturned: 0, firsts: [], seconds: [], delays: [] });

const ratio = (count: number, of: number) => (of === 0 ? null : count / of);

export function delayOf(delays: number[]): DelayOut {
  if (delays.length === 0) return { n: 0, medianMs: null, p90Ms: null };
  const sorted = sortedCopy(delays);
  return { n: delays.length, medianMs: quantile(sorted, 0.5), p90Ms: quantile(sorted, 0.9) };
}

/** Kappa as the report shows it: "too few" below the minimum number of pairs. */
export function kappaOf(firsts: string[], seconds: string[], minPairs = 1): KappaOut {
  const result = cohenKappa(firsts, seconds);
  if (result.n > 0 && result.n < minPairs) return { ...result, kappa: null, standardError: null, ci95: null, undefinedReason: "too_few" };
  return result;
}

function countsOf(tally: Tally) {
  const agreed = tally.firsts.filter((first, i) => first === tally.seconds[i]).length;
  return {
    labels: tally.labels,
    overturned: tally.overturned,
    overturnRate: ratio(tally.overturned, tally.labels),
    pairs: tally.firsts.length,
    agreed,
    agreementRate: ratio(agreed, tally.firsts.length),
    delay: delayOf(tally.delays),
  };
}

const REASON_ORDER = Object.keys(FALSE_POSITIVE_REASONS);

/** Known reasons in the triage list's order, then others by name, then "no reason" last. */
function reasonRank(code: string | null): [number, string] {
  if (code === null) return [2, ""];
  const known = REASON_ORDER.indexOf(code);
  return known >= 0 ? [0, String(known).padStart(3, "0")] : [1, code];
}

export function aggregateLabelQuality(input: LabelQualityInput): LabelQualityFigures {
  const byId = new Map(input.labels.map((label) => [label.id, label]));
  const successor = new Map<number, LabelFact>();
  const firstOfPrediction = new Map<number, LabelFact>();
  for (const label of input.labels) {
    if (label.supersedesId !== null) successor.set(label.supersedesId, label);
    const first = firstOfPrediction.get(label.predictionId);
    if (!first || label.at < first.at || (label.at === first.at && label.id < first.id)) firstOfPrediction.set(label.predictionId, label);
  }

  const total = newTally();
  const byAnalyst = new Map<string, Tally>();
  const byReason = new Map<string | null, Tally>();
  const tallies = (label: LabelFact): Tally[] => {
    const analyst = byAnalyst.get(label.labelledById!) ?? newTally();
    byAnalyst.set(label.labelledById!, analyst);
    const reason = byReason.get(label.reasonCode) ?? newTally();
    byReason.set(label.reasonCode, reason);
    return [total, analyst, reason];
  };

  for (const label of input.labels) {
    if (label.labelledById === null) continue;
    const next = successor.get(label.id);
    const overturned = next !== undefined && next.verdict !== label.verdict;
    for (const tally of tallies(label)) {
      tally.labels++;
      if (overturned) tally.overturned++;
    }
  }
  for (const first of firstOfPrediction.values()) {
    if (first.labelledById === null) continue;
    for (const tally of tallies(first)) tally.delays.push(first.at - first.predictionTime);
  }
  for (const review of input.reviews) {
    const label = byId.get(review.labelId);
    if (!label || label.labelledById === null) continue;
    for (const tally of tallies(label)) {
      tally.firsts.push(label.verdict);
      tally.seconds.push(review.verdict);
    }
  }

  const binary: [string[], string[]] = [[], []];
  const confusion = new Map<string, { first: Verdict; second: Verdict; n: number }>();
  total.firsts.forEach((first, i) => {
    const second = total.seconds[i];
    const cell = confusion.get(`${first}|${second}`) ?? { first: first as Verdict, second: second as Verdict, n: 0 };
    cell.n++;
    confusion.set(`${first}|${second}`, cell);
    const a = DEFAULT_VERDICT_CLASS[first as Verdict];
    const b = DEFAULT_VERDICT_CLASS[second as Verdict];
    if (a !== null && b !== null) {
      binary[0].push(String(a));
      binary[1].push(String(b));
    }
  });

  const people = new Map(input.people.map((person) => [person.id, person]));
  const analysts: AnalystQuality[] = [...byAnalyst.entries()]
    .map(([id, tally]) => {
      const person = people.get(id);
      return { id, name: person?.name ?? id, email: person?.email ?? "", ...countsOf(tally), kappa: kappaOf(tally.firsts, tally.seconds, input.minPairs) };
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const reasons: ReasonQuality[] = [...byReason.entries()]
    .map(([reasonCode, tally]) => ({ reasonCode, ...countsOf(tally) }))
    .sort((a, b) => {
      const [ra, ka] = reasonRank(a.reasonCode);
      const [rb, kb] = reasonRank(b.reasonCode);
      return ra - rb || ka.localeCompare(kb);
    });

  return {
    totals: countsOf(total),
    agreement: {
      verdicts: kappaOf(total.firsts, total.seconds),
      binary: kappaOf(binary[0], binary[1]),
      confusion: [...confusion.values()].sort((a, b) => a.first.localeCompare(b.first) || a.second.localeCompare(b.second)),
    },
    analysts,
    reasons,
  };
}
