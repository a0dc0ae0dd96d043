// The active-learning queue on the bench set's scale: 1,000,000 predictions of two versions over
// 30 days (the champion and a shadow challenger scoring the same events), ~3 % labelled, every
// prediction within ±0.0005 of the threshold labelled too (so exclusions bite where the ranking
// starts). Writing a million rows takes a while, so this runs only when asked, one database at
// a time:
//   VIGIL_SCALE_TEST=1 npx vitest run --project integration-sqlite lib/active-learning/selection-scale.integration.test.ts
import { describe, expect, it } from "vitest";
import { getDb, prisma } from "@/lib/db/client";
import { insertSyntheticPredictions, SYNTHETIC } from "@/lib/predictions/synthetic.test-support";
import { activeLearningQueue } from "./queue";
import { ActiveLearningQuery } from "./schemas";

const N = Number(process.env.VIGIL_SCALE_PREDICTIONS ?? 1_000_000);
const END = new Date(SYNTHETIC.start + SYNTHETIC.days * 86_400_000);
const REPEATS = 15;

async function labelSome(): Promise<number> {
  const db = getDb();
  // Labels are append-only facts; INSERT … SELECT writes them in one statement on either database.
  const sql = `INSERT INTO "Label" ("predictionId", "verdict", "source", "at")
    SELECT "id", 'TRUE_POSITIVE', 'ANALYST', "time" FROM "Prediction" WHERE "id" % 33 = 0 OR ABS("score" - 0.9) < 0.0005`;
  if (db.sqlite) db.sqlite.exec(sql);
  else await db.pool!.query(sql);
  if (db.pool) await db.pool.query(`ANALYZE "Label"`);
  return prisma().label.count();
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];

describe.runIf(process.env.VIGIL_SCALE_TEST === "1")(`active-learning selection on ${N.toLocaleString("en-US")} predictions`, () => {
  it("picks a page for either strategy well within the alert queue's budget", async () => {
    const started = performance.now();
    await insertSyntheticPredictions(N);
    await prisma().modelVersion.updateMany({ where: { version: "1.1.0" }, data: { stage: "SHADOW" } });
    const labels = await labelSome();
    console.log(`[scale] ${getDb().provider}: ${N} predictions, ${labels} labels in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    for (const strategy of ["uncertainty", "disagreement"] as const) {
      for (const days of [7, 30]) {
        const query = ActiveLearningQuery.parse({ model: "synthetic-detector", strategy, days: String(days) });
        const times: number[] = [];
        let items = 0;
        for (let i = 0; i < REPEATS; i++) {
          const t = performance.now();
          const queue = await activeLearningQueue(query, END);
          times.push(performance.now() - t);
          items = queue.items.length;
          if (strategy === "uncertainty") {
            // Honest picks: none labelled, nearest the threshold first.
            const distances = queue.items.map((item) => (item.why.kind === "uncertainty" ? item.why.distance : NaN));
            expect(distances).toEqual([...distances].sort((a, b) => a - b));
            expect(distances[0]).toBeGreaterThanOrEqual(0.0005 - 1e-12);
          }
        }
        times.sort((a, b) => a - b);
        console.log(`[scale] ${getDb().provider} ${strategy.padEnd(12)} ${String(days).padStart(2)} days: ${items} picks, median ${percentile(times, 0.5).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms`);
        expect(items).toBe(query.limit);
        expect(percentile(times, 0.95), `${strategy}, ${days} days`).toBeLessThanOrEqual(days === 7 ? 300 : 1000);
      }
    }
  }, 1_800_000);
});
