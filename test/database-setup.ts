// Each integration test file gets its own fresh database on the provider its project names
// (VIGIL_TEST_PROVIDER), migrated with the real migrations, and dropped afterwards.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll } from "vitest";

const provider = process.env.VIGIL_TEST_PROVIDER === "postgresql" ? "postgresql" : "sqlite";
const pgServer = process.env.VIGIL_TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const name = `vigil_test_${randomBytes(6).toString("hex")}`;
let sqliteDir: string | undefined;

if (provider === "postgresql") {
  const url = new URL(pgServer);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
} else {
  sqliteDir = mkdtempSync(path.join(tmpdir(), "vigil-test-"));
  process.env.DATABASE_URL = `file:${path.join(sqliteDir, "test.db")}`;
}
process.env.AUTH_SECRET ??= "integration-test-secret-0123456789";

const { migrate } = await import("@/lib/db/migrations");
await migrate(process.env.DATABASE_URL);

afterAll(async () => {
  const holder = globalThis as { vigilDb?: { close(): Promise<void> } };
  await holder.vigilDb?.close();
  delete holder.vigilDb;
  if (sqliteDir) rmSync(sqliteDir, { recursive: true, force: true });
  if (provider === "postgresql") {
    const admin = new pg.Client({ connectionString: pgServer });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
});
