import "server-only";
// Read-only SQL on the raw driver for the monitoring reads that return thousands of small rows
// (roll-ups, labelled predictions): Prisma builds an object per field and costs more than the
// query. `?` placeholders (renumbered for PostgreSQL); values encoded as Prisma stores them.
import { getDb } from "@/lib/db/client";

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
  if (db.pool) return (await db.pool.query({ text: numbered(sql), values: params })).rows as Row[];
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
