import "server-only";
// The queue's per-status counts ("how much is left"), cached per view. Counting a broad view
// reads tens of thousands of index entries (7–35 ms on the bench set) on every first page and
// every live refresh, by every analyst, while the answer changes only when alerts do. An entry
// is served while no alert has changed in this process since it was counted, and for at most
// MAX_AGE_MS, which bounds how stale a write made by another process can leave it.
import { prisma } from "@/lib/db/client";
import { generationOf } from "@/lib/db/statistics";
import type { Prisma as Db } from "@/generated/prisma/sqlite/client";

type Where = Db.AlertWhereInput;
type Entry = { generation: number; at: number; counts: Record<string, number> };

export const MAX_AGE_MS = 5_000;
const MAX_ENTRIES = 500;
const cache = new Map<string, Entry>();

async function count(where: Where[]): Promise<Record<string, number>> {
  const groups = await prisma().alert.groupBy({ by: ["status"], where: { AND: where }, _count: { _all: true } });
  return Object.fromEntries(groups.map((g) => [g.status, g._count._all]));
}

export async function countByStatus(where: Where[] = [], now = Date.now()): Promise<Record<string, number>> {
  const key = JSON.stringify(where);
  const generation = generationOf("Alert");
  const hit = cache.get(key);
  if (hit && hit.generation === generation && now - hit.at < MAX_AGE_MS) return hit.counts;
  const counts = await count(where);
  // A write that landed while counting may or may not be in the result: keep it only if none did.
  if (generationOf("Alert") === generation) {
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
    cache.set(key, { generation, at: now, counts });
  }
  return counts;
}
