import "server-only";
import { getDb } from "./client";

export async function health(): Promise<{ status: "ok" | "unavailable"; db: string }> {
  const db = getDb();
  try {
    await db.prisma.$queryRawUnsafe("SELECT 1");
    return { status: "ok", db: db.provider };
  } catch {
    return { status: "unavailable", db: db.provider };
  }
}
