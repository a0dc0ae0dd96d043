// Turns the latest verdicts that matched a filter into dataset rows: mapping, audit-negative and
// duplicate-event exclusions, counted so the manifest says what was left out and why. Pure.
import { compareRows, type DatasetRow } from "./canonical";
import type { DatasetFilter, VerdictMapping } from "./schemas";

/** A labelled prediction without its features: a build reads those a page at a time (content-hash.ts). */
export type Candidate = Omit<DatasetRow, "features"> & { predictionId: number; labelId: number; auditSample: boolean; labeller: string };
export type CandidateIn = Omit<Candidate, "class"> & { verdict: keyof VerdictMapping };

export type Selection = { rows: Candidate[]; excluded: { unmapped: number; auditNegatives: number; duplicateEvents: number } };

export function selectRows(candidates: readonly CandidateIn[], filter: DatasetFilter, mapping: VerdictMapping): Selection {
  const excluded = { unmapped: 0, auditNegatives: 0, duplicateEvents: 0 };
  const mapped: Candidate[] = [];
  for (const candidate of candidates) {
    const cls = mapping[candidate.verdict];
    if (cls === null) {
      excluded.unmapped++;
      continue;
    }
    if (cls === 0 && candidate.auditSample && !filter.includeAuditNegatives) {
      excluded.auditNegatives++;
      continue;
    }
    mapped.push({ ...candidate, class: cls });
  }
  mapped.sort(compareRows);
  if (!filter.dedupeByEvent) return { rows: mapped, excluded };
  // One row per event (a champion and its shadow challenger score the same event): keep the
  // most recently labelled verdict, ties to the first in canonical order, so the choice is
  // the same on every database.
  const byEvent = new Map<string, Candidate>();
  for (const row of mapped) {
    const kept = byEvent.get(row.eventId);
    if (!kept || row.labelledAt.getTime() > kept.labelledAt.getTime()) byEvent.set(row.eventId, row);
  }
  excluded.duplicateEvents = mapped.length - byEvent.size;
  return { rows: [...byEvent.values()].sort(compareRows), excluded };
}
