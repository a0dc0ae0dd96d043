// Driver adapters for the schema engine, with two fixes the engine needs here:
// - adapter-pg splits scripts on every ";", which breaks plpgsql bodies ($$ … $$); PostgreSQL
//   runs a multi-statement script as one simple query, so the whole script is sent at once.
// - the engine does not close what it opened; `dispose()` closes it so a second migration in
//   the same process (tests) is not blocked by a lingering SQLite connection.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { providerOf } from "./provider";

type Queryable = { client: { query(sql: string): Promise<unknown> }; onError(error: unknown): never };

function sendScriptsWhole(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const raw = adapter as unknown as Queryable;
  adapter.executeScript = async (script: string) => {
    try {
      await raw.client.query(script);
    } catch (error) {
      raw.onError(error);
    }
  };
  return adapter;
}

export type MigrationAdapter = SqlMigrationAwareDriverAdapterFactory & { dispose(): Promise<void> };

export function migrationAdapterFor(url: string): MigrationAdapter {
  const isPg = providerOf(url) === "postgresql";
  const inner: SqlMigrationAwareDriverAdapterFactory = isPg
    ? new PrismaPg(url) // its shadow database is a temporary one it creates and drops
    : new PrismaBetterSqlite3({ url });
  const opened: SqlDriverAdapter[] = [];
  const track = (adapter: SqlDriverAdapter) => {
    opened.push(adapter);
    return isPg ? sendScriptsWhole(adapter) : adapter;
  };
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => track(await inner.connect()),
    connectToShadowDb: async () => track(await inner.connectToShadowDb()),
    dispose: async () => {
      await Promise.all(opened.splice(0).map((adapter) => adapter.dispose().catch(() => {})));
    },
  };
}
