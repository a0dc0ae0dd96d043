// How the queue ranks candidates, shared by the SQL that pre-selects them (its ORDER BY is the
// same key, so its top rows are the true top) and the code that orders, de-duplicates and caps
// them. Pure and client-safe.
//  - uncertainty: smallest |score − threshold| first, in probability space (scores are
//    probabilities in [0, 1]; the threshold is the champion's operating threshold now).
//  - disagreement: the same event scored by the champion and a challenger; a decision flip (one
//    over its own threshold, the other not) first, then the biggest |score difference|.
// Ties go to the newer prediction (higher id).
import type { Stage } from "@/lib/registry/schemas";
import type { PickReason } from "./schemas";

export type UncertaintyRow = { id: number; eventId: string; score: number };
export type DisagreementRow = UncertaintyRow & { challengerId: number; challengerScore: number; challengerThreshold: number };

export const distanceTo = (score: number, threshold: number) => Math.abs(score - threshold);

export const isFlip = (score: number, threshold: number, challengerScore: number, challengerThreshold: number) =>
  score >= threshold !== challengerScore >= challengerThreshold;

export function compareUncertainty(threshold: number) {
  return (a: UncertaintyRow, b: UncertaintyRow) => distanceTo(a.score, threshold) - distanceTo(b.score, threshold) || b.id - a.id;
}

export function compareDisagreement(threshold: number) {
  const flip = (row: DisagreementRow) => (isFlip(row.score, threshold, row.challengerScore, row.challengerThreshold) ? 0 : 1);
  return (a: DisagreementRow, b: DisagreementRow) =>
    flip(a) - flip(b) || Math.abs(b.score - b.challengerScore) - Math.abs(a.score - a.challengerScore) || b.id - a.id;
}

export function uncertaintyReason(score: number, threshold: number): PickReason {
  return { kind: "uncertainty", distance: distanceTo(score, threshold), side: score >= threshold ? "above" : "below" };
}

export function disagreementReason(row: DisagreementRow, threshold: number, challenger: { version: string; stage: Stage }): PickReason {
  return {
    kind: "disagreement",
    challenger: { ...challenger, score: row.challengerScore, threshold: row.challengerThreshold },
    difference: row.score - row.challengerScore,
    flip: isFlip(row.score, threshold, row.challengerScore, row.challengerThreshold),
  };
}

/**
 * The first `cap` ranked rows whose event is not excluded, one per event (with several
 * challengers an event can come once per challenger: its best-ranked row stands).
 */
export function takePicks<T extends { id: number; eventId: string }>(ranked: readonly T[], excluded: { events: ReadonlySet<string>; predictions: ReadonlySet<number> }, cap: number): T[] {
  const out: T[] = [];
  const seen = new Set<string>();
  for (const row of ranked) {
    if (out.length >= cap) break;
    if (seen.has(row.eventId) || excluded.events.has(row.eventId) || excluded.predictions.has(row.id)) continue;
    seen.add(row.eventId);
    out.push(row);
  }
  return out;
}

/** Most candidate rows one selection reads from the database, however much is excluded. */
export const MAX_SCAN = 20_000;

/**
 * How many top rows to read in each round: enough for the wanted picks with room for the
 * already-labelled and duplicates, then eight times more while too many were excluded, up to
 * MAX_SCAN. Empty when nothing is wanted.
 */
export function scanRounds(want: number): number[] {
  if (want <= 0) return [];
  const rounds: number[] = [];
  for (let size = Math.min(MAX_SCAN, want * 4 + 100); ; size = Math.min(MAX_SCAN, size * 8)) {
    rounds.push(size);
    if (size >= MAX_SCAN) return rounds;
  }
}
