// Accumulates one batch's contribution to the daily roll-ups (per model version × UTC day):
// counts, the score histogram, each feature's histogram on the baseline's bins and its
// moments. Pure; lib/ingest/rollups.ts adds the result to the tables.
import type { Baseline } from "@/lib/registry/schemas";
import { binIndex, uniformBinIndex } from "@/lib/stats/histogram";

export const SCORE_BINS = 50;
export const SCORE_SERIES = "score";
const MISSING = "(missing)";

export type RollupVersion = {
  id: number;
  features: { name: string; type: "numeric" | "categorical" }[];
  baseline: Baseline | null;
};

export type DailyRow = { modelVersionId: number; day: Date; n: number; alerts: number; auditSamples: number; scoreSum: number };
export type HistogramRow = { modelVersionId: number; day: Date; series: string; bucket: string; count: number };
export type FeatureStatRow = { modelVersionId: number; day: Date; feature: string; n: number; sum: number; sumSquares: number; missing: number };

export function utcDay(time: Date): Date {
  return new Date(Date.UTC(time.getUTCFullYear(), time.getUTCMonth(), time.getUTCDate()));
}

export class RollupBatch {
  private daily = new Map<string, DailyRow>();
  private histograms = new Map<string, HistogramRow>();
  private stats = new Map<string, FeatureStatRow>();

  add(
    version: RollupVersion,
    prediction: { time: Date; score: number; alerted: boolean; auditSample: boolean; features: Record<string, unknown> },
  ): void {
    const day = utcDay(prediction.time);
    const dayKey = `${version.id}|${day.getTime()}`;
    let daily = this.daily.get(dayKey);
    if (!daily) this.daily.set(dayKey, (daily = { modelVersionId: version.id, day, n: 0, alerts: 0, auditSamples: 0, scoreSum: 0 }));
    daily.n += 1;
    daily.alerts += prediction.alerted ? 1 : 0;
    daily.auditSamples += prediction.auditSample ? 1 : 0;
    daily.scoreSum += prediction.score;
    this.count(version.id, day, SCORE_SERIES, String(uniformBinIndex(prediction.score, SCORE_BINS)));

    for (const feature of version.features) {
      const value = prediction.features[feature.name];
      if (feature.type === "categorical") {
        this.count(version.id, day, feature.name, value == null ? MISSING : String(value).slice(0, 100));
        continue;
      }
      const number = typeof value === "number" ? value : typeof value === "boolean" ? Number(value) : NaN;
      const key = `${dayKey}|${feature.name}`;
      let stat = this.stats.get(key);
      if (!stat) this.stats.set(key, (stat = { modelVersionId: version.id, day, feature: feature.name, n: 0, sum: 0, sumSquares: 0, missing: 0 }));
      if (!Number.isFinite(number)) {
        stat.missing += 1;
        continue;
      }
      stat.n += 1;
      stat.sum += number;
      stat.sumSquares += number * number;
      const reference = version.baseline?.features[feature.name];
      if (reference?.type === "numeric") this.count(version.id, day, feature.name, String(binIndex(reference.edges, number)));
    }
  }

  private count(modelVersionId: number, day: Date, series: string, bucket: string): void {
    const key = `${modelVersionId}|${day.getTime()}|${series}|${bucket}`;
    const row = this.histograms.get(key);
    if (row) row.count += 1;
    else this.histograms.set(key, { modelVersionId, day, series, bucket, count: 1 });
  }

  rows() {
    return { daily: [...this.daily.values()], histograms: [...this.histograms.values()], stats: [...this.stats.values()] };
  }
}
