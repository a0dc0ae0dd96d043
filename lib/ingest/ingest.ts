import "server-only";
// Ingest: validated predictions in, all-or-nothing and idempotent by (model version, eventId).
// In one transaction on the raw driver: insert the predictions (duplicates skipped), raise an
// alert for each new one at or above its version's threshold (not for shadow or archived
// versions: they score silently), and add the batch to the daily roll-ups.
import { getDb } from "@/lib/db/client";
import { sqlTransaction, valuesClause, type SqlTx, type SqlValue } from "@/lib/db/sql";
import { env } from "@/lib/env";
import type { IngestResult, PredictionIn } from "./schemas";
import { RollupBatch } from "./rollup-batch";
import { addRollups } from "./rollups";
import { priorityOf, severityOf, slaDueAt, topReasons } from "./triage-fields";
import { resolveVersions, versionKey, type IngestVersion } from "./versions";

const CHUNK = 500;
const SILENT_STAGES = new Set(["SHADOW", "ARCHIVED"]);

const PREDICTION_COLUMNS = [
  "modelVersionId", "eventId", "time", "score", "decision", "threshold", "features", "explanation", "host",
  "userName", "sourceIp", "businessUnit", "attackType", "rawEvent", "auditSample", "inclusionProbability", "ingestedAt",
];
const ALERT_COLUMNS = [
  "predictionId", "modelVersionId", "time", "score", "severity", "priority", "status", "host", "userName", "sourceIp",
  "businessUnit", "attackType", "topReasons", "slaDueAt", "statusChangedAt", "createdAt", "updatedAt", "rowVersion",
];

const quoted = (columns: string[]) => columns.map((c) => `"${c}"`).join(", ");

type Pending = { row: PredictionIn; version: IngestVersion; time: Date };

function dedupe(rows: PredictionIn[], versions: Map<string, IngestVersion>): Pending[] {
  const seen = new Set<string>();
  const pending: Pending[] = [];
  for (const row of rows) {
    const version = versions.get(versionKey(row.model, row.version))!;
    const key = `${version.id}|${row.eventId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    pending.push({ row, version, time: new Date(row.timestamp) });
  }
  return pending;
}

async function insertPredictions(tx: SqlTx, chunk: Pending[], now: Date) {
  const values: SqlValue[] = [];
  for (const { row, version, time } of chunk) {
    values.push(
      version.id, row.eventId, time, row.score, row.score >= version.threshold, version.threshold, row.features,
      row.explanation ?? null, row.entity?.host ?? null, row.entity?.user ?? null, row.entity?.sourceIp ?? null,
      row.entity?.businessUnit ?? null, row.attackType ?? null, row.rawEvent ?? null, !!row.auditSample,
      row.auditSample?.inclusionProbability ?? null, now,
    );
  }
  return tx.query<{ id: number | bigint; modelVersionId: number | bigint; eventId: string }>(
    `INSERT INTO "Prediction" (${quoted(PREDICTION_COLUMNS)}) VALUES ${valuesClause(chunk.length, PREDICTION_COLUMNS.length)}
     ON CONFLICT ("modelVersionId", "eventId") DO NOTHING RETURNING "id", "modelVersionId", "eventId"`,
    values,
  );
}

async function insertAlerts(tx: SqlTx, alerting: { id: number; item: Pending }[], now: Date) {
  for (let start = 0; start < alerting.length; start += CHUNK) {
    const chunk = alerting.slice(start, start + CHUNK);
    const values: SqlValue[] = [];
    for (const { id, item } of chunk) {
      const { row, version, time } = item;
      const severity = severityOf(row.score, version.threshold);
      values.push(
        id, version.id, time, row.score, severity, priorityOf(severity, row.score), "NEW", row.entity?.host ?? null,
        row.entity?.user ?? null, row.entity?.sourceIp ?? null, row.entity?.businessUnit ?? null, row.attackType ?? null,
        topReasons(row.explanation, row.features), slaDueAt(time, severity, env.VIGIL_SLA_MINUTES), time, now, now, 0,
      );
    }
    await tx.query(`INSERT INTO "Alert" (${quoted(ALERT_COLUMNS)}) VALUES ${valuesClause(chunk.length, ALERT_COLUMNS.length)}`, values);
  }
}

export async function ingestPredictions(rows: PredictionIn[]): Promise<IngestResult> {
  const versions = await resolveVersions(rows);
  const pending = dedupe(rows, versions);
  const now = new Date();
  return sqlTransaction(getDb(), async (tx) => {
    const alerting: { id: number; item: Pending }[] = [];
    const rollups = new RollupBatch();
    let accepted = 0;
    for (let start = 0; start < pending.length; start += CHUNK) {
      const chunk = pending.slice(start, start + CHUNK);
      const inserted = await insertPredictions(tx, chunk, now);
      const byKey = new Map(chunk.map((item) => [`${item.version.id}|${item.row.eventId}`, item]));
      for (const { id, modelVersionId, eventId } of inserted) {
        const item = byKey.get(`${Number(modelVersionId)}|${eventId}`)!;
        const alerted = item.row.score >= item.version.threshold;
        accepted += 1;
        rollups.add(item.version, { time: item.time, score: item.row.score, alerted, auditSample: !!item.row.auditSample, features: item.row.features });
        if (alerted && !SILENT_STAGES.has(item.version.stage)) alerting.push({ id: Number(id), item });
      }
    }
    await insertAlerts(tx, alerting, now);
    await addRollups(tx, rollups.rows());
    return { accepted, duplicates: rows.length - accepted, alerts: alerting.length };
  });
}
