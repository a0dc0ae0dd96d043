// What ingest hands to a database's writer, and what the writer does with it. The two writers
// (write-sqlite.ts, write-postgresql.ts) run inside the batch's transaction.
import type { RollupRows } from "./rollup-batch";
import type { PredictionIn } from "./schemas";
import type { Severity } from "./triage-fields";
import type { IngestVersion } from "./versions";

/** A prediction to insert: its version resolved and its time parsed (epoch ms). */
export type Pending = { row: PredictionIn; version: IngestVersion; time: number };

export type AlertRow = {
  predictionId: number;
  item: Pending;
  severity: Severity;
  priority: number;
  topReasons: unknown;
  /** epoch ms */
  slaDueAt: number;
};

export type IngestWriter = {
  /** Inserts the predictions, skipping any (version, eventId) already stored: the new ids, 0 for those skipped. */
  predictions(pending: Pending[]): Promise<ArrayLike<number>>;
  /** Inserts the alerts and adds the batch's roll-ups to the stored ones (insert, or add to the counts). */
  finish(alerts: AlertRow[], rollups: RollupRows): Promise<void>;
};

export const PREDICTION_COLUMNS = [
  "modelVersionId", "eventId", "time", "score", "decision", "threshold", "features", "explanation", "host",
  "userName", "sourceIp", "businessUnit", "attackType", "rawEvent", "auditSample", "inclusionProbability", "ingestedAt",
] as const;

export const ALERT_COLUMNS = [
  "predictionId", "modelVersionId", "time", "score", "severity", "priority", "status", "host", "userName", "sourceIp",
  "businessUnit", "attackType", "topReasons", "slaDueAt", "statusChangedAt", "createdAt", "updatedAt", "rowVersion", "eventId",
] as const;

/** Roll-up tables: key columns, then the columns a batch adds to. */
export const ROLLUP_TABLES = {
  DailyRollup: { keys: ["modelVersionId", "day"], sums: ["n", "alerts", "auditSamples", "scoreSum"] },
  DailyHistogram: { keys: ["modelVersionId", "day", "series", "bucket"], sums: ["count"] },
  DailyFeatureStat: { keys: ["modelVersionId", "day", "feature"], sums: ["n", "sum", "sumSquares", "missing"] },
} as const;

export const quoted = (columns: readonly string[]) => columns.map((c) => `"${c}"`).join(", ");

/** `ON CONFLICT (keys) DO UPDATE` adding the batch's sums to the stored ones: the same SQL on both databases. */
export function addOnConflict(table: keyof typeof ROLLUP_TABLES): string {
  const { keys, sums } = ROLLUP_TABLES[table];
  return `ON CONFLICT (${quoted(keys)}) DO UPDATE SET ${sums.map((c) => `"${c}" = "${table}"."${c}" + excluded."${c}"`).join(", ")}`;
}
