import { describe, expect, it } from "vitest";
import { binIndex, uniformBinIndex } from "@/lib/stats/histogram";
import { Rng } from "@/lib/stats/random";
import { RollupBatch, SCORE_BINS, type RollupVersion } from "./rollup-batch";

const withBaseline: RollupVersion = {
  id: 7,
  features: [
    { name: "bytes", type: "numeric" },
    { name: "logins", type: "numeric" },
    { name: "protocol", type: "categorical" },
    { name: "unbinned", type: "numeric" },
  ],
  baseline: {
    n: 10,
    features: {
      bytes: { type: "numeric", edges: [10, 100, 1000], proportions: [0.25, 0.25, 0.25, 0.25], mean: 0, std: 1 },
      logins: { type: "numeric", edges: [1, 3], proportions: [0.5, 0.3, 0.2], mean: 0, std: 1 },
      protocol: { type: "categorical", frequencies: { tcp: 1 } },
    },
  },
};
const noBaseline: RollupVersion = { id: 3, features: [{ name: "bytes", type: "numeric" }, { name: "protocol", type: "categorical" }], baseline: null };

type Prediction = { time: number; score: number; alerted: boolean; auditSample: boolean; features: Record<string, unknown> };

/** The roll-ups computed the plain way: one keyed count per row and series. */
function reference(rows: [RollupVersion, Prediction][]) {
  const daily = new Map<string, { n: number; alerts: number; auditSamples: number; scoreSum: number }>();
  const histograms = new Map<string, number>();
  const stats = new Map<string, { n: number; sum: number; sumSquares: number; missing: number }>();
  const count = (key: string) => histograms.set(key, (histograms.get(key) ?? 0) + 1);
  for (const [version, p] of rows) {
    const day = Date.UTC(new Date(p.time).getUTCFullYear(), new Date(p.time).getUTCMonth(), new Date(p.time).getUTCDate());
    const key = `${version.id}|${day}`;
    const d = daily.get(key) ?? { n: 0, alerts: 0, auditSamples: 0, scoreSum: 0 };
    daily.set(key, { n: d.n + 1, alerts: d.alerts + Number(p.alerted), auditSamples: d.auditSamples + Number(p.auditSample), scoreSum: d.scoreSum + p.score });
    count(`${key}|score|${uniformBinIndex(p.score, SCORE_BINS)}`);
    for (const feature of version.features) {
      const value = p.features[feature.name];
      if (feature.type === "categorical") {
        count(`${key}|${feature.name}|${value == null ? "(missing)" : String(value).slice(0, 100)}`);
        continue;
      }
      const x = typeof value === "number" ? value : typeof value === "boolean" ? Number(value) : NaN;
      const s = stats.get(`${key}|${feature.name}`) ?? { n: 0, sum: 0, sumSquares: 0, missing: 0 };
      if (!Number.isFinite(x)) s.missing += 1;
      else {
        s.n += 1;
        s.sum += x;
        s.sumSquares += x * x;
        const ref = version.baseline?.features[feature.name];
        if (ref?.type === "numeric") count(`${key}|${feature.name}|${binIndex(ref.edges, x)}`);
      }
      stats.set(`${key}|${feature.name}`, s);
    }
  }
  return { daily, histograms, stats };
}

describe("RollupBatch", () => {
  it("counts what the plain per-row computation counts, across versions and days", () => {
    const rng = new Rng(11);
    const start = Date.UTC(2026, 10, 1, 20);
    const values = [() => rng.normal(100, 300), () => Math.floor(rng.uniform() * 5), () => true, () => null, () => "n/a", () => undefined];
    const rows: [RollupVersion, Prediction][] = Array.from({ length: 3000 }, () => {
      const pick = () => values[Math.floor(rng.uniform() * values.length)]();
      const features: Record<string, unknown> = { bytes: pick(), logins: pick(), unbinned: pick(), protocol: ["tcp", "udp", null, 7, "x".repeat(120)][Math.floor(rng.uniform() * 5)] };
      const score = rng.uniform() < 0.05 ? [0, 1, 0.5, 0.02][Math.floor(rng.uniform() * 4)] : rng.uniform();
      return [rng.uniform() < 0.7 ? withBaseline : noBaseline, { time: start + rng.uniform() * 3 * 86_400_000, score, alerted: score >= 0.8, auditSample: rng.uniform() < 0.1, features }];
    });
    const batch = new RollupBatch();
    for (const [version, p] of rows) batch.add(version, p.time, p.score, p.alerted, p.auditSample, p.features);
    const { daily, histograms, stats } = batch.rows();
    const expected = reference(rows);

    expect(daily).toHaveLength(expected.daily.size);
    for (const r of daily) {
      const e = expected.daily.get(`${r.modelVersionId}|${r.day}`)!;
      expect({ ...r, scoreSum: 0 }).toEqual({ modelVersionId: r.modelVersionId, day: r.day, ...e, scoreSum: 0 });
      expect(r.scoreSum).toBeCloseTo(e.scoreSum, 9);
    }
    expect(new Map(histograms.map((r) => [`${r.modelVersionId}|${r.day}|${r.series}|${r.bucket}`, r.count]))).toEqual(expected.histograms);
    expect(histograms).toHaveLength(expected.histograms.size);
    expect(stats).toHaveLength(expected.stats.size);
    for (const r of stats) {
      const e = expected.stats.get(`${r.modelVersionId}|${r.day}|${r.feature}`)!;
      expect([r.n, r.missing]).toEqual([e.n, e.missing]);
      expect(r.sum).toBeCloseTo(e.sum, 6);
      expect(r.sumSquares).toBeCloseTo(e.sumSquares, 3);
    }
  });

  it("lists rows sorted by key, so concurrent batches lock them in one order", () => {
    const batch = new RollupBatch();
    for (const [version, day] of [[withBaseline, 2], [noBaseline, 1], [withBaseline, 0]] as const) {
      batch.add(version, Date.UTC(2026, 10, 1 + day, 12), 0.9, true, false, { bytes: 50, protocol: "udp", logins: 2 });
    }
    const { daily, histograms, stats } = batch.rows();
    const ascending = (keys: (number | string)[][]) =>
      keys.every((key, i) => {
        if (i === 0) return true;
        const previous = keys[i - 1];
        const at = key.findIndex((part, j) => part !== previous[j]);
        return at >= 0 && previous[at] < key[at];
      });
    expect(daily.map((r) => [r.modelVersionId, new Date(r.day).getUTCDate()])).toEqual([[3, 2], [7, 1], [7, 3]]);
    expect(ascending(histograms.map((r) => [r.modelVersionId, r.day, r.series, r.bucket]))).toBe(true);
    expect(ascending(stats.map((r) => [r.modelVersionId, r.day, r.feature]))).toBe(true);
    expect(histograms.map((r) => r.series)).toContain("protocol");
  });
});
