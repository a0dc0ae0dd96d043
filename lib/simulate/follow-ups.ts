// What happens to a verdict after it is given: a second analyst's blind opinion (used when the
// label lands in the second-opinion sample) and, now and then, a changed verdict. Both come
// from an independent read of the truth, so they agree with the first verdict most of the time
// and disagree where real SOCs do: authorised admin work and travel (benign positive or false
// positive? sometimes a true positive), and the first analyst's own mistakes.
import { CAUSE_REASON, type PlannedVerdict, type Verdict } from "@/lib/simulate/verdicts";
import type { SimEvent } from "@/lib/simulate/types";
import type { Rng } from "@/lib/stats/random";

export type FollowUp = { verdict: Verdict; reasonCode?: string; afterMs: number };

const HOUR_MS = 3_600_000;

export const FOLLOW_UP_RATES = {
  /** chance a mistaken or undetermined first verdict is corrected later */
  corrected: 0.35,
  /** chance an authorised-activity verdict is reclassified (false ↔ benign positive) */
  reclassified: 0.08,
  /** share of sampled verdicts the team gets round to reviewing: the rest wait in the queue */
  reviewed: 0.8,
};

/** What a second analyst, blind to the first verdict, concludes from the same evidence. */
export function independentRead(rng: Rng, event: SimEvent, source: PlannedVerdict["source"]): Pick<FollowUp, "verdict" | "reasonCode"> {
  const truth = event.truth;
  if (source === "AUDIT_SAMPLE") return { verdict: truth.malicious !== rng.bernoulli(0.02) ? "TRUE_POSITIVE" : "FALSE_POSITIVE" };
  const draw = rng.uniform();
  if (truth.malicious) {
    if (draw < 0.95) return { verdict: "TRUE_POSITIVE" };
    return draw < 0.98 ? { verdict: "FALSE_POSITIVE", reasonCode: "detection_logic" } : { verdict: "UNDETERMINED" };
  }
  const reason = CAUSE_REASON[truth.cause];
  if (reason === "authorised_activity") {
    // Was the admin work or the trip authorised, and does that make it benign or a false alarm?
    if (draw < 0.6) return { verdict: "BENIGN_POSITIVE", reasonCode: reason };
    if (draw < 0.87) return { verdict: "FALSE_POSITIVE", reasonCode: reason };
    return draw < 0.95 ? { verdict: "TRUE_POSITIVE" } : { verdict: "UNDETERMINED" };
  }
  if (draw < 0.94) return { verdict: "FALSE_POSITIVE", reasonCode: reason };
  return draw < 0.97 ? { verdict: "TRUE_POSITIVE" } : { verdict: "UNDETERMINED" };
}

/** A later, better-informed verdict that replaces the first one, or undefined. */
function correction(rng: Rng, event: SimEvent, first: PlannedVerdict): Pick<FollowUp, "verdict" | "reasonCode"> | undefined {
  if (first.source !== "ANALYST") return undefined;
  const truth = event.truth;
  const right = truth.malicious ? first.verdict === "TRUE_POSITIVE" : first.verdict === "FALSE_POSITIVE" || first.verdict === "BENIGN_POSITIVE";
  if (!right) {
    if (!rng.bernoulli(FOLLOW_UP_RATES.corrected)) return undefined;
    return truth.malicious ? { verdict: "TRUE_POSITIVE" } : { verdict: "FALSE_POSITIVE", reasonCode: CAUSE_REASON[truth.cause] };
  }
  if (first.reasonCode === "authorised_activity" && rng.bernoulli(FOLLOW_UP_RATES.reclassified)) {
    return { verdict: first.verdict === "BENIGN_POSITIVE" ? "FALSE_POSITIVE" : "BENIGN_POSITIVE", reasonCode: "authorised_activity" };
  }
  return undefined;
}

/**
 * The verdict with its planned second opinion (2–72 h later, for four in five) and correction
 * (6 h–5 days later), each only when it happens before `end` (the scenario's "now"): later ones
 * have not happened yet.
 */
export function withFollowUps(rng: Rng, event: SimEvent, first: PlannedVerdict, end: number): PlannedVerdict {
  const read = independentRead(rng, event, first.source);
  const secondAfter = Math.round(rng.between(2, 72) * HOUR_MS);
  const fix = correction(rng, event, first);
  const fixAfter = Math.round(rng.between(6, 120) * HOUR_MS);
  const reviewed = rng.bernoulli(FOLLOW_UP_RATES.reviewed);
  const at = first.at.getTime();
  const planned: PlannedVerdict = { ...first };
  if (reviewed && at + secondAfter < end) planned.secondOpinion = { ...read, afterMs: secondAfter };
  if (fix && at + fixAfter < end) planned.correction = { ...fix, afterMs: fixAfter };
  return planned;
}
