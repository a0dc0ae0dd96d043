import "server-only";
// Performance over time of one version from its verdicts: weekly (or daily) precision, recall
// and FP rate with intervals, calibration, label coverage and delay. Reads the labelled
// predictions of the range (a few per cent of traffic) and the roll-ups' daily totals.
import type { Verdict } from "@/lib/alerts/schemas";
import type { Range } from "./drift-report";
import { type LabelledPrediction, performanceOverTime, trainingMetricsOf } from "./performance";
import { loadDailyCounts } from "./rollup-read";
import type { PerformanceReport } from "./schemas";
import { millis, readRows, truthy } from "@/lib/db/read-sql";
import { windowsOf, type WindowKind } from "./time-windows";
import type { MonitoredVersion } from "./versions";

type LabelRow = { pid: unknown; time: unknown; score: unknown; decision: unknown; auditSample: unknown; pi: unknown; lid: unknown; verdict: string; at: unknown; supersedesId: unknown };

/**
 * The version's predictions in the range that carry a verdict, with their latest verdict (the
 * label nothing supersedes) and the time of their first.
 */
export async function loadLabelled(versionId: number, range: Range): Promise<LabelledPrediction[]> {
  const rows = await readRows<LabelRow>(
    `SELECT p."id" AS "pid", p."time", p."score", p."decision", p."auditSample", p."inclusionProbability" AS "pi",
            l."id" AS "lid", l."verdict", l."at", l."supersedesId"
     FROM "Prediction" p JOIN "Label" l ON l."predictionId" = p."id"
     WHERE p."modelVersionId" = ? AND p."time" >= ? AND p."time" < ?`,
    [versionId, new Date(range.from), new Date(range.to)],
  );
  const superseded = new Set<number>();
  for (const row of rows) if (row.supersedesId !== null && row.supersedesId !== undefined) superseded.add(Number(row.supersedesId));
  const byPrediction = new Map<number, LabelledPrediction>();
  for (const row of rows) {
    const pid = Number(row.pid);
    const at = millis(row.at);
    let entry = byPrediction.get(pid);
    if (!entry) {
      entry = {
        time: millis(row.time),
        score: Number(row.score),
        alerted: truthy(row.decision),
        auditSample: truthy(row.auditSample),
        inclusionProbability: row.pi === null || row.pi === undefined ? null : Number(row.pi),
        verdict: row.verdict as Verdict,
        firstVerdictAt: at,
      };
      byPrediction.set(pid, entry);
    }
    entry.firstVerdictAt = Math.min(entry.firstVerdictAt, at);
    if (!superseded.has(Number(row.lid))) entry.verdict = row.verdict as Verdict;
  }
  return [...byPrediction.values()];
}

export const VERDICT_MAPPING = { TRUE_POSITIVE: 1 as const, FALSE_POSITIVE: 0 as const, excluded: ["BENIGN_POSITIVE", "UNDETERMINED"] };

export const ESTIMATORS = {
  precision: "true positives ÷ alerts with a true- or false-positive verdict (analysts judge alerts; no weighting needed)",
  recall: "inverse-probability weighted: alerts scaled up from their labelled share, missed attacks from the audit sample below the threshold (1/π each)",
  fpr: "inverse-probability weighted: false positives among alerts over all benign events, benign events below the threshold from the audit sample (1/π each)",
  intervals: "95 % percentile bootstrap, 1,000 resamples of whole UTC days (a day's alerts come in correlated campaigns)",
  calibration: "10 equal-width bins, labelled alerts and audit samples weighted as above",
};

export async function performanceReport(version: MonitoredVersion, range: Range, window: WindowKind, drop: number): Promise<PerformanceReport> {
  const [labelled, totals] = await Promise.all([loadLabelled(version.id, range), loadDailyCounts(version.id, [], range.from, range.to)]);
  const training = trainingMetricsOf(version.metrics);
  const windows = performanceOverTime({ labelled, totals, windows: windowsOf(window, range.from, range.to), training, drop });
  return {
    from: new Date(range.from).toISOString(),
    to: new Date(range.to).toISOString(),
    threshold: version.threshold,
    performanceDrop: drop,
    training,
    windows,
    mapping: VERDICT_MAPPING,
    estimators: ESTIMATORS,
  };
}

