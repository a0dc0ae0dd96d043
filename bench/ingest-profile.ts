// In-process ingest profile: the route's code path (parse the NDJSON text, then
// ingestPredictions) on bench predictions against a fresh temporary database, without HTTP,
// so a change to lib/ingest can be measured in seconds and profiled with `node --cpu-prof`.
//
//   npx tsx --conditions=react-server bench/ingest-profile.ts [--db sqlite|postgresql] [--n 100000] [--batch 1000] [--concurrency 1]
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --conditions=react-server --import tsx bench/ingest-profile.ts
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";

const { values } = parseArgs({
  options: {
    db: { type: "string", default: "sqlite" },
    n: { type: "string", default: "100000" },
    batch: { type: "string", default: "1000" },
    // 2 mirrors the HTTP bench's clients. On PostgreSQL one batch's database work then overlaps another's
    // parsing; SQLite runs synchronously on this thread, so there it changes nothing.
    concurrency: { type: "string", default: "1" },
  },
});
const provider = values.db === "postgresql" ? "postgresql" : "sqlite";
const total = Number(values.n);
const batchSize = Number(values.batch);
const concurrency = Number(values.concurrency);
const pgServer = process.env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

// lib/env reads DATABASE_URL when first imported: set it before importing anything from lib/.
const pgName = `vigil_profile_${randomBytes(4).toString("hex")}`;
const sqliteDir = provider === "sqlite" ? mkdtempSync(path.join(tmpdir(), "vigil-profile-")) : undefined;
if (sqliteDir) process.env.DATABASE_URL = `file:${path.join(sqliteDir, "profile.db")}`;
else {
  const url = new URL(pgServer);
  url.pathname = `/${pgName}`;
  process.env.DATABASE_URL = url.toString();
}

const { migrate } = await import("@/lib/db/migrations");
const { getDb } = await import("@/lib/db/client");
const { registerModelVersion } = await import("@/lib/registry/register");
const { parsePredictions } = await import("@/lib/ingest/parse");
const { ingestPredictions } = await import("@/lib/ingest/ingest");
const { BENCH_MODEL, BENCH_VERSIONS, benchBatches, benchRegistration } = await import("./dataset");

async function cleanUp() {
  await getDb().close();
  if (sqliteDir) rmSync(sqliteDir, { recursive: true, force: true });
  else {
    const admin = new pg.Client({ connectionString: pgServer });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${pgName}" WITH (FORCE)`);
    await admin.end();
  }
}

try {
  await migrate(process.env.DATABASE_URL);
  for (const version of BENCH_VERSIONS) await registerModelVersion(BENCH_MODEL, benchRegistration(version), { label: "profile" });

  // Generated up front so the timing holds only what the server would do.
  const batches = [...benchBatches(total / 1_000_000, batchSize, new Date(Date.UTC(2026, 10, 23)))].map((b) => b.ndjson);
  const phases: Record<string, number> = {};
  const add = (phase: string, ms: number) => (phases[phase] = (phases[phase] ?? 0) + ms);
  let accepted = 0;
  let alerts = 0;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const batchMs: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const ndjson = batches[next++];
      let t = performance.now();
      const parsed = parsePredictions(ndjson, 10_000);
      if (!parsed.ok) throw new Error(`bench batch refused: ${parsed.message} ${JSON.stringify(parsed.issues.slice(0, 3))}`);
      add("parse+validate", performance.now() - t);
      t = performance.now();
      const inside: Record<string, number> = {};
      const result = await ingestPredictions(parsed.rows, inside);
      const ms = performance.now() - t;
      let accounted = 0;
      for (const [phase, phaseMs] of Object.entries(inside)) {
        add(phase, phaseMs);
        accounted += phaseMs;
      }
      add("commit+other", ms - accounted);
      batchMs.push(ms);
      accepted += result.accepted;
      alerts += result.alerts;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const summed = Object.values(phases).reduce((sum, ms) => sum + ms, 0);

  console.log(`${provider}: ${accepted.toLocaleString("en-US")} predictions, ${alerts.toLocaleString("en-US")} alerts in ${seconds.toFixed(2)} s`);
  console.log(
    `  ${Math.round(accepted / seconds).toLocaleString("en-US")} predictions/s in-process (batches of ${batchSize}, ${concurrency} at a time);` +
      ` this process used ${((1e6 * cpuSeconds) / accepted).toFixed(1)} µs of CPU per prediction`,
  );
  batchMs.sort((a, b) => a - b);
  const at = (q: number) => batchMs[Math.min(batchMs.length - 1, Math.floor(q * batchMs.length))].toFixed(0);
  console.log(`  ingestPredictions per batch: median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`);
  for (const [name, ms] of Object.entries(phases)) {
    console.log(`  ${name.padEnd(21)} ${((1000 * ms) / accepted).toFixed(1).padStart(6)} µs/prediction  ${((100 * ms) / summed).toFixed(1).padStart(5)} %`);
  }
} finally {
  await cleanUp();
}
