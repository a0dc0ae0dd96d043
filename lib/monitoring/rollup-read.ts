import "server-only";
// Reads one version's roll-ups for a range of UTC days into dense per-day arrays. Three
// primary-key range scans; monitoring never reads predictions for drift.
import { buildDailyCounts, type DailyCounts, type DailyRow, type FeatureLayout, type HistogramRow, type StatRow } from "./daily-counts";
import { isPostgres, millis, readRows } from "@/lib/db/read-sql";
import { DAY_MS } from "./time-windows";

type Raw = Record<string, unknown>;

export async function loadDailyCounts(versionId: number, layout: readonly FeatureLayout[], from: number, to: number): Promise<DailyCounts> {
  const range = [versionId, new Date(from), new Date(to)];
  const where = `WHERE "modelVersionId" = ? AND "day" >= ? AND "day" < ?`;
  // Histogram bins come back one row per (day, series) with the bins as a JSON array of
  // [bucket, count] pairs: a month of one version is ~8,000 bins but ~700 rows, and the drivers'
  // per-row cost (PostgreSQL parses every timestamp) was most of the endpoint's time.
  const pg = isPostgres();
  const day = pg ? `(EXTRACT(EPOCH FROM "day") * 1000)::float8 AS "day"` : `"day"`;
  const pairs = pg ? `json_agg(json_build_array("bucket", "count"))` : `json_group_array(json_array("bucket", "count"))`;
  const [daily, histograms, stats] = await Promise.all([
    readRows<Raw>(`SELECT "day", "n", "alerts", "auditSamples", "scoreSum" FROM "DailyRollup" ${where}`, range),
    readRows<Raw>(`SELECT ${day}, "series", ${pairs} AS "bins" FROM "DailyHistogram" ${where} GROUP BY "day", "series"`, range),
    readRows<Raw>(`SELECT "day", "feature", "n", "sum", "sumSquares", "missing" FROM "DailyFeatureStat" ${where}`, range),
  ]);
  const bins: HistogramRow[] = [];
  for (const r of histograms) {
    const dayMs = millis(r.day);
    const series = String(r.series);
    const list = (typeof r.bins === "string" ? JSON.parse(r.bins) : r.bins) as [string, number][];
    for (const [bucket, count] of list) bins.push({ day: dayMs, series, bucket: String(bucket), count: Number(count) });
  }
  return buildDailyCounts(layout, from, Math.round((to - from) / DAY_MS), {
    daily: daily.map((r): DailyRow => ({ day: millis(r.day), n: Number(r.n), alerts: Number(r.alerts), auditSamples: Number(r.auditSamples), scoreSum: Number(r.scoreSum) })),
    histograms: bins,
    stats: stats.map((r): StatRow => ({ day: millis(r.day), feature: String(r.feature), n: Number(r.n), sum: Number(r.sum), sumSquares: Number(r.sumSquares), missing: Number(r.missing) })),
  });
}

export type DataSpan = { first: number; last: number; days: number; predictions: number } | null;

/** The first and last UTC day with roll-ups, and totals, for defaults and the events' fingerprint. */
export async function dataSpan(versionId: number, before?: number): Promise<DataSpan> {
  const params: (number | Date)[] = [versionId];
  let clause = "";
  if (before !== undefined) {
    clause = ` AND "day" < ?`;
    params.push(new Date(before));
  }
  const [row] = await readRows<Raw>(
    `SELECT MIN("day") AS "first", MAX("day") AS "last", COUNT(*) AS "days", SUM("n") AS "predictions" FROM "DailyRollup" WHERE "modelVersionId" = ?${clause}`,
    params,
  );
  if (!row || row.first === null || row.first === undefined) return null;
  return { first: millis(row.first), last: millis(row.last), days: Number(row.days), predictions: Number(row.predictions) };
}
