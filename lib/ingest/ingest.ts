import "server-only";
// Ingest: validated predictions in, all-or-nothing and idempotent by (model version, eventId).
// In one transaction on the raw driver: look up the versions, insert the predictions
// (duplicates skipped), raise an alert for each new one at or above its version's threshold
// (not for shadow or archived versions: they score silently), and add the batch to the daily
// roll-ups. The database-specific SQL lives in the writers.
import { getDb } from "@/lib/db/client";
import { sqlTransaction } from "@/lib/db/sql";
import { env } from "@/lib/env";
import type { IngestResult, PredictionIn } from "./schemas";
import { RollupBatch } from "./rollup-batch";
import { priorityOf, severityOf, slaDueAt, topReasons } from "./triage-fields";
import { resolveVersions, type IngestVersion } from "./versions";
import { postgresWriter } from "./write-postgresql";
import { sqliteWriter } from "./write-sqlite";
import type { AlertRow, Pending } from "./writer";
import { noteWrites } from "@/lib/db/statistics";

const SILENT_STAGES = new Set(["SHADOW", "ARCHIVED"]);

/** The rows to insert: the first of each (version, eventId) in the batch, later ones are duplicates. */
function dedupe(rows: PredictionIn[], versions: IngestVersion[]): Pending[] {
  const seen = new Map<number, Set<string>>();
  const pending: Pending[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const version = versions[i];
    let events = seen.get(version.id);
    if (!events) seen.set(version.id, (events = new Set()));
    if (events.has(row.eventId)) continue;
    events.add(row.eventId);
    pending.push({ row, version, time: Date.parse(row.timestamp) });
  }
  return pending;
}

function alertRow(predictionId: number, item: Pending): AlertRow {
  const { row, version, time } = item;
  const severity = severityOf(row.score, version.threshold);
  return {
    predictionId,
    item,
    severity,
    priority: priorityOf(severity, row.score),
    topReasons: topReasons(row.explanation, row.features),
    slaDueAt: slaDueAt(new Date(time), severity, env.VIGIL_SLA_MINUTES).getTime(),
  };
}

/** Milliseconds per phase, added to `timings` when given (bench/ingest-profile.ts reads them). */
function phaseClock(timings: Record<string, number> | undefined) {
  let last = performance.now();
  return (phase: string) => {
    if (!timings) return;
    const now = performance.now();
    timings[phase] = (timings[phase] ?? 0) + now - last;
    last = now;
  };
}

export async function ingestPredictions(rows: PredictionIn[], timings?: Record<string, number>): Promise<IngestResult> {
  if (rows.length === 0) return { accepted: 0, duplicates: 0, alerts: 0 };
  const now = Date.now();
  const lap = phaseClock(timings);
  const result = await sqlTransaction(getDb(), async (tx) => {
    lap("begin");
    const versions = await resolveVersions(tx, rows);
    const pending = dedupe(rows, versions);
    lap("versions+dedupe");
    const writer = tx.provider === "sqlite" ? sqliteWriter(tx, now) : postgresWriter(tx, now);
    const ids = await writer.predictions(pending);
    lap("predictions");

    const rollups = new RollupBatch();
    const alerting: AlertRow[] = [];
    let accepted = 0;
    for (let i = 0; i < pending.length; i++) {
      if (!ids[i]) continue; // already stored: a duplicate
      const item = pending[i];
      const { row, version, time } = item;
      const alerted = row.score >= version.threshold;
      accepted += 1;
      rollups.add(version, time, row.score, alerted, !!row.auditSample, row.features);
      if (alerted && !SILENT_STAGES.has(version.stage)) alerting.push(alertRow(ids[i], item));
    }
    const rollupRows = rollups.rows();
    lap("rollups");
    await writer.finish(alerting, rollupRows);
    lap("alerts+rollups write");
    return { accepted, duplicates: rows.length - accepted, alerts: alerting.length };
  });
  noteWrites("Prediction", result.accepted);
  noteWrites("Alert", result.alerts);
  return result;
}
