// Rows in every application table, read straight from the catalogue so tables added later are
// counted too: "nothing was written" means this snapshot did not change.
import { getDb } from "@/lib/db/client";

let tables: string[] | undefined;

async function tableNames(): Promise<string[]> {
  const { prisma, provider } = getDb();
  const rows =
    provider === "postgresql"
      ? await prisma.$queryRawUnsafe<{ name: string }[]>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`)
      : await prisma.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`);
  return rows.map((r) => r.name).filter((name) => !name.startsWith("_prisma")).sort();
}

export async function rowCounts(): Promise<Record<string, number>> {
  tables ??= await tableNames();
  const { prisma } = getDb();
  const union = tables.map((t) => `SELECT '${t}' AS name, COUNT(*) AS n FROM "${t}"`).join(" UNION ALL ");
  const rows = await prisma.$queryRawUnsafe<{ name: string; n: number | bigint }[]>(union);
  return Object.fromEntries(rows.map((r) => [r.name, Number(r.n)]));
}
