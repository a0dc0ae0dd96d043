import { beforeAll, describe, expect, it } from "vitest";
import { getDb, prisma } from "@/lib/db/client";
import { generationOf } from "@/lib/db/statistics";
import { ingestPredictions } from "@/lib/ingest/ingest";
import { prediction, registerVersion } from "@/test/helpers/fixtures";
import { MAX_AGE_MS, countByStatus } from "./status-counts";
import { recordVerdicts } from "./verdicts";

const until = async (check: () => Promise<boolean>, ms = 5_000) => {
  for (const started = Date.now(); Date.now() - started < ms; await new Promise((r) => setTimeout(r, 20))) if (await check()) return true;
  return false;
};

async function analyzedAlerts(): Promise<boolean> {
  const db = getDb();
  if (db.sqlite) return !!db.sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'`).get() && !!db.sqlite.prepare(`SELECT 1 FROM sqlite_stat1 WHERE tbl = 'Alert'`).get();
  const result = await db.pool!.query(`SELECT last_analyze FROM pg_stat_user_tables WHERE relname = 'Alert'`);
  return result.rows[0]?.last_analyze != null;
}

describe("the queue's status counts", () => {
  beforeAll(async () => {
    await registerVersion();
    await ingestPredictions(Array.from({ length: 6 }, (_, i) => prediction(`evt-count-${i}`, 0.95)));
  });

  it("counts per status and, once alerts change, planner statistics are brought up to date", async () => {
    expect(await countByStatus()).toEqual({ NEW: 6 });
    expect(await until(analyzedAlerts)).toBe(true);
  });

  it("serves a cached count until an alert changes in this process", async () => {
    const before = await countByStatus();
    // Behind the cache's back, as another process would: the cached answer stands for a while…
    const hidden = await prisma().alert.findFirstOrThrow({ where: { status: "NEW" }, select: { id: true } });
    await prisma().alert.update({ where: { id: hidden.id }, data: { status: "IN_PROGRESS" } });
    expect(await countByStatus()).toEqual(before);
    // …and past the maximum age it is counted again.
    const recounted = await countByStatus([], Date.now() + MAX_AGE_MS + 1);
    expect(recounted).toEqual({ NEW: before.NEW - 1, IN_PROGRESS: 1 });

    // A verdict recorded here changes the answer at once.
    const generation = generationOf("Alert");
    const alert = await prisma().alert.findFirstOrThrow({ where: { status: "NEW" }, select: { predictionId: true } });
    await recordVerdicts([{ predictionId: alert.predictionId, verdict: "TRUE_POSITIVE", source: "ANALYST" }], { label: "test" });
    expect(generationOf("Alert")).toBeGreaterThan(generation);
    expect(await countByStatus()).toEqual({ NEW: before.NEW - 2, IN_PROGRESS: 1, RESOLVED: 1 });
  });

  it("keys the cache by the view's filters", async () => {
    const all = await countByStatus();
    const none = await countByStatus([{ host: "no-such-host" }]);
    expect(none).toEqual({});
    expect(await countByStatus()).toEqual(all);
  });
});
