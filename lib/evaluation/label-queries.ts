import "server-only";
// The SQL behind load-labelled.ts: every latest-or-not verdict on a model's predictions, with
// the evaluated version's score for the same event. Written for both databases, and shaped by
// what is expensive on the bench set (37k verdicts over 1M predictions): reading a wide
// prediction row per verdict. Verdicts on alerts read the alert row instead (score, version,
// time — the prediction's, copied at ingest, ten times narrower); only verdicts given to
// another version's prediction, or outside alerts (the audit sample), touch predictions.
// Versions score an event at the event's time, so the range applies to the judged prediction.
import type { Verdict } from "@/lib/alerts/schemas";
import type { Range } from "./load-labelled";
import { inList, rangeClause, readTuples, truthy } from "@/lib/db/read-sql";

export type LabelRow = {
  /** Groups the verdicts of one event: the evaluated version's prediction id, or the event id. */
  key: number | string;
  labelId: number;
  verdict: Verdict;
  via: number;
  alerted: boolean;
  auditSample: boolean;
  pi: number | null;
  /** The evaluated version's score for the event (null when it never scored it). */
  score: number | null;
  pairedScore: number | null;
};

/** The evaluated version's prediction of the event `p` was judged on: its id or its score. */
const targetOf = (column: "id" | "score") => `(SELECT q."${column}" FROM "Prediction" q WHERE q."modelVersionId" = ? AND q."eventId" = p."eventId")`;

const SAMPLE = 50;

/**
 * Whether most of the model's recent verdicts were given to the target's own predictions:
 * chooses the cheaper query shape below (50 primary-key look-ups, well under a millisecond).
 */
export async function mostlyOwnVerdicts(targetId: number, siblings: number[]): Promise<boolean> {
  const rows = await readTuples(
    `SELECT p."modelVersionId" FROM "Label" l CROSS JOIN "Prediction" p
     WHERE p."id" = l."predictionId" AND p."modelVersionId" IN ${inList(siblings.length)} ORDER BY l."id" DESC LIMIT ${SAMPLE}`,
    siblings,
  );
  return rows.filter((t) => Number(t[0]) === targetId).length * 2 >= rows.length;
}

/**
 * Rows keyed by the target's own prediction ids, no event ids carried around: the faster shape
 * when most verdicts are the target's own (a version that raises alerts).
 */
export async function ownLabelRows(targetId: number, siblings: number[], range: Range): Promise<LabelRow[]> {
  const alertTime = rangeClause(`a."time"`, range.from, range.to);
  const predictionTime = rangeClause(`p."time"`, range.from, range.to);
  // Through the judged prediction (only for other versions' verdicts) to the target's.
  const viaPrediction = (column: "id" | "score") =>
    `(SELECT q."${column}" FROM "Prediction" p CROSS JOIN "Prediction" q WHERE p."id" = l."predictionId" AND q."modelVersionId" = ? AND q."eventId" = p."eventId")`;
  const [alerted, other] = await Promise.all([
    readTuples(
      `SELECT l."id", l."verdict", a."modelVersionId",
              CASE WHEN a."modelVersionId" = ? THEN l."predictionId" ELSE ${viaPrediction("id")} END,
              CASE WHEN a."modelVersionId" = ? THEN a."score" ELSE ${viaPrediction("score")} END
       FROM "Label" l
       CROSS JOIN "Alert" a
       WHERE a."predictionId" = l."predictionId" AND a."modelVersionId" IN ${inList(siblings.length)}${alertTime.sql}`,
      [targetId, targetId, targetId, targetId, ...siblings, ...alertTime.params],
    ),
    readTuples(
      `SELECT l."id", l."verdict", p."modelVersionId", p."auditSample", p."inclusionProbability",
              CASE WHEN p."modelVersionId" = ? THEN p."id" ELSE ${targetOf("id")} END,
              CASE WHEN p."modelVersionId" = ? THEN p."score" ELSE ${targetOf("score")} END
       FROM "Label" l
       CROSS JOIN "Prediction" p
       WHERE p."id" = l."predictionId" AND p."modelVersionId" IN ${inList(siblings.length)}${predictionTime.sql}
         AND NOT EXISTS (SELECT 1 FROM "Alert" a WHERE a."predictionId" = l."predictionId")`,
      [targetId, targetId, targetId, targetId, ...siblings, ...predictionTime.params],
    ),
  ]);
  const rows: LabelRow[] = [];
  for (const t of alerted) {
    rows.push({ key: Number(t[3]), labelId: Number(t[0]), verdict: t[1] as Verdict, via: Number(t[2]), alerted: true, auditSample: false, pi: null, score: (t[4] as number | null) ?? null, pairedScore: null });
  }
  for (const t of other) {
    rows.push({
      key: Number(t[5]),
      labelId: Number(t[0]),
      verdict: t[1] as Verdict,
      via: Number(t[2]),
      alerted: false,
      auditSample: truthy(t[3]),
      pi: (t[4] as number | null) ?? null,
      score: (t[6] as number | null) ?? null,
      pairedScore: null,
    });
  }
  return rows;
}

/**
 * Rows keyed by event id, with the paired version's score too when asked: the faster shape when
 * most verdicts are another version's (a shadow version evaluated on the champion's verdicts),
 * and the one pairing needs. Verdicts on alerts read the alert row (it carries the event id);
 * the rest read the judged prediction. Either way, another version's score for the same event
 * is one look-up in the (version, event) index.
 */
export async function eventLabelRows(targetId: number, siblings: number[], range: Range, pairedId?: number): Promise<LabelRow[]> {
  const scoreOf = (table: "a" | "p") => `CASE WHEN ${table}."modelVersionId" = ? THEN ${table}."score" ELSE (SELECT q."score" FROM "Prediction" q WHERE q."modelVersionId" = ? AND q."eventId" = ${table}."eventId") END`;
  const scores = (table: "a" | "p") => `${scoreOf(table)}${pairedId === undefined ? "" : `, ${scoreOf(table)}`}`;
  const scoreParams = [targetId, targetId, ...(pairedId === undefined ? [] : [pairedId, pairedId])];
  const alertTime = rangeClause(`a."time"`, range.from, range.to);
  const predictionTime = rangeClause(`p."time"`, range.from, range.to);
  const [alerted, other] = await Promise.all([
    readTuples(
      `SELECT a."eventId", l."id", l."verdict", a."modelVersionId", ${scores("a")}
       FROM "Label" l
       CROSS JOIN "Alert" a
       WHERE a."predictionId" = l."predictionId" AND a."modelVersionId" IN ${inList(siblings.length)}${alertTime.sql}`,
      [...scoreParams, ...siblings, ...alertTime.params],
    ),
    readTuples(
      `SELECT p."eventId", l."id", l."verdict", p."modelVersionId", ${scores("p")}, p."auditSample", p."inclusionProbability"
       FROM "Label" l
       CROSS JOIN "Prediction" p
       WHERE p."id" = l."predictionId" AND p."modelVersionId" IN ${inList(siblings.length)}${predictionTime.sql}
         AND NOT EXISTS (SELECT 1 FROM "Alert" a WHERE a."predictionId" = l."predictionId")`,
      [...scoreParams, ...siblings, ...predictionTime.params],
    ),
  ]);
  const paired = pairedId !== undefined;
  const row = (t: unknown[], alertedRow: boolean): LabelRow => ({
    key: t[0] as string,
    labelId: Number(t[1]),
    verdict: t[2] as Verdict,
    via: Number(t[3]),
    alerted: alertedRow,
    score: (t[4] as number | null) ?? null,
    pairedScore: paired ? ((t[5] as number | null) ?? null) : null,
    auditSample: alertedRow ? false : truthy(t[paired ? 6 : 5]),
    pi: alertedRow ? null : ((t[paired ? 7 : 6] as number | null) ?? null),
  });
  return [...alerted.map((t) => row(t, true)), ...other.map((t) => row(t, false))];
}
