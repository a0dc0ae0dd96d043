// Accumulates one batch's contribution to the daily roll-ups (per model version × UTC day):
// counts, the score histogram, each feature's histogram on the baseline's bins and its
// moments. Pure; the writers add the result to the tables. Counts go into typed arrays per
// (version, day) and become rows once per batch: a batch of 1,000 touches a few hundred rows.
import type { Baseline } from "@/lib/registry/schemas";
import { binIndex, uniformBinIndex } from "@/lib/stats/histogram";

export const SCORE_BINS = 50;
export const SCORE_SERIES = "score";
const MISSING = "(missing)";
const DAY_MS = 86_400_000;

export type RollupVersion = {
  id: number;
  features: { name: string; type: "numeric" | "categorical" }[];
  baseline: Baseline | null;
};

/** `day`: the UTC midnight it covers, in epoch milliseconds. */
export type DailyRow = { modelVersionId: number; day: number; n: number; alerts: number; auditSamples: number; scoreSum: number };
export type HistogramRow = { modelVersionId: number; day: number; series: string; bucket: string; count: number };
export type FeatureStatRow = { modelVersionId: number; day: number; feature: string; n: number; sum: number; sumSquares: number; missing: number };
export type RollupRows = { daily: DailyRow[]; histograms: HistogramRow[]; stats: FeatureStatRow[] };

/** Where a version's counts live in a slot's arrays; worked out once per version and batch. */
type Layout = {
  numeric: { name: string; edges: number[] | undefined; offset: number }[];
  categorical: string[];
  bins: number;
};

type Slot = {
  layout: Layout;
  day: number;
  n: number;
  alerts: number;
  auditSamples: number;
  scoreSum: number;
  /** the score's bins, then each numeric feature's baseline bins */
  counts: Int32Array;
  /** per numeric feature: n, sum, sum of squares, missing */
  moments: Float64Array;
  categories: Map<string, number>[];
};

type VersionSlots = { version: RollupVersion; layout: Layout; days: Map<number, Slot>; last: Slot | undefined };

function layoutOf(version: RollupVersion): Layout {
  const layout: Layout = { numeric: [], categorical: [], bins: SCORE_BINS };
  const seen = new Set<string>();
  for (const feature of version.features) {
    if (seen.has(feature.name)) continue; // one series per name, as each is one set of rows
    seen.add(feature.name);
    if (feature.type === "categorical") {
      layout.categorical.push(feature.name);
      continue;
    }
    const reference = version.baseline?.features[feature.name];
    const edges = reference?.type === "numeric" ? reference.edges : undefined;
    layout.numeric.push({ name: feature.name, edges, offset: layout.bins });
    if (edges) layout.bins += edges.length + 1;
  }
  return layout;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export class RollupBatch {
  private versions = new Map<number, VersionSlots>();

  /** `time`: the prediction's time in epoch milliseconds. */
  add(version: RollupVersion, time: number, score: number, alerted: boolean, auditSample: boolean, features: Record<string, unknown>): void {
    const slot = this.slot(version, Math.floor(time / DAY_MS) * DAY_MS);
    const { layout, counts, moments } = slot;
    slot.n += 1;
    if (alerted) slot.alerts += 1;
    if (auditSample) slot.auditSamples += 1;
    slot.scoreSum += score;
    counts[uniformBinIndex(score, SCORE_BINS)] += 1;

    for (let j = 0; j < layout.numeric.length; j++) {
      const { name, edges, offset } = layout.numeric[j];
      const value = features[name];
      const number = typeof value === "number" ? value : typeof value === "boolean" ? Number(value) : NaN;
      if (!Number.isFinite(number)) {
        moments[4 * j + 3] += 1;
        continue;
      }
      moments[4 * j] += 1;
      moments[4 * j + 1] += number;
      moments[4 * j + 2] += number * number;
      if (edges) counts[offset + binIndex(edges, number)] += 1;
    }
    for (let k = 0; k < layout.categorical.length; k++) {
      const value = features[layout.categorical[k]];
      const bucket = value == null ? MISSING : String(value).slice(0, 100);
      const categories = slot.categories[k];
      categories.set(bucket, (categories.get(bucket) ?? 0) + 1);
    }
  }

  private slot(version: RollupVersion, day: number): Slot {
    let slots = this.versions.get(version.id);
    if (!slots) this.versions.set(version.id, (slots = { version, layout: layoutOf(version), days: new Map(), last: undefined }));
    if (slots.last?.day === day) return slots.last;
    let slot = slots.days.get(day);
    if (!slot) {
      const { layout } = slots;
      slot = {
        layout, day, n: 0, alerts: 0, auditSamples: 0, scoreSum: 0,
        counts: new Int32Array(layout.bins),
        moments: new Float64Array(4 * layout.numeric.length),
        categories: layout.categorical.map(() => new Map<string, number>()),
      };
      slots.days.set(day, slot);
    }
    slots.last = slot;
    return slot;
  }

  /**
   * The rows to add, each list sorted by its key: concurrent batches then lock shared roll-up
   * rows in the same order, which keeps PostgreSQL from deadlocking them.
   */
  rows(): RollupRows {
    const out: RollupRows = { daily: [], histograms: [], stats: [] };
    const versions = [...this.versions.values()].sort((a, b) => a.version.id - b.version.id);
    for (const { version, layout, days } of versions) {
      const modelVersionId = version.id;
      for (const slot of [...days.values()].sort((a, b) => a.day - b.day)) {
        const { day, counts, moments } = slot;
        out.daily.push({ modelVersionId, day, n: slot.n, alerts: slot.alerts, auditSamples: slot.auditSamples, scoreSum: slot.scoreSum });
        const histograms: HistogramRow[] = [];
        for (let bin = 0; bin < SCORE_BINS; bin++) {
          if (counts[bin]) histograms.push({ modelVersionId, day, series: SCORE_SERIES, bucket: String(bin), count: counts[bin] });
        }
        layout.numeric.forEach(({ name, edges, offset }, j) => {
          out.stats.push({ modelVersionId, day, feature: name, n: moments[4 * j], sum: moments[4 * j + 1], sumSquares: moments[4 * j + 2], missing: moments[4 * j + 3] });
          for (let bin = 0; edges && bin <= edges.length; bin++) {
            const count = counts[offset + bin];
            if (count) histograms.push({ modelVersionId, day, series: name, bucket: String(bin), count });
          }
        });
        layout.categorical.forEach((name, k) => {
          for (const [bucket, count] of slot.categories[k]) histograms.push({ modelVersionId, day, series: name, bucket, count });
        });
        histograms.sort((a, b) => compare(a.series, b.series) || compare(a.bucket, b.bucket));
        // A numeric feature named like the score series shares its rows: one row per key.
        for (const row of histograms) {
          const previous = out.histograms.at(-1);
          if (previous?.modelVersionId === modelVersionId && previous.day === day && previous.series === row.series && previous.bucket === row.bucket) {
            previous.count += row.count;
          } else out.histograms.push(row);
        }
      }
    }
    out.stats.sort((a, b) => a.modelVersionId - b.modelVersionId || a.day - b.day || compare(a.feature, b.feature));
    return out;
  }
}
