import "server-only";
// The retention promise the Audit page states: records are kept for VIGIL_RETENTION_YEARS, and
// Vigil holds no code path that deletes them (the database refuses it; see the append-only
// triggers). Removing records past retention is a database administrator's task.
import { env } from "@/lib/env";
import { decodeTime, rawRead } from "./raw-read";
import type { RetentionInfo } from "./schemas";

function addYears(date: Date, years: number): Date {
  const next = new Date(date);
  next.setUTCFullYear(next.getUTCFullYear() + years);
  return next;
}

export async function retentionInfo(): Promise<RetentionInfo> {
  // One probe of the (modelVersionId, time) index per version instead of a scan of every prediction.
  const [prediction] = await rawRead<{ oldest: unknown }>(
    `SELECT MIN("first") AS "oldest" FROM (
       SELECT (SELECT MIN("time") FROM "Prediction" WHERE "modelVersionId" = "v"."id") AS "first" FROM "ModelVersion" "v"
     ) "t"`,
  );
  const [event] = await rawRead<{ oldest: unknown }>(`SELECT MIN("at") AS "oldest" FROM "AuditEvent"`);
  const dates = [prediction?.oldest, event?.oldest].filter((value) => value !== null && value !== undefined).map(decodeTime);
  const oldest = dates.length ? new Date(Math.min(...dates.map((date) => date.getTime()))) : null;
  return {
    years: env.VIGIL_RETENTION_YEARS,
    oldestPrediction: prediction?.oldest != null ? decodeTime(prediction.oldest).toISOString() : null,
    oldestAuditEvent: event?.oldest != null ? decodeTime(event.oldest).toISOString() : null,
    earliestExpiry: oldest ? addYears(oldest, env.VIGIL_RETENTION_YEARS).toISOString() : null,
  };
}
