import "server-only";
// Candidate selection over the champion's unlabelled predictions in a recent window, fast on
// the bench set (1,000,000 predictions): each strategy reads only its window through the
// (modelVersionId, time) index and lets the database keep the top rows of the ranking (a
// bounded top-N sort, no row leaves the database unless it may be picked); the challenger's
// score of the same event is one look-up in the unique (modelVersionId, eventId) index.
// Exclusions are then checked for those top rows only, a chunk at a time, in rank order:
//  - events with a verdict on any version's prediction (a verdict describes the event);
//  - audit-sample predictions (their own queue labels them; labelling the ones near the
//    threshold first would make the random sample's labelled part non-random);
//  - alerts someone is working (assigned, or no longer new).
import { inList, readTuples } from "@/lib/db/read-sql";
import { compareDisagreement, compareUncertainty, scanRounds, takePicks, type DisagreementRow, type UncertaintyRow } from "./ranking";
import type { ModelRef } from "./versions";

export type Window = { from: Date; to: Date };

const CHUNK = 500;

type Excluded = { events: Set<string>; predictions: Set<number>; checked: Set<number> };

async function excludeChunk(rows: readonly UncertaintyRow[], versionIds: number[], excluded: Excluded): Promise<void> {
  const fresh = rows.filter((row) => !excluded.checked.has(row.id));
  if (fresh.length === 0) return;
  const events = [...new Set(fresh.map((row) => row.eventId))];
  const ids = fresh.map((row) => row.id);
  const [labelled, worked] = await Promise.all([
    readTuples(
      `SELECT DISTINCT q."eventId" FROM "Prediction" q CROSS JOIN "Label" l
       WHERE q."modelVersionId" IN ${inList(versionIds.length)} AND q."eventId" IN ${inList(events.length)} AND l."predictionId" = q."id"`,
      [...versionIds, ...events],
    ),
    readTuples(`SELECT a."predictionId" FROM "Alert" a WHERE a."predictionId" IN ${inList(ids.length)} AND (a."assigneeId" IS NOT NULL OR a."status" <> 'NEW')`, ids),
  ]);
  for (const [eventId] of labelled) excluded.events.add(String(eventId));
  for (const [id] of worked) excluded.predictions.add(Number(id));
  for (const id of ids) excluded.checked.add(id);
}

/**
 * Reads the top `size` rows per round (scanRounds), then walks them in rank order a chunk at a
 * time until `want` picks pass the exclusions; a bigger round only when too many were excluded.
 */
async function pick<T extends UncertaintyRow>(want: number, versionIds: number[], read: (size: number) => Promise<T[]>, compare: (a: T, b: T) => number): Promise<T[]> {
  const excluded: Excluded = { events: new Set(), predictions: new Set(), checked: new Set() };
  let picks: T[] = [];
  for (const size of scanRounds(want)) {
    // The database ordered them by the same key; sorting again makes ties identical on both.
    const ranked = (await read(size)).sort(compare);
    for (let end = CHUNK; picks.length < want && end - CHUNK < ranked.length; end += CHUNK) {
      await excludeChunk(ranked.slice(end - CHUNK, end), versionIds, excluded);
      picks = takePicks(ranked.slice(0, end), excluded, want);
    }
    if (picks.length >= want || ranked.length < size) break;
  }
  return picks;
}

export async function pickUncertain(model: ModelRef, window: Window, want: number): Promise<UncertaintyRow[]> {
  const { id, threshold } = model.champion;
  const read = async (size: number) =>
    (
      await readTuples(
        `SELECT p."id", p."eventId", p."score" FROM "Prediction" p
         WHERE p."modelVersionId" = ? AND p."time" >= ? AND p."time" < ? AND p."auditSample" = ?
         ORDER BY ABS(p."score" - ?), p."id" DESC LIMIT ${size}`,
        [id, window.from, window.to, false, threshold],
      )
    ).map((t) => ({ id: Number(t[0]), eventId: String(t[1]), score: Number(t[2]) }));
  return pick(want, model.versionIds, read, compareUncertainty(threshold));
}

export async function pickDisagreeing(model: ModelRef, window: Window, want: number): Promise<DisagreementRow[]> {
  if (model.challengers.length === 0) return [];
  const { id, threshold } = model.champion;
  const challengerIds = model.challengers.map((c) => c.id);
  const read = async (size: number) =>
    (
      await readTuples(
        `SELECT p."id", p."eventId", p."score", c."modelVersionId", c."score", v."threshold"
         FROM "Prediction" p
         CROSS JOIN "Prediction" c
         CROSS JOIN "ModelVersion" v
         WHERE p."modelVersionId" = ? AND p."time" >= ? AND p."time" < ? AND p."auditSample" = ?
           AND c."modelVersionId" IN ${inList(challengerIds.length)} AND c."eventId" = p."eventId" AND v."id" = c."modelVersionId"
         ORDER BY CASE WHEN (p."score" >= ?) = (c."score" >= v."threshold") THEN 1 ELSE 0 END, ABS(p."score" - c."score") DESC, p."id" DESC
         LIMIT ${size}`,
        [id, window.from, window.to, false, ...challengerIds, threshold],
      )
    ).map((t) => ({ id: Number(t[0]), eventId: String(t[1]), score: Number(t[2]), challengerId: Number(t[3]), challengerScore: Number(t[4]), challengerThreshold: Number(t[5]) }));
  return pick(want, model.versionIds, read, compareDisagreement(threshold));
}

