// The one Prisma client per process, for the provider DATABASE_URL selects. Both providers'
// clients are generated from one schema, so the SQLite client's types describe either.
import Database from "better-sqlite3";
import pg from "pg";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/generated/prisma/sqlite/client";
import { PrismaClient as PostgresClient } from "@/generated/prisma/postgresql/client";
import { env } from "@/lib/env";
import { providerOf, sqlitePath, type Provider } from "./provider";

export type Prisma = SqliteClient;

/** A connection: the Prisma client, plus the raw driver for the hot paths that need it. */
export type Db = {
  provider: Provider;
  prisma: Prisma;
  /** SQLite: a second connection on the same file (WAL), for prepared multi-row inserts. */
  sqlite?: Database.Database;
  /** PostgreSQL: the pool the Prisma adapter also uses. */
  pool?: pg.Pool;
  close(): Promise<void>;
};

export const SQLITE_BUSY_TIMEOUT_MS = 10_000;

export function openSqlite(url: string): Database.Database {
  const file = new Database(sqlitePath(url), { timeout: SQLITE_BUSY_TIMEOUT_MS });
  file.pragma("journal_mode = WAL");
  file.pragma("synchronous = NORMAL");
  file.pragma("foreign_keys = ON");
  return file;
}

export function connect(url: string): Db {
  const provider = providerOf(url);
  if (provider === "postgresql") {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    // An idle connection the server closes (restart, failover, a dropped test database) must not
    // crash the process: the pool discards it and opens another when next needed.
    pool.on("error", (error) => console.error(`[db] an idle PostgreSQL connection was closed: ${error.message}`));
    const prisma = new PostgresClient({ adapter: new PrismaPg(pool) }) as unknown as Prisma;
    return {
      provider,
      prisma,
      pool,
      close: async () => {
        await prisma.$disconnect();
        await pool.end().catch(() => {});
      },
    };
  }
  const sqlite = openSqlite(url);
  const adapter = new PrismaBetterSqlite3(
    { url, timeout: SQLITE_BUSY_TIMEOUT_MS },
    { timestampFormat: "unixepoch-ms" },
  );
  const prisma = new SqliteClient({ adapter });
  return {
    provider,
    prisma,
    sqlite,
    close: async () => {
      await prisma.$disconnect();
      sqlite.close();
    },
  };
}

const holder = globalThis as unknown as { vigilDb?: Db };

/** The process's connection (survives Next's dev-mode module reloads). */
export function getDb(): Db {
  holder.vigilDb ??= connect(env.DATABASE_URL);
  return holder.vigilDb;
}

export function prisma(): Prisma {
  return getDb().prisma;
}
