import "server-only";
// Reads what an evaluation needs from the database: the model version, its labelled events in
// a time range (with how each came to be labelled), and the size of each sampling stratum.
// A verdict belongs to the event, so a version is evaluated on the latest verdict given to any
// version's prediction of the same event — its own first (see design.ts).
import { notFound } from "@/lib/api/errors";
import { prisma } from "@/lib/db/client";
import type { Stage } from "@/lib/registry/schemas";
import type { LabelledEvent, StratumPopulation } from "./design";
import { eventLabelRows, mostlyOwnVerdicts, ownLabelRows, type LabelRow } from "./label-queries";
import { inList, rangeClause, readRows } from "@/lib/db/read-sql";

export type Range = { from?: Date; to?: Date };

export type VersionRef = {
  id: number;
  model: string;
  version: string;
  stage: Stage;
  threshold: number;
  metrics: Record<string, number> | null;
  /** Every version of the model, by id: verdicts on any of them describe the same events. */
  siblings: Map<number, string>;
};

export async function findVersion(model: string, version: string): Promise<VersionRef> {
  const found = await prisma().modelVersion.findFirst({
    where: { version, model: { name: model } },
    select: { id: true, version: true, stage: true, threshold: true, metrics: true, model: { select: { name: true, versions: { select: { id: true, version: true } } } } },
  });
  if (!found) throw notFound(`${model} has no version ${version}`);
  return {
    id: found.id,
    model: found.model.name,
    version: found.version,
    stage: found.stage,
    threshold: found.threshold,
    metrics: (found.metrics as Record<string, number> | null) ?? null,
    siblings: new Map(found.model.versions.map((v) => [v.id, v.version])),
  };
}

export type LoadedEvent = LabelledEvent & { pairedScore?: number };

/**
 * The latest verdict of each event `target` scored in the range. With `pairedWith`, only events
 * that version scored too, with its score (champion vs challenger on the same events).
 * The queries are in label-queries.ts.
 */
export async function loadLabelledEvents(target: VersionRef, range: Range, pairedWith?: number): Promise<LoadedEvent[]> {
  const siblings = [...target.siblings.keys()];
  const ownShape = pairedWith === undefined && (await mostlyOwnVerdicts(target.id, siblings));
  const [rows, superseded] = await Promise.all([
    ownShape ? ownLabelRows(target.id, siblings, range) : eventLabelRows(target.id, siblings, range, pairedWith),
    // Superseded verdicts are few: a set in memory is cheaper than a look-up per label.
    readRows<{ id: number }>(`SELECT "supersedesId" AS "id" FROM "Label" WHERE "supersedesId" IS NOT NULL`),
  ]);
  const replaced = new Set(superseded.map((row) => Number(row.id)));

  // One verdict per event: one given under a known design (an alert, the random audit sample)
  // before one without (an active-learning pick, an import), so a non-random pick of one
  // version's prediction never displaces another version's design-based verdict of the same
  // event from its stratum; then the target version's own; then the most recently recorded.
  const rank = (row: LabelRow) => (row.alerted || (row.auditSample && row.pi !== null && row.pi > 0) ? 2 : 0) + (row.via === target.id ? 1 : 0);
  const chosen = new Map<number | string, LabelRow>();
  for (const row of rows) {
    if (replaced.has(row.labelId) || row.score === null || (pairedWith !== undefined && row.pairedScore === null)) continue;
    const held = chosen.get(row.key);
    if (!held || rank(row) > rank(held) || (rank(row) === rank(held) && row.labelId > held.labelId)) chosen.set(row.key, row);
  }
  const out: LoadedEvent[] = [];
  for (const row of chosen.values()) {
    out.push({
      score: row.score!,
      verdict: row.verdict,
      via: { versionId: row.via, alerted: row.alerted, auditSample: row.auditSample, inclusionProbability: row.pi },
      ...(row.pairedScore === null ? {} : { pairedScore: row.pairedScore }),
    });
  }
  return out;
}

/** Alerts and audit-sample predictions in the range, per version that carries verdicts. */
export async function loadPopulations(versionIds: number[], range: Range): Promise<StratumPopulation[]> {
  if (versionIds.length === 0) return [];
  const time = rangeClause(`"time"`, range.from, range.to);
  const [alerts, audits] = await Promise.all([
    readRows<{ v: number; n: number }>(
      `SELECT "modelVersionId" AS "v", CAST(COUNT(*) AS INTEGER) AS "n" FROM "Alert" WHERE "modelVersionId" IN ${inList(versionIds.length)}${time.sql} GROUP BY "modelVersionId"`,
      [...versionIds, ...time.params],
    ),
    readRows<{ v: number; pi: number | null; n: number }>(
      `SELECT "modelVersionId" AS "v", "inclusionProbability" AS "pi", CAST(COUNT(*) AS INTEGER) AS "n" FROM "Prediction"
       WHERE "auditSample" = ? AND "modelVersionId" IN ${inList(versionIds.length)}${time.sql} GROUP BY "modelVersionId", "inclusionProbability"`,
      [true, ...versionIds, ...time.params],
    ),
  ]);
  return versionIds.map((versionId) => ({
    versionId,
    alerts: Number(alerts.find((a) => Number(a.v) === versionId)?.n ?? 0),
    auditSamples: audits
      .filter((a) => Number(a.v) === versionId && a.pi !== null)
      .map((a) => ({ inclusionProbability: a.pi as number, count: Number(a.n) })),
  }));
}
