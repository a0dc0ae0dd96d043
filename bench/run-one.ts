// One database's bench run (DATABASE_URL names it): a fresh database, the production server,
// HTTP ingest of the bench set, labels, then queue-page latencies. Prints a JSON result.
import { parseArgs } from "node:util";
import { migrate } from "@/lib/db/migrations";
import { env } from "@/lib/env";
import { createApiKey } from "@/lib/auth/api-keys";
import { createUser } from "@/lib/users/create-user";
import { quantile, sortedCopy } from "@/lib/stats/quantiles";
import { BENCH_MODEL, BENCH_VERSIONS, benchBatches, benchRegistration } from "./dataset";
import { postJson, signInSession, timedGet } from "./http";
import { startServer } from "./server";
import { detailLatency, verdictLatency } from "./triage-latency";
import { readEndpointLatency } from "./endpoint-latency";
import { datasetExportBench } from "./dataset-export";

const { values } = parseArgs({ options: { scale: { type: "string" }, port: { type: "string" } } });
const scale = Number(values.scale ?? 1);
const port = Number(values.port ?? 3200);
const log = (message: string) => console.error(`  [${env.DATABASE_URL.startsWith("file:") ? "sqlite" : "postgresql"}] ${message}`);

const percentile = (samples: number[], q: number) => quantile(sortedCopy(samples), q);

async function ingest(url: string, key: string, end: Date) {
  const concurrency = 2;
  const batches = benchBatches(scale, 1000, end);
  const alertEvents: string[] = [];
  let rows = 0;
  let serverAlerts = 0;
  const started = performance.now();
  const worker = async () => {
    for (let next = batches.next(); !next.done; next = batches.next()) {
      const result = (await postJson(`${url}/api/v1/predictions`, key, next.value.ndjson, "application/x-ndjson")) as { accepted: number; alerts: number };
      rows += result.accepted;
      serverAlerts += result.alerts;
      alertEvents.push(...next.value.alertEvents);
      if (rows % 100_000 < 1000) log(`ingested ${rows.toLocaleString("en-US")}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  return { rows, alerts: serverAlerts, seconds, perSecond: rows / seconds, alertEvents };
}

async function label(url: string, key: string, alertEvents: string[]) {
  const count = Math.min(alertEvents.length, Math.round(30_000 * scale));
  const started = performance.now();
  for (let start = 0; start < count; start += 1000) {
    const batch = alertEvents.slice(start, Math.min(start + 1000, count)).map((eventId, i) => ({
      eventId, model: BENCH_MODEL, version: BENCH_VERSIONS[0],
      verdict: i % 3 === 0 ? "false_positive" : "true_positive", ...(i % 3 === 0 ? { reason: "known_benign_tool" } : {}),
    }));
    await postJson(`${url}/api/v1/labels`, key, JSON.stringify(batch));
  }
  return { labels: count, seconds: (performance.now() - started) / 1000 };
}

async function queueLatency(url: string, cookie: string) {
  const views = [
    "", "status=NEW", "severity=HIGH,CRITICAL", "sort=priority", "sort=score", "status=NEW,IN_PROGRESS&severity=CRITICAL&sort=priority",
    "status=RESOLVED", "businessUnit=finance&status=NEW", "q=ws-01", "assignee=none&sort=priority", "scoreMin=0.9",
  ];
  const samples: number[] = [];
  for (let round = 0; round < 60; round++) {
    for (const view of views) {
      let cursor: string | null = null;
      for (let page = 0; page < 3; page++) {
        const query = `${view}${view ? "&" : ""}limit=50${cursor ? `&cursor=${cursor}` : ""}`;
        const { ms, body } = await timedGet(`${url}/api/v1/alerts?${query}`, cookie);
        if (round > 2) samples.push(ms); // the first rounds warm caches and JIT
        cursor = (body as { nextCursor: string | null }).nextCursor;
        if (!cursor) break;
      }
    }
  }
  return { requests: samples.length, p50: percentile(samples, 0.5), p95: percentile(samples, 0.95) };
}

const { provider } = await migrate(env.DATABASE_URL);
await createUser({ email: "bench-lead@vigil.bench", role: "LEAD", password: "bench-password-1" }, { label: "bench" });
const { key } = await createApiKey({ name: "bench", scopes: ["predictions:write", "models:write", "labels:write"] });
const server = await startServer(env.DATABASE_URL, port);
try {
  for (const version of BENCH_VERSIONS) {
    await postJson(`${server.url}/api/v1/models/${BENCH_MODEL}/versions`, key, JSON.stringify(benchRegistration(version)));
  }
  const end = new Date(Date.UTC(2026, 10, 23));
  log(`ingesting ${Math.round(1_000_000 * scale).toLocaleString("en-US")} predictions over HTTP…`);
  const ingestResult = await ingest(server.url, key, end);
  log(`${ingestResult.perSecond.toFixed(0)} predictions/s; labelling…`);
  const labelResult = await label(server.url, key, ingestResult.alertEvents);
  log(`measuring queue pages…`);
  const cookie = await signInSession(server.url, "bench-lead@vigil.bench", "bench-password-1");
  const queue = await queueLatency(server.url, cookie);
  log(`measuring alert detail and verdict writes…`);
  const detail = await detailLatency(server.url, cookie);
  const verdicts = await verdictLatency(server.url, cookie);
  log(`measuring evaluation, drift and history search…`);
  const reads = await readEndpointLatency(server.url, cookie);
  // Last: it labels and builds a large dataset, and reports its own memory beside the overall peak.
  const peakRssBeforeExportsMb = Math.round(server.peakRssMb());
  log(`measuring dataset exports…`);
  const { key: datasetKey } = await createApiKey({ name: "bench-datasets", scopes: ["labels:write", "datasets:write", "datasets:read"] });
  const canaryEvents = Math.ceil(ingestResult.rows / BENCH_VERSIONS.length);
  const exports = await datasetExportBench({ url: server.url, key: datasetKey, rows: Math.min(canaryEvents, Math.round(100_000 * scale)), rssMb: server.rssMb, log });
  const result = {
    provider,
    scale,
    predictions: ingestResult.rows,
    alerts: ingestResult.alerts,
    ingestPerSecond: Math.round(ingestResult.perSecond),
    ingestSeconds: Number(ingestResult.seconds.toFixed(1)),
    labels: labelResult.labels,
    labelSeconds: Number(labelResult.seconds.toFixed(1)),
    queueP50Ms: Number(queue.p50.toFixed(1)),
    queueP95Ms: Number(queue.p95.toFixed(1)),
    queueRequests: queue.requests,
    detailP50Ms: Number(detail.p50.toFixed(1)),
    detailP95Ms: Number(detail.p95.toFixed(1)),
    verdictP50Ms: Number(verdicts.p50.toFixed(1)),
    verdictP95Ms: Number(verdicts.p95.toFixed(1)),
    evaluationP50Ms: reads.evaluation.p50,
    driftP50Ms: reads.drift.p50,
    historyP50Ms: reads.history.p50,
    historyP95Ms: reads.history.p95,
    peakRssMb: Math.round(server.peakRssMb()),
    peakRssBeforeExportsMb,
    datasetExport: exports,
  };
  console.log(JSON.stringify(result));
} finally {
  await server.stop();
}
process.exit(0);
