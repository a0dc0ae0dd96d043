// Developer tool: `npx tsx lib/db/make-migration.ts <name>` writes, for each provider, the SQL
// that takes the committed migrations to prisma/schema.prisma. PostgreSQL needs a server for
// a temporary shadow database (MIGRATION_PG_URL, default the local one).
import { mkdirSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { openSchemaEngine } from "./schema-engine";
import { migrationAdapterFor } from "./migration-adapter";
import { migrationList, migrationsDir, schemaSource } from "./migrations";
import { PROVIDERS, type Provider } from "./schema-source";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: tsx lib/db/make-migration.ts <snake_case_name>");
  process.exit(2);
}
const pgUrl = process.env.MIGRATION_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

const urls: Record<Provider, string> = { sqlite: "file::memory:", postgresql: pgUrl };
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);

for (const provider of PROVIDERS) {
  const list = migrationList(provider);
  const adapter = migrationAdapterFor(urls[provider]);
  const engine = await openSchemaEngine(schemaSource(provider), adapter);
  const { stdout } = await engine.diff({
    from: list.migrationDirectories.length ? { tag: "migrations", ...list } : { tag: "empty" },
    to: { tag: "schemaDatamodel", files: [schemaSource(provider)] },
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  engine.free();
  await adapter.dispose();
  const sql = stdout ?? "";
  if (!sql.trim() || /empty migration/i.test(sql)) {
    console.error(`${provider}: schema matches the migrations; nothing written`);
    continue;
  }
  const dir = path.join(migrationsDir(provider), `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  const lock = path.join(migrationsDir(provider), "migration_lock.toml");
  if (!existsSync(lock)) writeFileSync(lock, `provider = "${provider}"\n`);
  console.error(`${provider}: wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
}
