// The bench data set of DESIGN.md, synthetic and deterministic: 2 model versions, 30 days,
// 20 numeric + 3 categorical features with explanations, ~10 % of predictions alerting.
// Scaled by `scale` (1 = 1,000,000 predictions).
import { Rng } from "@/lib/stats/random";
import type { PredictionIn } from "@/lib/ingest/schemas";
import type { ModelVersionIn } from "@/lib/registry/schemas";

export const BENCH_MODEL = "bench-detector";
export const BENCH_VERSIONS = ["1.0.0", "1.1.0"] as const;
export const DAYS = 30;
const NUMERIC = Array.from({ length: 20 }, (_, i) => `f${String(i).padStart(2, "0")}`);
const CATEGORICAL = { protocol: ["tcp", "udp", "icmp"], os: ["windows", "linux", "macos"], auth: ["password", "mfa", "kerberos", "ssh_key"] };
const THRESHOLD = 0.9;

export function benchRegistration(version: string): ModelVersionIn {
  const edges = [-1.28, -0.84, -0.52, -0.25, 0, 0.25, 0.52, 0.84, 1.28];
  return {
    version,
    threshold: THRESHOLD,
    stage: version === BENCH_VERSIONS[0] ? "PRODUCTION" : "SHADOW",
    features: [...NUMERIC.map((name) => ({ name, type: "numeric" as const })), ...Object.keys(CATEGORICAL).map((name) => ({ name, type: "categorical" as const }))],
    baseline: {
      n: 100_000,
      features: {
        ...Object.fromEntries(NUMERIC.map((name) => [name, { type: "numeric" as const, edges, proportions: Array(10).fill(0.1), mean: 0, std: 1 }])),
        ...Object.fromEntries(
          Object.entries(CATEGORICAL).map(([name, levels]) => [name, { type: "categorical" as const, frequencies: Object.fromEntries(levels.map((l) => [l, 1 / levels.length])) }]),
        ),
      },
    },
  };
}

/** Yields NDJSON batches of `batchSize` predictions, alternating versions per event. */
export function* benchBatches(scale: number, batchSize: number, end: Date): Generator<{ ndjson: string; rows: number; alertEvents: string[] }> {
  const total = Math.round(1_000_000 * scale);
  const events = Math.ceil(total / BENCH_VERSIONS.length);
  const rng = new Rng(7);
  const span = DAYS * 86_400_000;
  const start = end.getTime() - span;
  let lines: string[] = [];
  let alertEvents: string[] = [];
  for (let e = 0; e < events; e++) {
    const time = new Date(start + Math.floor((e / events) * span)).toISOString();
    const features: Record<string, number | string> = {};
    const values: Record<string, number> = {};
    let logit = -4;
    for (const name of NUMERIC) {
      const x = Math.round(rng.normal(0, 1) * 1000) / 1000;
      features[name] = x;
      values[name] = 0.35 * x;
      logit += 0.35 * x;
    }
    for (const [name, levels] of Object.entries(CATEGORICAL)) {
      features[name] = levels[Math.floor(rng.uniform() * levels.length)];
      values[name] = 0;
    }
    const entity = { host: `ws-${String(Math.floor(rng.uniform() * 5000)).padStart(4, "0")}`, user: `user${Math.floor(rng.uniform() * 3000)}`, sourceIp: `10.0.${Math.floor(rng.uniform() * 255)}.${Math.floor(rng.uniform() * 255)}`, businessUnit: ["finance", "engineering", "sales", "hr", "it"][e % 5] };
    for (const version of BENCH_VERSIONS) {
      // ~10 % of events cross the threshold: shift the logit so the score distribution's tail is fat.
      const shifted = logit + 3.1 + (version === "1.1.0" ? 0.05 : 0);
      const score = 1 / (1 + Math.exp(-shifted));
      const row: PredictionIn = {
        eventId: `bench-${e}`,
        model: BENCH_MODEL,
        version,
        timestamp: time,
        score,
        features,
        explanation: { space: "logit", baseValue: -0.9 + (version === "1.1.0" ? 0.05 : 0), values },
        entity,
        attackType: score >= THRESHOLD ? "exfiltration" : undefined,
      };
      if (version === BENCH_VERSIONS[0] && score >= THRESHOLD) alertEvents.push(row.eventId);
      lines.push(JSON.stringify(row));
      if (lines.length === batchSize) {
        yield { ndjson: lines.join("\n"), rows: lines.length, alertEvents };
        lines = [];
        alertEvents = [];
      }
    }
  }
  if (lines.length) yield { ndjson: lines.join("\n"), rows: lines.length, alertEvents };
}
