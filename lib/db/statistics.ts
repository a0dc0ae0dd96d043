import "server-only";
// Planner statistics kept fresh after writes, and a change counter per table for caches.
// Both planners choose indexes from statistics: without them, SQLite reads "unassigned" as a
// selective filter (nearly every alert is unassigned) and sorts the whole queue, and
// PostgreSQL mis-estimates every filter after a bulk load. PostgreSQL's autovacuum analyzes
// a table once 10% of it has changed — when it is on; SQLite has no such thing. This applies
// that policy in-process: writers report what they changed, and a table is analyzed in the
// background once enough has, at most once per MIN_INTERVAL_MS (autovacuum's naptime), so a
// bulk load is not analyzed over and over. SQLite analyzes only the tables whose plans depend on it
// (ANALYZE blocks its connection: ~150 ms for 100,000 alerts); PostgreSQL samples, off-thread.
import { getDb, type Db } from "./client";

export type WrittenTable = "Prediction" | "Alert" | "Label";

const ANALYZED_ON = { sqlite: new Set<WrittenTable>(["Alert", "Label"]), postgresql: new Set<WrittenTable>(["Prediction", "Alert", "Label"]) };
const BASE_ROWS = 50;
const SCALE = 0.1;
export const MIN_INTERVAL_MS = 30_000;

type TableState = { generation: number; modified: number; rowsAtAnalyze: number | undefined; analyzedAt: number; analyzing: boolean };
const tables = new Map<WrittenTable, TableState>();

function stateOf(table: WrittenTable): TableState {
  let state = tables.get(table);
  if (!state) tables.set(table, (state = { generation: 0, modified: 0, rowsAtAnalyze: undefined, analyzedAt: -Infinity, analyzing: false }));
  return state;
}

/** How many times this process has changed the table: a cache of derived figures keys on it. */
export const generationOf = (table: WrittenTable): number => stateOf(table).generation;

/** Call after a committed write that inserted or updated `rows` rows of `table`. */
export function noteWrites(table: WrittenTable, rows: number): void {
  if (rows <= 0) return;
  const state = stateOf(table);
  state.generation += 1;
  state.modified += rows;
  const db = getDb();
  if (state.analyzing || !ANALYZED_ON[db.provider].has(table)) return;
  if (state.rowsAtAnalyze !== undefined && state.modified < BASE_ROWS + SCALE * state.rowsAtAnalyze) return;
  if (Date.now() - state.analyzedAt < MIN_INTERVAL_MS) return;
  state.analyzing = true;
  state.analyzedAt = Date.now();
  setImmediate(() => {
    analyze(db, table)
      .then((rows) => {
        state.rowsAtAnalyze = rows;
        state.modified = 0;
      })
      .catch((error: Error) => console.error(`[db] ANALYZE "${table}" failed: ${error.message}`))
      .finally(() => (state.analyzing = false));
  });
}

/** Analyzes the table and returns its row count as the statistics now see it. */
async function analyze(db: Db, table: WrittenTable): Promise<number> {
  // The connection may have closed meanwhile (a test's database dropped): nothing to keep fresh.
  if (db.sqlite?.open === false || (db.pool && db.pool.ended)) return 0;
  if (db.sqlite) {
    db.sqlite.exec(`ANALYZE "${table}"`);
    const row = db.sqlite.prepare(`SELECT stat FROM sqlite_stat1 WHERE tbl = ? LIMIT 1`).get(table) as { stat: string } | undefined;
    return Number(row?.stat.split(" ")[0] ?? 0);
  }
  if (db.pool) {
    await db.pool.query(`ANALYZE "${table}"`);
    const result = await db.pool.query<{ rows: number }>(`SELECT reltuples::bigint AS rows FROM pg_class WHERE relname = $1`, [table]);
    return Math.max(0, Number(result.rows[0]?.rows ?? 0));
  }
  return 0;
}
