// Test support: a bench-sized prediction table (default 1,000,000 rows, 2 versions, 30 days,
// ~23 features with SHAP values, ~10 % alerted), written with the raw driver for speed, to
// measure prediction-history searches against their budget. Never imported by the application.
import { getDb } from "@/lib/db/client";
import { searchPredictions } from "./search";
import { PredictionSearchQuery } from "./schemas";

export const SYNTHETIC = { hosts: 2_000, users: 1_500, ips: 5_000, days: 30, start: Date.UTC(2026, 9, 1) };

const FEATURES = Array.from({ length: 20 }, (_, i) => `f${i}`);
function random(seed: number) {
  let state = seed >>> 0;
  return () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const ip = (k: number) => `10.0.${k >> 8}.${k & 255}`;

const COLUMNS = ["modelVersionId", "eventId", "time", "score", "decision", "threshold", "features", "explanation", "host", "userName", "sourceIp", "businessUnit", "attackType", "auditSample", "ingestedAt"];


export async function insertSyntheticPredictions(total: number, onProgress?: (n: number) => void): Promise<number[]> {
  const db = getDb();
  const { prisma } = db;
  const model = await prisma.model.create({ data: { name: "synthetic-detector" } });
  const features = [...FEATURES.map((name) => ({ name, type: "numeric" })), ...["protocol", "country", "process"].map((name) => ({ name, type: "categorical" }))];
  const versionIds: number[] = [];
  for (const version of ["1.0.0", "1.1.0"]) {
    versionIds.push((await prisma.modelVersion.create({ data: { modelId: model.id, version, threshold: 0.9, features, stage: "PRODUCTION" } })).id);
  }
  const next = random(1);
  const span = SYNTHETIC.days * 86_400_000;
  const batch = 2_000;
  for (let done = 0; done < total; done += batch) {
    const rows: unknown[][] = [];
    for (let i = done; i < Math.min(total, done + batch); i++) {
      const values: Record<string, number | string> = {};
      const shap: Record<string, number> = {};
      for (const name of FEATURES) {
        values[name] = Math.round(next() * 10_000) / 100;
        shap[name] = Math.round((next() - 0.5) * 1000) / 1000;
      }
      values.protocol = next() < 0.7 ? "tcp" : "udp";
      values.country = ["US", "DE", "FR", "BR"][Math.floor(next() * 4)];
      values.process = `proc-${Math.floor(next() * 50)}`;
      const score = next() < 0.1 ? 0.9 + next() * 0.1 : next() * 0.9;
      const time = SYNTHETIC.start + Math.floor((i / total) * span);
      rows.push([
        versionIds[i % 2], `evt-${i >> 1}`, time, score, score >= 0.9, 0.9, JSON.stringify(values),
        JSON.stringify({ space: "logit", baseValue: -2.2, values: shap }),
        `host-${Math.floor(next() * SYNTHETIC.hosts)}`, `user-${Math.floor(next() * SYNTHETIC.users)}`,
        ip(Math.floor(next() * SYNTHETIC.ips)),
        ["finance", "hr", "it", "sales"][i % 4], score >= 0.9 ? "credential_access" : null, false, time + 1000,
      ]);
    }
    if (db.sqlite) {
      const insert = db.sqlite.prepare(`INSERT INTO "Prediction" (${COLUMNS.map((c) => `"${c}"`).join(", ")}) VALUES (${COLUMNS.map(() => "?").join(", ")})`);
      db.sqlite.transaction(() => {
        for (const row of rows) insert.run(...(row.map((v) => (typeof v === "boolean" ? (v ? 1 : 0) : v)) as (string | number | null)[]));
      })();
    } else {
      const types = ["int", "text", "timestamp", "float8", "bool", "float8", "jsonb", "jsonb", "text", "text", "text", "text", "text", "bool", "timestamp"];
      const columns = COLUMNS.map((_, c) => rows.map((row) => (types[c] === "timestamp" ? new Date(row[c] as number).toISOString().slice(0, 23) : row[c])));
      await db.pool!.query(
        `INSERT INTO "Prediction" (${COLUMNS.map((c) => `"${c}"`).join(", ")}) SELECT * FROM unnest(${types.map((t, c) => `$${c + 1}::${t}[]`).join(", ")})`,
        columns,
      );
    }
    onProgress?.(Math.min(total, done + batch));
  }
  // PostgreSQL's autovacuum would analyse a table this size soon anyway; SQLite is left as Vigil
  // leaves it (never ANALYZEd), so its plans are the ones production gets.
  if (db.pool) await db.pool.query(`VACUUM ANALYZE "Prediction"`);
  return versionIds;
}

const day = (n: number) => new Date(SYNTHETIC.start + n * 86_400_000).toISOString().slice(0, 10);

/** Each search kind with a generator of varied inputs, as auditors would type them. */
export const searches = (total: number): Record<string, (next: () => number) => Record<string, string>> => ({
  "event id": (next) => ({ eventId: `evt-${Math.floor(next() * (total / 2))}` }),
  host: (next) => ({ host: `host-${Math.floor(next() * SYNTHETIC.hosts)}` }),
  "host + week": (next) => ({ host: `host-${Math.floor(next() * SYNTHETIC.hosts)}`, from: day(7), to: day(14) }),
  user: (next) => ({ user: `user-${Math.floor(next() * SYNTHETIC.users)}` }),
  "source IP": (next) => ({ sourceIp: ip(Math.floor(next() * SYNTHETIC.ips)) }),
  "model version": () => ({ model: "synthetic-detector", version: "1.1.0" }),
  "alerted, since a day": (next) => ({ decision: "alerted", from: day(Math.floor(next() * 29)), to: day(30) }),
  "not alerted": () => ({ decision: "not_alerted" }),
  "time range only": (next) => ({ from: day(Math.floor(next() * 20)), to: day(25) }),
  "host + alerted + version": (next) => ({ host: `host-${Math.floor(next() * SYNTHETIC.hosts)}`, decision: "alerted", model: "synthetic-detector", version: "1.0.0" }),
});

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];

/** p50 and p95 server time per search kind, each run `repeats` times with varied inputs (first and second page). */
export async function measureSearches(total: number, repeats = 20) {
  const next = random(99);
  const results: { name: string; p50: number; p95: number }[] = [];
  for (const [name, input] of Object.entries(searches(total))) {
    const times: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const query = PredictionSearchQuery.parse(input(next));
      const t = performance.now();
      const page = await searchPredictions(query);
      // a second page too: keyset continuation must be as fast as the first
      if (page.nextCursor) await searchPredictions({ ...query, cursor: page.nextCursor });
      times.push((performance.now() - t) / (page.nextCursor ? 2 : 1));
    }
    times.sort((a, b) => a - b);
    results.push({ name, p50: percentile(times, 0.5), p95: percentile(times, 0.95) });
  }
  return results;
}
