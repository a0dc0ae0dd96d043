// The bench data set of DESIGN.md, synthetic and deterministic: 2 model versions, 30 days,
// 20 numeric + 3 categorical features with SHAP values, ~10 % of predictions at or above the
// threshold. Both versions raise alerts (1.1.0 is a canary, not a silent shadow), so the scale-1
// set (1,000,000 predictions) holds ~100,000 alerts, and ~50,000 of 1.0.0's for the ~30,000 verdicts.
import { Rng } from "@/lib/stats/random";
import type { ModelVersionIn } from "@/lib/registry/schemas";

export const BENCH_MODEL = "bench-detector";
export const BENCH_VERSIONS = ["1.0.0", "1.1.0"] as const;
export const DAYS = 30;
const NUMERIC = Array.from({ length: 20 }, (_, i) => `f${String(i).padStart(2, "0")}`);
const NUMERIC_WEIGHT = 0.35;
/** Each level's SHAP contribution (logit space). */
const CATEGORICAL: Record<string, Record<string, number>> = {
  protocol: { tcp: 0, udp: 0.15, icmp: 0.4 },
  os: { windows: 0.1, linux: 0, macos: -0.1 },
  auth: { password: 0.3, mfa: -0.3, kerberos: 0, ssh_key: -0.1 },
};
export const THRESHOLD = 0.9;
/**
 * Base values (logit) per version. The logit's spread is ~1.6 (20 × 0.35·N(0, 1) plus the
 * categories), and its 90th percentile sits at logit(0.9) = ln 9 ≈ 2.197 with a base of ~0:
 * so ~10 % of each version's predictions alert (checked: bench/dataset.test.ts).
 */
const BASE_VALUE: Record<string, number> = { "1.0.0": -0.03, "1.1.0": 0.03 };

export function benchRegistration(version: string): ModelVersionIn {
  const edges = [-1.28, -0.84, -0.52, -0.25, 0, 0.25, 0.52, 0.84, 1.28];
  return {
    version,
    threshold: THRESHOLD,
    stage: version === BENCH_VERSIONS[0] ? "PRODUCTION" : "CANARY",
    features: [...NUMERIC.map((name) => ({ name, type: "numeric" as const })), ...Object.keys(CATEGORICAL).map((name) => ({ name, type: "categorical" as const }))],
    baseline: {
      n: 100_000,
      features: {
        ...Object.fromEntries(NUMERIC.map((name) => [name, { type: "numeric" as const, edges, proportions: Array(10).fill(0.1), mean: 0, std: 1 }])),
        ...Object.fromEntries(
          Object.entries(CATEGORICAL).map(([name, contributions]) => {
            const levels = Object.keys(contributions);
            return [name, { type: "categorical" as const, frequencies: Object.fromEntries(levels.map((l) => [l, 1 / levels.length])) }];
          }),
        ),
      },
    },
  };
}

/**
 * Yields NDJSON batches of `batchSize` predictions: every event is scored by both versions.
 * `alertEvents`: the batch's events that alert on 1.0.0 (the bench labels those).
 */
export function* benchBatches(scale: number, batchSize: number, end: Date): Generator<{ ndjson: string; rows: number; alertEvents: string[] }> {
  const total = Math.round(1_000_000 * scale);
  const events = Math.ceil(total / BENCH_VERSIONS.length);
  const rng = new Rng(7);
  const span = DAYS * 86_400_000;
  const start = end.getTime() - span;
  const categorical = Object.entries(CATEGORICAL).map(([name, contributions]) => ({ name, levels: Object.entries(contributions) }));
  let lines: string[] = [];
  let alertEvents: string[] = [];
  for (let e = 0; e < events; e++) {
    const time = new Date(start + Math.floor((e / events) * span)).toISOString();
    const features: Record<string, number | string> = {};
    const values: Record<string, number> = {};
    let contributions = 0;
    for (const name of NUMERIC) {
      const x = Math.round(rng.normal(0, 1) * 1000) / 1000;
      features[name] = x;
      values[name] = NUMERIC_WEIGHT * x;
      contributions += NUMERIC_WEIGHT * x;
    }
    for (const { name, levels } of categorical) {
      const [level, contribution] = levels[Math.floor(rng.uniform() * levels.length)];
      features[name] = level;
      values[name] = contribution;
      contributions += contribution;
    }
    const entity = { host: `ws-${String(Math.floor(rng.uniform() * 5000)).padStart(4, "0")}`, user: `user${Math.floor(rng.uniform() * 3000)}`, sourceIp: `10.0.${Math.floor(rng.uniform() * 255)}.${Math.floor(rng.uniform() * 255)}`, businessUnit: ["finance", "engineering", "sales", "hr", "it"][e % 5] };
    // Both versions' rows share the event's parts: encode those once (the bench client shares
    // the 2 cores with the server, so its own cost is kept small).
    const featuresJson = JSON.stringify(features);
    const explanationValues = JSON.stringify(values);
    const entityJson = JSON.stringify(entity);
    for (const version of BENCH_VERSIONS) {
      // SHAP in logit space: the score is sigmoid(base value + the contributions).
      const baseValue = BASE_VALUE[version];
      const score = 1 / (1 + Math.exp(-(baseValue + contributions)));
      const eventId = `bench-${e}`;
      // A PredictionIn (bench/dataset.test.ts parses it with the schema).
      lines.push(
        `{"eventId":"${eventId}","model":"${BENCH_MODEL}","version":"${version}","timestamp":"${time}","score":${score},"features":${featuresJson},` +
          `"explanation":{"space":"logit","baseValue":${baseValue},"values":${explanationValues}},"entity":${entityJson}` +
          `${score >= THRESHOLD ? ',"attackType":"exfiltration"' : ""}}`,
      );
      if (version === BENCH_VERSIONS[0] && score >= THRESHOLD) alertEvents.push(eventId);
      if (lines.length === batchSize) {
        yield { ndjson: lines.join("\n"), rows: lines.length, alertEvents };
        lines = [];
        alertEvents = [];
      }
    }
  }
  if (lines.length) yield { ndjson: lines.join("\n"), rows: lines.length, alertEvents };
}
