// `npm run bench [-- --scale 0.1 --db sqlite,postgresql]`: builds the bench data set of
// DESIGN.md on each database and reports each figure against its budget.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { EXPORT_BUDGET_SECONDS, EXPORT_RSS_GROWTH_BUDGET_MB, type DatasetExportBench } from "./dataset-export";

const root = path.resolve(import.meta.dirname, "..");
const { values } = parseArgs({ options: { scale: { type: "string", default: "1" }, db: { type: "string", default: "sqlite,postgresql" } } });
const scale = Number(values.scale);
if (!(scale > 0 && scale <= 2)) {
  console.error("--scale takes a number in (0, 2]; 1 is the 1,000,000-prediction set of DESIGN.md");
  process.exit(2);
}
const providers = values.db!.split(",").map((p) => p.trim());
const pgServer = process.env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

type Result = { provider: string; ingestPerSecond: number; queueP50Ms: number; queueP95Ms: number; peakRssMb: number; [key: string]: unknown };

async function freshDatabase(provider: string): Promise<string> {
  if (provider === "sqlite") {
    const dir = path.join(root, "data/bench");
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    return `file:${path.join(dir, "bench.db")}`;
  }
  const admin = new pg.Client({ connectionString: pgServer });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS "vigil_bench" WITH (FORCE)');
  await admin.end();
  const url = new URL(pgServer);
  url.pathname = "/vigil_bench";
  return url.toString();
}

if (!existsSync(path.join(root, ".next/BUILD_ID"))) {
  console.error("building the production app first…");
  const build = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], { cwd: root, stdio: "inherit", env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) process.exit(1);
}

const results: Result[] = [];
for (const provider of providers) {
  console.error(`\n${provider}: scale ${scale}`);
  const databaseUrl = await freshDatabase(provider);
  const run = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "bench/run-one.ts", "--scale", String(scale)], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.status !== 0) {
    console.error(`${provider}: the bench failed`);
    process.exit(1);
  }
  results.push(JSON.parse(run.stdout.trim().split("\n").at(-1)!));
}

const BUDGETS = {
  ingest: { sqlite: 20_000, postgresql: 10_000 } as Record<string, number>,
  queueP95Ms: 50,
  detailP95Ms: 30,
  verdictP95Ms: 30,
  evaluationMs: 300,
  driftMs: 200,
  historyP95Ms: 300,
  rssMb: 600,
};
const verdict = (ok: boolean) => (ok ? "within budget" : "OVER BUDGET");
console.log(`\nVigil bench — scale ${scale} (${Math.round(1_000_000 * scale).toLocaleString("en-US")} predictions per database)\n`);
for (const r of results) {
  console.log(`${r.provider}`);
  console.log(`  HTTP ingest (NDJSON × 1,000)  ${r.ingestPerSecond.toLocaleString("en-US")} predictions/s   budget ≥ ${BUDGETS.ingest[r.provider].toLocaleString("en-US")}   ${verdict(r.ingestPerSecond >= BUDGETS.ingest[r.provider])}`);
  console.log(`  alert queue page (50 rows)    p50 ${r.queueP50Ms} ms, p95 ${r.queueP95Ms} ms   budget p95 ≤ ${BUDGETS.queueP95Ms} ms   ${verdict(r.queueP95Ms <= BUDGETS.queueP95Ms)}`);
  console.log(`  alert detail                  p50 ${r.detailP50Ms} ms, p95 ${r.detailP95Ms} ms   budget p95 ≤ ${BUDGETS.detailP95Ms} ms   ${verdict(Number(r.detailP95Ms) <= BUDGETS.detailP95Ms)}`);
  console.log(`  verdict write (one alert)     p50 ${r.verdictP50Ms} ms, p95 ${r.verdictP95Ms} ms   budget p95 ≤ ${BUDGETS.verdictP95Ms} ms   ${verdict(Number(r.verdictP95Ms) <= BUDGETS.verdictP95Ms)}`);
  console.log(`  evaluation endpoint           median ${r.evaluationP50Ms} ms   budget ≤ ${BUDGETS.evaluationMs} ms   ${verdict(Number(r.evaluationP50Ms) <= BUDGETS.evaluationMs)}`);
  console.log(`  drift endpoint (30 days)      median ${r.driftP50Ms} ms   budget ≤ ${BUDGETS.driftMs} ms   ${verdict(Number(r.driftP50Ms) <= BUDGETS.driftMs)}`);
  console.log(`  prediction-history search     p50 ${r.historyP50Ms} ms, p95 ${r.historyP95Ms} ms   budget p95 ≤ ${BUDGETS.historyP95Ms} ms   ${verdict(Number(r.historyP95Ms) <= BUDGETS.historyP95Ms)}`);
  const exports = r.datasetExport as DatasetExportBench | undefined;
  for (const e of exports?.exports ?? []) {
    const ok = e.seconds <= EXPORT_BUDGET_SECONDS && e.rssGrowthMb <= EXPORT_RSS_GROWTH_BUDGET_MB;
    console.log(
      `  dataset export ${e.format.padEnd(7)}       ${e.seconds} s for ${e.rows.toLocaleString("en-US")} rows (${(e.bytes / 1_000_000).toFixed(1)} MB), RSS ${e.rssBeforeMb} → ${e.rssPeakMb} MB (+${e.rssGrowthMb})   budget ≤ ${EXPORT_BUDGET_SECONDS} s, growth ≤ ${EXPORT_RSS_GROWTH_BUDGET_MB} MB   ${verdict(ok)}`,
    );
  }
  if (exports) console.log(`  (export dataset: ${exports.rows.toLocaleString("en-US")} labels in ${exports.labelSeconds} s, built in ${exports.buildSeconds} s; peak RSS before it ${String(r.peakRssBeforeExportsMb)} MB)`);
  console.log(`  server peak RSS               ${r.peakRssMb} MB   budget ≤ ${BUDGETS.rssMb} MB   ${verdict(r.peakRssMb <= BUDGETS.rssMb)}`);
  console.log(`  data: ${String(r.predictions)} predictions, ${String(r.alerts)} alerts, ${String(r.labels)} labels (${String(r.labelSeconds)} s)`);
}
mkdirSync(path.join(root, "bench/results"), { recursive: true });
const file = path.join(root, "bench/results", `bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
writeFileSync(file, JSON.stringify({ scale, results }, null, 2));
console.log(`\nresults: ${path.relative(root, file)}`);
