// Applies the committed migrations for a database, offline and idempotently, through the
// schema engine (it records them in `_prisma_migrations`, as `prisma migrate deploy` would).
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import { migrationAdapterFor } from "./migration-adapter";
import { openSchemaEngine } from "./schema-engine";
import { providerOf, sqlitePath, type Provider } from "./provider";
import { schemaFor } from "./schema-source";

const root = path.resolve(import.meta.dirname, "../..");

export function migrationsDir(provider: Provider): string {
  return path.join(root, "prisma/migrations", provider);
}

export function schemaSource(provider: Provider): { path: string; content: string } {
  const file = path.join(root, "prisma/schema.prisma");
  return { path: file, content: schemaFor(readFileSync(file, "utf8"), provider, "../generated/prisma") };
}

export function migrationList(provider: Provider): MigrationList {
  const baseDir = migrationsDir(provider);
  const lockPath = path.join(baseDir, "migration_lock.toml");
  const directories = existsSync(baseDir)
    ? readdirSync(baseDir, { withFileTypes: true }).filter((entry) => entry.isDirectory())
    : [];
  return {
    baseDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: directories
      .map((entry) => entry.name)
      .sort()
      .map((name) => ({
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: { tag: "ok" as const, value: readFileSync(path.join(baseDir, name, "migration.sql"), "utf8") },
        },
      })),
  };
}

/** PostgreSQL: creates the named database when it does not exist yet. */
async function ensurePostgresDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

export type MigrateResult = { provider: Provider; applied: string[] };

export async function migrate(url: string): Promise<MigrateResult> {
  const provider = providerOf(url);
  if (provider === "postgresql") {
    await ensurePostgresDatabase(url);
  } else {
    const dir = path.dirname(path.resolve(sqlitePath(url)));
    mkdirSync(dir, { recursive: true });
  }
  let applied: string[] = [];
  const adapter = migrationAdapterFor(url);
  const engine = await openSchemaEngine(schemaSource(provider), adapter);
  try {
    ({ appliedMigrationNames: applied } = await engine.applyMigrations({
      migrationsList: migrationList(provider),
      filters: { externalTables: [], externalEnums: [] },
    }));
  } finally {
    engine.free();
    await adapter.dispose();
  }
  if (provider === "sqlite") enableWal(url);
  return { provider, applied };
}

/** WAL lets the web tier read while ingest writes; the mode persists in the file. */
function enableWal(url: string): void {
  const file = new Database(sqlitePath(url));
  file.pragma("journal_mode = WAL");
  file.close();
}
