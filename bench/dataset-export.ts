// Dataset export budget (issue 6): "exporting a 100,000-row snapshot streams in ≤ 10 s with
// flat server memory". Labels that many of the canary version's predictions over the API,
// builds a dataset version of exactly them, then downloads it over HTTP once per format,
// timing to the last byte while sampling the server's resident memory. The body is counted and
// checked as it streams (lines for CSV/JSONL, the Parquet magic at both ends), never kept.
import { BENCH_MODEL, BENCH_VERSIONS } from "./dataset";
import { postJson } from "./http";

export const EXPORT_BENCH_FORMATS = ["csv", "jsonl", "parquet"] as const;
export type ExportBenchFormat = (typeof EXPORT_BENCH_FORMATS)[number];
export const EXPORT_BENCH_DATASET = "bench-export";
export const EXPORT_BUDGET_SECONDS = 10;
/**
 * "Flat" memory: the server holds one page (1,000 rows) or one Parquet row group (10,000 rows)
 * at a time. With V8 collecting lazily that still shows as some growth; an export that held the
 * whole 100,000-row file would grow by several hundred MB.
 */
export const EXPORT_RSS_GROWTH_BUDGET_MB = 150;
const LABEL_BATCH = 2_000;
const RSS_SAMPLE_MS = 20;
const PARQUET_MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1"

export type ExportMeasure = {
  format: ExportBenchFormat;
  rows: number;
  seconds: number;
  firstByteSeconds: number;
  bytes: number;
  rssBeforeMb: number;
  rssPeakMb: number;
  rssGrowthMb: number;
};

export type DatasetExportBench = { rows: number; labelSeconds: number; buildSeconds: number; exports: ExportMeasure[] };

type Options = {
  url: string;
  /** scopes labels:write, datasets:write, datasets:read */
  key: string;
  rows: number;
  /** the server's resident memory now, in MB */
  rssMb: () => number;
  log?: (message: string) => void;
};

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** Verdicts for the canary's first `rows` events (never labelled by the bench before): 2 TP to 1 FP. */
async function label(url: string, key: string, rows: number): Promise<number> {
  const started = performance.now();
  for (let start = 0; start < rows; start += LABEL_BATCH) {
    const batch = Array.from({ length: Math.min(LABEL_BATCH, rows - start) }, (_, i) => {
      const falsePositive = (start + i) % 3 === 0;
      return {
        eventId: `bench-${start + i}`, model: BENCH_MODEL, version: BENCH_VERSIONS[1],
        verdict: falsePositive ? "false_positive" : "true_positive", ...(falsePositive ? { reason: "known_benign_tool" } : {}),
      };
    });
    await postJson(`${url}/api/v1/labels`, key, JSON.stringify(batch));
  }
  return (performance.now() - started) / 1000;
}

async function build(url: string, key: string): Promise<{ version: number; rows: number; seconds: number }> {
  const started = performance.now();
  const created = (await postJson(`${url}/api/v1/datasets`, key, JSON.stringify({ name: EXPORT_BENCH_DATASET, model: BENCH_MODEL, version: BENCH_VERSIONS[1], sources: ["IMPORT"] }))) as {
    version: number;
    rows: number;
  };
  return { version: created.version, rows: created.rows, seconds: (performance.now() - started) / 1000 };
}

/** Samples `read` every few milliseconds until stopped; answers the highest value seen. */
function sampleMax(read: () => number): { stop(): number } {
  let max = read();
  const timer = setInterval(() => {
    max = Math.max(max, read());
  }, RSS_SAMPLE_MS);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(max, read());
    },
  };
}

/** Checks what arrived is the whole file: one line a row (+ the CSV header), or Parquet's magic at both ends. */
function checkBody(format: ExportBenchFormat, rows: number, newlines: number, head: number[], tail: number[]): void {
  if (format === "parquet") {
    const same = (bytes: number[]) => bytes.length === 4 && bytes.every((byte, i) => byte === PARQUET_MAGIC[i]);
    if (!same(head) || !same(tail)) throw new Error("the Parquet export does not start and end with PAR1");
    return;
  }
  const expected = rows + (format === "csv" ? 1 : 0);
  if (newlines !== expected) throw new Error(`the ${format} export has ${newlines} lines, not ${expected}`);
}

export async function measureExport(url: string, key: string, path: string, format: ExportBenchFormat, rows: number, rssMb: () => number): Promise<ExportMeasure> {
  const rssBeforeMb = rssMb();
  const sampler = sampleMax(rssMb);
  const started = performance.now();
  const response = await fetch(`${url}${path}?format=${format}`, { headers: { authorization: `Bearer ${key}` } });
  if (!response.ok || !response.body) throw new Error(`GET ${path}?format=${format} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  let firstByte = 0;
  let bytes = 0;
  let newlines = 0;
  const head: number[] = [];
  let tail: number[] = [];
  const reader = response.body.getReader();
  for (;;) {
    const { done, value: chunk } = await reader.read();
    if (done) break;
    if (!bytes) firstByte = performance.now();
    bytes += chunk.length;
    for (let i = 0; i < chunk.length && head.length < 4; i++) head.push(chunk[i]);
    tail = [...tail, ...chunk.subarray(Math.max(0, chunk.length - 4))].slice(-4);
    if (format !== "parquet") for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) newlines++;
  }
  const seconds = (performance.now() - started) / 1000;
  const rssPeakMb = sampler.stop();
  checkBody(format, rows, newlines, head, tail);
  return {
    format,
    rows,
    seconds: round(seconds, 3),
    firstByteSeconds: round((firstByte - started) / 1000, 3),
    bytes,
    rssBeforeMb: Math.round(rssBeforeMb),
    rssPeakMb: Math.round(rssPeakMb),
    rssGrowthMb: Math.round(rssPeakMb) - Math.round(rssBeforeMb),
  };
}

export async function datasetExportBench({ url, key, rows, rssMb, log = () => {} }: Options): Promise<DatasetExportBench> {
  log(`labelling ${rows.toLocaleString("en-US")} predictions for the export dataset…`);
  const labelSeconds = await label(url, key, rows);
  const built = await build(url, key);
  if (built.rows !== rows) throw new Error(`the export dataset has ${built.rows} rows, not ${rows}`);
  log(`built ${EXPORT_BENCH_DATASET} v${built.version} (${built.rows.toLocaleString("en-US")} rows) in ${built.seconds.toFixed(1)} s; exporting…`);
  const path = `/api/v1/datasets/${EXPORT_BENCH_DATASET}/versions/${built.version}/export`;
  const exports: ExportMeasure[] = [];
  for (const format of EXPORT_BENCH_FORMATS) {
    const measure = await measureExport(url, key, path, format, built.rows, rssMb);
    log(`${format}: ${measure.seconds} s, ${(measure.bytes / 1_000_000).toFixed(1)} MB, RSS ${measure.rssBeforeMb} → ${measure.rssPeakMb} MB`);
    exports.push(measure);
  }
  return { rows: built.rows, labelSeconds: round(labelSeconds, 1), buildSeconds: round(built.seconds, 1), exports };
}
