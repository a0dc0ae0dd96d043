import "server-only";
// A version's traffic in a range from the daily roll-ups written at ingest: how many
// predictions, over how many days, and their score histogram — never a scan of the prediction
// log. The roll-ups are per UTC day, so a range that does not start and end at midnight is
// widened to whole days for the histogram and the day count; the prediction count, which the
// census check needs exactly, is then counted from the log instead.
import { prisma } from "@/lib/db/client";
import { SCORE_BINS, SCORE_SERIES } from "@/lib/ingest/rollup-batch";
import type { Range } from "./load-labelled";
import { rangeClause, readRows } from "@/lib/db/read-sql";
import type { ScoreHistogram } from "./volume";

export type Traffic = { predictions: number; days: number; histogram: ScoreHistogram };

const DAY_MS = 86_400_000;
const utcDay = (date: Date) => new Date(Math.floor(date.getTime() / DAY_MS) * DAY_MS);
const isMidnight = (date: Date | undefined) => !date || date.getTime() === utcDay(date).getTime();

export async function loadTraffic(versionId: number, range: Range): Promise<Traffic> {
  const day = { ...(range.from ? { gte: utcDay(range.from) } : {}), ...(range.to ? { lt: range.to } : {}) };
  const [rollups, buckets, exact] = await Promise.all([
    prisma().dailyRollup.findMany({ where: { modelVersionId: versionId, day }, select: { n: true } }),
    prisma().dailyHistogram.groupBy({ by: ["bucket"], where: { modelVersionId: versionId, series: SCORE_SERIES, day }, _sum: { count: true } }),
    isMidnight(range.from) && isMidnight(range.to) ? null : countPredictions(versionId, range),
  ]);
  const counts = new Array<number>(SCORE_BINS).fill(0);
  for (const b of buckets) {
    const index = Number(b.bucket);
    if (Number.isInteger(index) && index >= 0 && index < SCORE_BINS) counts[index] += b._sum.count ?? 0;
  }
  return {
    predictions: exact ?? rollups.reduce((sum, r) => sum + r.n, 0),
    days: rollups.filter((r) => r.n > 0).length,
    histogram: { bins: SCORE_BINS, counts },
  };
}

async function countPredictions(versionId: number, range: Range): Promise<number> {
  const time = rangeClause(`"time"`, range.from, range.to);
  const [row] = await readRows<{ n: number }>(`SELECT CAST(COUNT(*) AS INTEGER) AS "n" FROM "Prediction" WHERE "modelVersionId" = ?${time.sql}`, [versionId, ...time.params]);
  return Number(row?.n ?? 0);
}
