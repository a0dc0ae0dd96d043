// The bench's dataset-export step (bench/dataset-export.ts), run in-process on a small bench
// data set: a loopback HTTP server hands its requests to the real route handlers, so the step's
// labelling, building, streaming, checking and memory sampling all run as in `npm run bench`.
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as exportRoute } from "@/app/api/v1/datasets/[name]/versions/[version]/export/route";
import { POST as datasetsRoute } from "@/app/api/v1/datasets/route";
import { POST as labelsRoute } from "@/app/api/v1/labels/route";
import { BENCH_MODEL, BENCH_VERSIONS, benchBatches, benchRegistration } from "@/bench/dataset";
import { datasetExportBench, EXPORT_BENCH_DATASET, EXPORT_BENCH_FORMATS, measureExport } from "@/bench/dataset-export";
import { currentRssMb } from "@/bench/server";
import { createApiKey } from "@/lib/auth/api-keys";
import { ingestPredictions } from "@/lib/ingest/ingest";
import { PredictionIn } from "@/lib/ingest/schemas";
import { registerModelVersion } from "@/lib/registry/register";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

function route(method: string, pathname: string): { handler: Handler; params: Record<string, string> } | null {
  if (method === "POST" && pathname === "/api/v1/labels") return { handler: labelsRoute, params: {} };
  if (method === "POST" && pathname === "/api/v1/datasets") return { handler: datasetsRoute, params: {} };
  const match = /^\/api\/v1\/datasets\/([^/]+)\/versions\/(\d+)\/export$/.exec(pathname);
  if (method === "GET" && match) return { handler: exportRoute, params: { name: match[1], version: match[2] } };
  return null;
}

async function body(request: IncomingMessage): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const parts: Buffer[] = [];
  for await (const part of request) parts.push(part as Buffer);
  return parts.length ? new Uint8Array(Buffer.concat(parts)) : undefined;
}

let server: Server;
let url: string;
let key: string;
let requests = 0;

beforeAll(async () => {
  for (const version of BENCH_VERSIONS) await registerModelVersion(BENCH_MODEL, benchRegistration(version), { label: "test" });
  for (const batch of benchBatches(0.001, 500, new Date(Date.UTC(2026, 10, 23)))) {
    await ingestPredictions(batch.ndjson.split("\n").map((line) => PredictionIn.parse(JSON.parse(line))));
  }
  key = (await createApiKey({ name: "bench-datasets", scopes: ["labels:write", "datasets:write", "datasets:read"] })).key;
  server = createServer(async (incoming, outgoing) => {
    requests++;
    const { pathname } = new URL(incoming.url!, "http://127.0.0.1");
    const found = route(incoming.method!, pathname);
    if (!found) return void outgoing.writeHead(404).end();
    const headers = new Headers(Object.entries(incoming.headers).flatMap(([name, value]) => (typeof value === "string" ? [[name, value] as [string, string]] : [])));
    const request = new Request(`http://127.0.0.1${incoming.url}`, { method: incoming.method, headers, body: await body(incoming) });
    const response = await found.handler(request, { params: Promise.resolve(found.params) });
    outgoing.writeHead(response.status, Object.fromEntries(response.headers));
    const reader = response.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      // As Next.js does: wait for the socket to drain, so the export streams rather than piles up.
      if (!outgoing.write(value)) await once(outgoing, "drain");
    }
    outgoing.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("bench: dataset export step", () => {
  it("labels, builds and exports the dataset in every format, checking each body and timing it", async () => {
    const result = await datasetExportBench({ url, key, rows: 230, rssMb: () => currentRssMb("self") });
    expect(result.rows).toBe(230);
    expect(result.exports.map((e) => e.format)).toEqual([...EXPORT_BENCH_FORMATS]);
    for (const measure of result.exports) {
      expect(measure.rows).toBe(230);
      expect(measure.seconds).toBeGreaterThan(0);
      expect(measure.firstByteSeconds).toBeLessThanOrEqual(measure.seconds);
      expect(measure.bytes).toBeGreaterThan(1000);
      expect(measure.rssBeforeMb).toBeGreaterThan(0);
      expect(measure.rssPeakMb).toBeGreaterThanOrEqual(measure.rssBeforeMb);
      expect(measure.rssGrowthMb).toBe(measure.rssPeakMb - measure.rssBeforeMb);
    }
    expect(requests).toBe(1 + 1 + EXPORT_BENCH_FORMATS.length); // one label batch, the build, the exports
  });

  it("refuses a body that is not the whole file", async () => {
    const path = `/api/v1/datasets/${EXPORT_BENCH_DATASET}/versions/1/export`;
    // the version has 230 rows: claiming 231 must fail the line count
    await expect(measureExport(url, key, path, "jsonl", 231, () => currentRssMb("self"))).rejects.toThrow(/has 230 lines, not 231/);
    await expect(measureExport(url, key, path, "csv", 230, () => currentRssMb("self"))).resolves.toMatchObject({ rows: 230 });
    await expect(measureExport(url, `${key}x`, path, "parquet", 230, () => currentRssMb("self"))).rejects.toThrow(/answered 401/);
  });
});
