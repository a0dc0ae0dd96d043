// Parquet export of a dataset version on the real database (both providers), read back with
// hyparquet, an independent reader: every row and column equals the JSONL export of the same
// version, the row count is the version's, the footer carries the manifest and sha256, the
// bytes stream out a row group at a time, and exporting twice gives the same bytes.
import { parquetMetadata, parquetReadObjects } from "hyparquet";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportRoute } from "@/app/api/v1/datasets/[name]/versions/[version]/export/route";
import { GET as manifestRoute } from "@/app/api/v1/datasets/[name]/versions/[version]/route";
import { POST as createRoute } from "@/app/api/v1/datasets/route";
import { recordVerdicts, type VerdictInput } from "@/lib/alerts/verdicts";
import { prisma } from "@/lib/db/client";
import { ingestPredictions } from "@/lib/ingest/ingest";
import { createUser } from "@/lib/users/create-user";
import { apiKey, noParams, prediction, registerVersion, request } from "@/test/helpers/fixtures";
import { exportDataset, type ExportTuning } from "./export-stream";
import { PARQUET_METADATA_KEYS } from "./parquet-encoder";
import type { DatasetCreated, DatasetManifest } from "./schemas";

const NAME = "parquet-retrain";
let readKey: string;
let created: DatasetCreated;

const versionParams = { params: Promise.resolve({ name: NAME, version: "1" }) };
const get = (path: string) => request(path, { method: "GET", key: readKey });

/** The whole body, and how many chunks it arrived in. */
async function readBody(response: Response): Promise<{ bytes: Uint8Array; chunks: number }> {
  const reader = response.body!.getReader();
  const parts: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
  }
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return { bytes, chunks: parts.length };
}

async function routeExport(format: "jsonl" | "parquet") {
  const response = await exportRoute(get(`/api/v1/datasets/${NAME}/versions/1/export?format=${format}`), versionParams);
  expect(response.status).toBe(200);
  return response;
}

async function libExport(tuning: ExportTuning) {
  return readBody(await exportDataset(NAME, 1, { format: "parquet" }, tuning));
}

const buffer = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

// What a JSONL row's feature is in a typed column (the contract of lib/datasets/parquet-columns).
const asDouble = (value: unknown) => (typeof value === "number" ? value : null);
const asText = (value: unknown) => (value === null || value === undefined ? null : typeof value === "string" ? value : JSON.stringify(value));

beforeAll(async () => {
  await registerVersion();
  // A second version with a feature of its own, one the first lacks, and one named like a row field.
  await registerVersion({
    version: "1.1.0",
    stage: "SHADOW",
    features: [
      { name: "bytes_out", type: "numeric" },
      { name: "protocol", type: "categorical" },
      { name: "tls", type: "categorical" },
      { name: "score", type: "numeric" },
    ],
    baseline: undefined,
  });
  const rows = [];
  for (let i = 0; i < 24; i++) {
    const timestamp = new Date(Date.UTC(2026, 10, 1, 1, i, i)).toISOString();
    const protocol = i === 5 ? null : i === 6 ? 6 : ["tcp", "udp", "icmp"][i % 3];
    const failed = i === 7 ? "n/a" : i % 9;
    rows.push(prediction(`pq-${i}`, 0.5 + i / 100, { timestamp, features: { bytes_out: 1000 * i + 0.25, failed_logins_1h: failed, protocol }, ...(i % 8 === 0 ? { auditSample: { inclusionProbability: 0.02 } } : {}) }));
  }
  for (let i = 0; i < 9; i++) {
    const timestamp = new Date(Date.UTC(2026, 10, 2, 3, i)).toISOString();
    rows.push(prediction(`pq-shadow-${i}`, 0.2 + i / 50, { version: "1.1.0", timestamp, explanation: undefined, features: { bytes_out: i * 7, protocol: "tcp", tls: i % 2 ? "1.3" : "1.2", score: i / 10 } }));
  }
  await ingestPredictions(rows);
  const lead = await createUser({ email: "lead@parquet.example", role: "LEAD", password: "correct-horse-battery-1" }, { label: "test" });
  const predictions = await prisma().prediction.findMany({ select: { id: true, eventId: true, auditSample: true }, orderBy: { eventId: "asc" } });
  const verdicts: VerdictInput[] = predictions.map((p, i) => ({
    predictionId: p.id,
    verdict: i % 3 === 0 ? "FALSE_POSITIVE" : i % 7 === 0 ? "BENIGN_POSITIVE" : "TRUE_POSITIVE",
    reasonCode: i % 3 === 0 && !p.auditSample ? "known_benign_tool" : null,
    source: p.auditSample ? "AUDIT_SAMPLE" : "ANALYST",
    labelledById: lead.id,
    at: new Date(Date.UTC(2026, 10, 3, 0, i, 0, i)),
  }));
  await recordVerdicts(verdicts, { label: "test" });
  readKey = await apiKey("datasets:read");
  const writeKey = await apiKey("datasets:write");
  const response = await createRoute(request("/api/v1/datasets", { key: writeKey, body: JSON.stringify({ name: NAME, model: "intrusion-detector", from: "2026-11-01", to: "2026-11-08" }) }), noParams);
  expect(response.status, await response.clone().text()).toBe(201);
  created = await response.json();
});

describe("Parquet export of a dataset version", () => {
  it("serves a Parquet file whose rows and columns equal the JSONL export's", async () => {
    expect(created.rows).toBeGreaterThan(20);
    const parquet = await routeExport("parquet");
    expect(parquet.headers.get("content-type")).toBe("application/vnd.apache.parquet");
    expect(parquet.headers.get("content-disposition")).toBe(`attachment; filename="${NAME}-v1.parquet"`);
    expect(parquet.headers.get("x-dataset-sha256")).toBe(created.sha256);
    expect(parquet.headers.get("x-dataset-rows")).toBe(String(created.rows));
    const file = buffer((await readBody(parquet)).bytes);

    const jsonl = (await (await routeExport("jsonl")).text())
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { eventId: string; model: string; version: string; time: string; score: number; class: number; verdict: string; source: string; labelledAt: string; features: Record<string, unknown> });
    const records = await parquetReadObjects({ file });
    expect(records).toHaveLength(created.rows);
    expect(jsonl).toHaveLength(created.rows);
    expect(Number(parquetMetadata(file).num_rows)).toBe(created.rows);

    const columns = parquetMetadata(file).schema.slice(1).map((element) => element.name);
    expect(columns).toEqual(["event_id", "model", "version", "time", "score", "class", "verdict", "source", "labelled_at", "bytes_out", "failed_logins_1h", "protocol", "feature_score", "tls"]);
    records.forEach((record, i) => {
      const row = jsonl[i];
      expect(record).toEqual({
        event_id: row.eventId,
        model: row.model,
        version: row.version,
        time: new Date(row.time),
        score: row.score,
        class: row.class,
        verdict: row.verdict,
        source: row.source,
        labelled_at: new Date(row.labelledAt),
        bytes_out: asDouble(row.features.bytes_out),
        failed_logins_1h: asDouble(row.features.failed_logins_1h),
        protocol: asText(row.features.protocol),
        feature_score: asDouble(row.features.score),
        tls: asText(row.features.tls),
      });
    });
    // The data covers both versions, a missing category, a number in a categorical column and
    // text in a numeric one: the comparison above is not vacuous.
    expect(new Set(records.map((r) => r.version))).toEqual(new Set(["1.0.0", "1.1.0"]));
    expect(records.some((r) => r.protocol === null)).toBe(true);
    expect(records.some((r) => r.protocol === "6")).toBe(true);
    expect(records.some((r) => r.tls === "1.3" && typeof r.feature_score === "number" && r.failed_logins_1h === null)).toBe(true);
    const unrepresentable = jsonl.filter((row) => row.features.failed_logins_1h === "n/a").length;
    expect(unrepresentable).toBe(1);
  });

  it("carries the version's manifest and sha256 in the file's key-value metadata", async () => {
    const file = buffer((await readBody(await routeExport("parquet"))).bytes);
    const metadata = Object.fromEntries((parquetMetadata(file).key_value_metadata ?? []).map((entry) => [entry.key, entry.value]));
    const manifest = (await (await manifestRoute(get(`/api/v1/datasets/${NAME}/versions/1`), versionParams)).json()) as DatasetManifest;
    expect(JSON.parse(metadata[PARQUET_METADATA_KEYS.manifest]!)).toEqual(manifest);
    expect(metadata[PARQUET_METADATA_KEYS.sha256]).toBe(created.sha256);
    expect(manifest.sha256).toBe(created.sha256);
    expect(JSON.parse(metadata[PARQUET_METADATA_KEYS.lostValues]!)).toEqual({ failed_logins_1h: 1 });
  });

  it("streams a row group at a time, and the same version always gives the same bytes", async () => {
    const small = await libExport({ pageRows: 4, rowGroupRows: 7 });
    const groups = parquetMetadata(buffer(small.bytes)).row_groups.map((group) => Number(group.num_rows));
    expect(groups).toEqual([...Array(Math.floor(created.rows / 7)).fill(7), ...(created.rows % 7 ? [created.rows % 7] : [])]);
    // one chunk per row group, sent as it fills, then the footer
    expect(groups.length).toBeGreaterThan(3);
    expect(small.chunks).toBe(groups.length + 1);
    expect((await libExport({ pageRows: 4, rowGroupRows: 7 })).bytes).toEqual(small.bytes);
    expect((await libExport({ pageRows: 5, rowGroupRows: 7 })).bytes).toEqual(small.bytes);

    const whole = (await readBody(await routeExport("parquet"))).bytes;
    expect((await readBody(await routeExport("parquet"))).bytes).toEqual(whole);
    // Row groups change the layout, never the content.
    expect(await parquetReadObjects({ file: buffer(small.bytes) })).toEqual(await parquetReadObjects({ file: buffer(whole) }));
  });
});
