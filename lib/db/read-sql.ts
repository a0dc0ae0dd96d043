import "server-only";
// Read-only SQL on the raw driver, for reads Prisma cannot express (the evaluation applies a
// verdict on one version's prediction to another version's prediction of the same event) or
// that return thousands of small rows (monitoring's roll-ups, labelled predictions), where
// Prisma's object per field costs more than the query. SQL is written with `?` placeholders
// (renumbered for PostgreSQL); values are encoded as Prisma stores them.
import type pg from "pg";
import { getDb } from "./client";

export type ReadValue = string | number | boolean | Date | null;

function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** SQLite keeps DateTime as epoch milliseconds and Boolean as 0/1 (lib/db/client.ts). */
function encodeSqlite(value: ReadValue): string | number | null {
  if (value instanceof Date) return value.getTime();
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

export async function readRows<Row>(sql: string, params: ReadValue[] = []): Promise<Row[]> {
  const db = getDb();
  if (db.sqlite) return db.sqlite.prepare(sql).all(...params.map(encodeSqlite)) as Row[];
  if (db.pool) return (await pgRead(db.pool, { text: numbered(sql), values: params })) as Row[];
  throw new Error("no raw driver on this connection");
}

/**
 * PostgreSQL without JIT: these joins over tens of thousands of labels cost enough for the
 * planner to JIT-compile them, which took ~460 ms of a ~1 s query on the bench set — for a
 * plan that runs in ~250 ms. SET LOCAL keeps the setting to this read's transaction, so the
 * pooled connection goes back unchanged.
 */
async function pgRead(pool: pg.Pool, query: pg.QueryConfig & { rowMode?: "array" }): Promise<unknown[]> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN READ ONLY");
    await client.query("SET LOCAL jit = off");
    const result = await client.query(query);
    await client.query("COMMIT");
    return result.rows;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/**
 * The same, as arrays in column order: no object per row, which halves the cost of reading
 * tens of thousands of rows (measured on the labelled set of the bench data).
 */
export async function readTuples(sql: string, params: ReadValue[] = []): Promise<unknown[][]> {
  const db = getDb();
  if (db.sqlite) return db.sqlite.prepare(sql).raw(true).all(...params.map(encodeSqlite)) as unknown[][];
  if (db.pool) return (await pgRead(db.pool, { text: numbered(sql), values: params, rowMode: "array" })) as unknown[][];
  throw new Error("no raw driver on this connection");
}

export function isPostgres(): boolean {
  return getDb().provider === "postgresql";
}

/** Epoch ms from either driver's timestamp (SQLite: a number; PostgreSQL: a Date). */
export function millis(value: unknown): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  return Date.parse(String(value));
}

/** 0/1 from SQLite, true/false from PostgreSQL. */
export const truthy = (value: unknown): boolean => value === true || value === 1 || value === "1" || value === "t";

/** `time >= ? AND time < ?` for the parts of a half-open range that are set. */
export function rangeClause(column: string, from: Date | undefined, to: Date | undefined): { sql: string; params: Date[] } {
  const parts: string[] = [];
  const params: Date[] = [];
  if (from) {
    parts.push(`${column} >= ?`);
    params.push(from);
  }
  if (to) {
    parts.push(`${column} < ?`);
    params.push(to);
  }
  return { sql: parts.length ? ` AND ${parts.join(" AND ")}` : "", params };
}

/** `(?, ?, ?)` for an IN list. */
export const inList = (count: number) => `(${Array.from({ length: count }, () => "?").join(", ")})`;
