// Test support: changes audit rows behind the application's back, as someone with direct
// database access could, by switching the append-only triggers off for the duration.
// Never imported by the application.
import { getDb } from "@/lib/db/client";

const SQLITE_TRIGGERS: Record<string, string[]> = {
  AuditEvent: ["no_update", "no_delete"],
  AuditCheckpoint: ["no_update", "no_delete"],
};

/** Runs raw SQL (`?` placeholders) with the table's append-only triggers off, then restores them. */
export async function tamper(table: "AuditEvent" | "AuditCheckpoint", sql: string, params: unknown[] = []): Promise<void> {
  const db = getDb();
  if (db.provider === "sqlite") {
    const file = db.sqlite!;
    const saved = file
      .prepare(`SELECT "sql" FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?`)
      .all(table) as { sql: string }[];
    for (const name of SQLITE_TRIGGERS[table]) file.exec(`DROP TRIGGER IF EXISTS "${table}_${name}"`);
    try {
      file.prepare(sql).run(...params);
    } finally {
      for (const { sql: create } of saved) file.exec(create);
    }
    return;
  }
  const client = await db.pool!.connect();
  let n = 0;
  try {
    await client.query(`ALTER TABLE "${table}" DISABLE TRIGGER USER`);
    await client.query(sql.replace(/\?/g, () => `$${++n}`), params);
  } finally {
    await client.query(`ALTER TABLE "${table}" ENABLE TRIGGER USER`);
    client.release();
  }
}
