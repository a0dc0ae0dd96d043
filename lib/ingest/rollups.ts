import "server-only";
// Adds a batch's roll-up rows to the tables: insert, or add to the existing counts.
// `ON CONFLICT … DO UPDATE` is the same on SQLite and PostgreSQL and safe under concurrency.
import { valuesClause, type SqlTx, type SqlValue } from "@/lib/db/sql";
import type { DailyRow, FeatureStatRow, HistogramRow } from "./rollup-batch";

const CHUNK = 400;

async function upsert<Row>(
  tx: SqlTx,
  table: string,
  keys: string[],
  sums: string[],
  rows: Row[],
  toValues: (row: Row) => SqlValue[],
): Promise<void> {
  const columns = [...keys, ...sums];
  const list = columns.map((c) => `"${c}"`).join(", ");
  const updates = sums.map((c) => `"${c}" = "${table}"."${c}" + excluded."${c}"`).join(", ");
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    await tx.query(
      `INSERT INTO "${table}" (${list}) VALUES ${valuesClause(chunk.length, columns.length)}
       ON CONFLICT (${keys.map((c) => `"${c}"`).join(", ")}) DO UPDATE SET ${updates}`,
      chunk.flatMap(toValues),
    );
  }
}

export async function addRollups(
  tx: SqlTx,
  rows: { daily: DailyRow[]; histograms: HistogramRow[]; stats: FeatureStatRow[] },
): Promise<void> {
  await upsert(tx, "DailyRollup", ["modelVersionId", "day"], ["n", "alerts", "auditSamples", "scoreSum"], rows.daily, (r) => [
    r.modelVersionId, r.day, r.n, r.alerts, r.auditSamples, r.scoreSum,
  ]);
  await upsert(tx, "DailyHistogram", ["modelVersionId", "day", "series", "bucket"], ["count"], rows.histograms, (r) => [
    r.modelVersionId, r.day, r.series, r.bucket, r.count,
  ]);
  await upsert(tx, "DailyFeatureStat", ["modelVersionId", "day", "feature"], ["n", "sum", "sumSquares", "missing"], rows.stats, (r) => [
    r.modelVersionId, r.day, r.feature, r.n, r.sum, r.sumSquares, r.missing,
  ]);
}
