// The drift endpoint's budget (DESIGN.md: ≤ 200 ms for 30 daily windows × 23 features, from
// roll-ups): the bench set's shape — 2 versions × 30 days of roll-ups for 20 numeric and 3
// categorical features, ~16,700 predictions per version and day — written straight into the
// roll-up tables, then the endpoint timed. Medians are printed for the notes.
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/models/[model]/versions/[version]/drift/route";
import { prisma } from "@/lib/db/client";
import { registerModelVersion } from "@/lib/registry/register";
import type { Baseline, FeatureSpec } from "@/lib/registry/schemas";
import { Rng } from "@/lib/stats/random";
import { apiKey, request } from "@/test/helpers/fixtures";
import { driftReport } from "./drift-report";
import { DriftQuery } from "./schemas";
import { loadSettings } from "./settings";
import { findMonitoredVersion } from "./versions";

const MODEL = "bench-detector";
const DAYS = 30;
const FROM = Date.parse("2026-10-24T00:00:00Z");
const PER_DAY = 16_700;
const NUMERIC = Array.from({ length: 20 }, (_, i) => `num_${String(i).padStart(2, "0")}`);
const CATEGORICAL = { proto: ["tcp", "udp", "icmp"], os: ["windows", "linux", "macos"], auth: ["password", "mfa", "kerberos", "ssh_key"] };
const RUNS = 25;

const features: FeatureSpec[] = [...NUMERIC.map((name) => ({ name, type: "numeric" as const })), ...Object.keys(CATEGORICAL).map((name) => ({ name, type: "categorical" as const }))];
const baseline: Baseline = {
  n: 28_000,
  features: {
    ...Object.fromEntries(NUMERIC.map((name) => [name, { type: "numeric" as const, edges: Array.from({ length: 9 }, (_, k) => k + 1), proportions: new Array(10).fill(0.1), mean: 5, std: 2.9, min: 0, max: 10 }])),
    ...Object.fromEntries(Object.entries(CATEGORICAL).map(([name, levels]) => [name, { type: "categorical" as const, frequencies: Object.fromEntries(levels.map((l) => [l, 1 / levels.length])) }])),
  },
  score: { edges: Array.from({ length: 19 }, (_, k) => (k + 1) / 20), proportions: new Array(20).fill(0.05) },
};

/** Multinomial-ish split of n over k bins, seeded, with a drift that grows over the month. */
function split(rng: Rng, n: number, k: number, tilt: number): number[] {
  const weights = Array.from({ length: k }, (_, i) => (1 + tilt * i) * (0.9 + 0.2 * rng.uniform()));
  const total = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((n * w) / total));
  counts[k - 1] += n - counts.reduce((a, b) => a + b, 0);
  return counts;
}

async function seed(versionId: number, seedNumber: number) {
  const rng = new Rng(seedNumber);
  const daily: { modelVersionId: number; day: Date; n: number; alerts: number; auditSamples: number; scoreSum: number }[] = [];
  const histograms: { modelVersionId: number; day: Date; series: string; bucket: string; count: number }[] = [];
  const stats: { modelVersionId: number; day: Date; feature: string; n: number; sum: number; sumSquares: number; missing: number }[] = [];
  for (let d = 0; d < DAYS; d++) {
    const day = new Date(FROM + d * 86_400_000);
    daily.push({ modelVersionId: versionId, day, n: PER_DAY, alerts: Math.round(PER_DAY * 0.045), auditSamples: Math.round(PER_DAY * 0.014), scoreSum: PER_DAY * 0.08 });
    split(rng, PER_DAY, 50, 0).forEach((count, bin) => count && histograms.push({ modelVersionId: versionId, day, series: "score", bucket: String(bin), count }));
    for (const [f, name] of NUMERIC.entries()) {
      split(rng, PER_DAY, 10, f < 3 ? (d / DAYS) * 0.5 : 0).forEach((count, bin) => histograms.push({ modelVersionId: versionId, day, series: name, bucket: String(bin), count }));
      stats.push({ modelVersionId: versionId, day, feature: name, n: PER_DAY, sum: PER_DAY * 5, sumSquares: PER_DAY * 33.4, missing: 0 });
    }
    for (const [name, levels] of Object.entries(CATEGORICAL)) split(rng, PER_DAY, levels.length, 0).forEach((count, i) => histograms.push({ modelVersionId: versionId, day, series: name, bucket: levels[i], count }));
  }
  await prisma().dailyRollup.createMany({ data: daily });
  for (let i = 0; i < histograms.length; i += 2000) await prisma().dailyHistogram.createMany({ data: histograms.slice(i, i + 2000) });
  await prisma().dailyFeatureStat.createMany({ data: stats });
  return histograms.length;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

let key: string;
let histogramRows = 0;

beforeAll(async () => {
  for (const [i, version] of ["1.0.0", "1.1.0"].entries()) {
    const registered = await registerModelVersion(MODEL, { version, threshold: 0.5, features, baseline, hyperparameters: { weights: Object.fromEntries(NUMERIC.map((n, j) => [n, j / 10])) } }, { label: "bench" });
    histogramRows += await seed(registered.id, 17 + i);
  }
  key = await apiKey("metrics:read");
}, 120_000);

describe("drift endpoint budget (30 daily windows × 23 features)", () => {
  it("answers within 200 ms (median) from roll-ups", async () => {
    const query = DriftQuery.parse({ from: "2026-10-24", to: "2026-11-23", window: "day" });
    const version = await findMonitoredVersion(MODEL, "1.0.0");
    const { settings } = await loadSettings(version.id);
    const service: number[] = [];
    const endpoint: number[] = [];
    const url = `/api/v1/models/${MODEL}/versions/1.0.0/drift?from=2026-10-24&to=2026-11-23&window=day`;
    const params = { params: Promise.resolve({ model: MODEL, version: "1.0.0" }) };
    // The first read also evaluates the version's drift events; later reads find them current.
    const first = await GET(request(url, { method: "GET", key }), params);
    expect(first.status).toBe(200);
    const body = await first.json();
    expect(body.windows).toHaveLength(30);
    expect(body.windows[0].features).toHaveLength(23);
    for (let r = 0; r < RUNS; r++) {
      let t = performance.now();
      await driftReport(version, settings, query);
      service.push(performance.now() - t);
      t = performance.now();
      const response = await GET(request(url, { method: "GET", key }), params);
      await response.text();
      endpoint.push(performance.now() - t);
    }
    const provider = process.env.VIGIL_TEST_PROVIDER ?? "sqlite";
    console.log(`[drift budget] ${provider}: ${histogramRows} histogram rows; service median ${median(service).toFixed(1)} ms, endpoint median ${median(endpoint).toFixed(1)} ms (p90 ${[...endpoint].sort((a, b) => a - b)[Math.floor(RUNS * 0.9)].toFixed(1)} ms) over ${RUNS} runs`);
    expect(median(endpoint)).toBeLessThan(200);
  }, 120_000);
});
