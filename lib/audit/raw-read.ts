import "server-only";
// Reads for audit work that scans many rows (chain verification, prediction history and its
// exports): the raw driver, not Prisma, because a million rows through the ORM cost seconds.
// SQLite reads through its own read-only connection, so a scan never sees another request's
// uncommitted writes on the shared writer connection and never blocks it (WAL). Values come
// back as Prisma stores them; `decode…` helpers turn them into JS values.
import Database from "better-sqlite3";
import pg from "pg";
import { getDb, SQLITE_BUSY_TIMEOUT_MS, type Db } from "@/lib/db/client";
import { sqlitePath } from "@/lib/db/provider";
import { env } from "@/lib/env";

export type ReadValue = string | number | boolean | null | Date;

// pg reads `timestamp` (no zone) as local time; Vigil stores UTC, so read it as UTC.
const TIMESTAMP_OID = 1114;
const pgTypes = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === TIMESTAMP_OID
      ? (text: string) => new Date(`${text.replace(" ", "T")}Z`)
      : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

const holder = globalThis as unknown as { vigilReadConnections?: WeakMap<Db, Database.Database> };

function sqliteReader(db: Db): Database.Database {
  holder.vigilReadConnections ??= new WeakMap();
  let reader = holder.vigilReadConnections.get(db);
  if (!reader) {
    reader = new Database(sqlitePath(env.DATABASE_URL), { readonly: true, fileMustExist: true, timeout: SQLITE_BUSY_TIMEOUT_MS });
    holder.vigilReadConnections.set(db, reader);
  }
  return reader;
}

function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

function encode(provider: Db["provider"], value: ReadValue): unknown {
  if (value instanceof Date) return provider === "sqlite" ? value.getTime() : value.toISOString().slice(0, 23);
  if (typeof value === "boolean" && provider === "sqlite") return value ? 1 : 0;
  return value;
}

// Scans run the same few statements batch after batch: compile each once per connection.
const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

function prepared(reader: Database.Database, sql: string, arrays = false): Database.Statement {
  let cache = statements.get(reader);
  if (!cache) statements.set(reader, (cache = new Map()));
  const key = `${arrays ? "A" : "O"}${sql}`;
  let statement = cache.get(key);
  if (!statement) {
    if (cache.size >= 128) cache.clear();
    statement = reader.prepare(sql);
    if (arrays) statement.raw(true);
    cache.set(key, statement);
  }
  return statement;
}

/** Runs a read with `?` placeholders on the process's database. */
export async function rawRead<Row>(sql: string, params: ReadValue[] = []): Promise<Row[]> {
  const db = getDb();
  const values = params.map((value) => encode(db.provider, value));
  if (db.provider === "sqlite") return prepared(sqliteReader(db), sql).all(values) as Row[];
  const result = await db.pool!.query({ text: numbered(sql), values, types: pgTypes });
  return result.rows as Row[];
}

/** As rawRead, with each row as an array of column values (cheaper for long scans). */
export async function rawReadArrays(sql: string, params: ReadValue[] = []): Promise<unknown[][]> {
  const db = getDb();
  const values = params.map((value) => encode(db.provider, value));
  if (db.provider === "sqlite") return prepared(sqliteReader(db), sql, true).all(values) as unknown[][];
  const result = await db.pool!.query({ text: numbered(sql), values, types: pgTypes, rowMode: "array" });
  return result.rows as unknown[][];
}

export function providerNow(): Db["provider"] {
  return getDb().provider;
}

/** A DateTime column as read: epoch ms on SQLite, a Date on PostgreSQL. */
export function decodeTime(value: unknown): Date {
  if (value instanceof Date) return value;
  // Prisma writes epoch ms; a hand-written row may hold ISO text instead.
  return typeof value === "string" && !/^\d+$/.test(value) ? new Date(value) : new Date(Number(value));
}

/** A Json column as read: text on SQLite, parsed on PostgreSQL. */
export function decodeJson<T = unknown>(value: unknown): T {
  return (typeof value === "string" ? JSON.parse(value) : value) as T;
}

/** A Boolean column as read: 0/1 on SQLite. */
export function decodeBool(value: unknown): boolean {
  return value === true || value === 1 || value === "1";
}
