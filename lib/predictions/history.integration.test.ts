import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as searchRoute } from "@/app/api/v1/predictions/search/route";
import { GET as recordRoute } from "@/app/api/v1/predictions/[id]/route";
import { GET as exportRoute } from "@/app/api/v1/predictions/export/route";
import { GET as manifestRoute } from "@/app/api/v1/predictions/export/[id]/route";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db/client";
import { apiKey, noParams, request } from "@/test/helpers/fixtures";
import { getPredictionRecord } from "./record";
import { searchPredictions } from "./search";
import { PredictionSearchQuery, type ExportManifest, type PredictionRow } from "./schemas";

const HOSTS = ["ws-1", "ws-2", "srv-db"];
const USERS = ["ana", "ben"];
const IPS = ["10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4"];
const N = 36;
let versions: { a: number; b: number };
let alerted: { predictionId: number; alertId: number };

const search = (input: Record<string, string>) => searchPredictions(PredictionSearchQuery.parse(input));

/** Every page of a search, by following the cursor. */
async function all(input: Record<string, string>): Promise<PredictionRow[]> {
  const rows: PredictionRow[] = [];
  let cursor: string | null = null;
  do {
    const page = await search({ ...input, ...(cursor ? { cursor } : {}) });
    rows.push(...page.rows);
    cursor = page.nextCursor;
  } while (cursor);
  return rows;
}

beforeAll(async () => {
  const model = await prisma().model.create({ data: { name: "intrusion-detector" } });
  const dataset = await prisma().dataset.create({ data: { name: "train-fp" } });
  const datasetVersion = await prisma().datasetVersion.create({
    data: { datasetId: dataset.id, version: 3, filter: {}, mapping: {}, rows: 1200, positives: 300, classBalance: {}, sha256: "ab".repeat(32), manifest: {} },
  });
  const features = [{ name: "bytes_out", type: "numeric" }, { name: "protocol", type: "categorical" }];
  const a = await prisma().modelVersion.create({
    data: { modelId: model.id, version: "1.0.0", threshold: 0.8, features, stage: "PRODUCTION", codeCommit: "abc123", trainingDatasetVersionId: datasetVersion.id },
  });
  const b = await prisma().modelVersion.create({ data: { modelId: model.id, version: "2.0.0", threshold: 0.7, features, stage: "SHADOW" } });
  versions = { a: a.id, b: b.id };
  await prisma().stageChange.create({ data: { modelVersionId: a.id, fromStage: "STAGING", toStage: "PRODUCTION", requestedBy: "lee", approvedBy: "kim" } });
  for (let i = 0; i < N; i++) {
    const version = i % 2 ? b : a;
    const score = (i * 7) % 10 / 10 + 0.05;
    await prisma().prediction.create({
      data: {
        modelVersionId: version.id,
        // the same event scored by both versions shares an id
        eventId: `evt-${Math.floor(i / 2)}`,
        time: new Date(Date.UTC(2026, 10, 1, 0, i * 10)),
        score,
        decision: score >= version.threshold,
        threshold: version.threshold,
        features: { bytes_out: i * 100, protocol: i % 3 ? "tcp" : "udp" },
        explanation: { space: "logit", baseValue: -2, values: { bytes_out: 0.5, protocol: 0.1 } },
        host: HOSTS[i % 3],
        userName: USERS[i % 2],
        sourceIp: IPS[i % 4],
        businessUnit: "finance",
      },
    });
  }
  const target = await prisma().prediction.findFirstOrThrow({ where: { decision: true, modelVersionId: a.id }, orderBy: { id: "asc" } });
  const alert = await prisma().alert.create({
    data: {
      predictionId: target.id, modelVersionId: a.id, time: target.time, score: target.score, severity: "HIGH", priority: 1,
      topReasons: [], slaDueAt: new Date(target.time.getTime() + 3_600_000), host: target.host,
    },
  });
  alerted = { predictionId: target.id, alertId: alert.id };
  const first = await prisma().label.create({ data: { predictionId: target.id, verdict: "FALSE_POSITIVE", reasonCode: "duplicate", source: "ANALYST" } });
  await prisma().label.create({ data: { predictionId: target.id, verdict: "TRUE_POSITIVE", source: "ANALYST", supersedesId: first.id, at: new Date(Date.now() + 1000) } });
  await recordAudit({ actor: { label: "ana" }, action: "alert.claim", target: `alert:${alert.id}`, details: {} });
  await recordAudit({ actor: { label: "ana" }, action: "label.recorded", target: `alert:${alert.id}`, details: { verdict: "TRUE_POSITIVE" } });
  await recordAudit({ actor: { label: "sam" }, action: "prediction.noted", target: `prediction:${target.id}`, details: {} });
  await recordAudit({ actor: { label: "sam" }, action: "unrelated", target: `prediction:${target.id + 1000}`, details: {} });
});

describe("prediction history search", () => {
  it("finds an event id across every version that scored it", async () => {
    const { rows } = await search({ eventId: "evt-4" });
    expect(rows.map((r) => r.version).sort()).toEqual(["1.0.0", "2.0.0"]);
    expect((await search({ eventId: "evt-4", model: "intrusion-detector", version: "2.0.0" })).rows).toHaveLength(1);
    expect((await search({ eventId: "nope" })).rows).toEqual([]);
  });

  it("finds by host, user and source IP, newest first, within a half-open time range", async () => {
    const byHost = await all({ host: "ws-2", limit: "2" });
    expect(byHost).toHaveLength(N / 3);
    expect(byHost.every((r) => r.host === "ws-2")).toBe(true);
    expect(byHost.map((r) => r.time)).toEqual([...byHost.map((r) => r.time)].sort().reverse());
    expect(await all({ user: "ben" })).toHaveLength(N / 2);
    const ranged = await all({ sourceIp: "10.0.0.1", from: "2026-11-01T00:00:00Z", to: "2026-11-01T02:00:00Z" });
    // i = 0, 4, 8 (minutes 0, 40, 80); minute 120 is the excluded end
    expect(ranged.map((r) => r.time)).toEqual(["2026-11-01T01:20:00.000Z", "2026-11-01T00:40:00.000Z", "2026-11-01T00:00:00.000Z"]);
  });

  it("finds by model version and by decision, merging versions in time order across pages", async () => {
    const everything = await all({ limit: "5" });
    expect(everything).toHaveLength(N);
    expect(new Set(everything.map((r) => r.id)).size).toBe(N);
    expect(everything.map((r) => r.time)).toEqual([...everything.map((r) => r.time)].sort().reverse());
    const v2 = await all({ model: "intrusion-detector", version: "2.0.0", limit: "4" });
    expect(v2).toHaveLength(N / 2);
    expect(v2.every((r) => r.version === "2.0.0")).toBe(true);
    const yes = await all({ decision: "alerted", limit: "3" });
    const no = await all({ decision: "not_alerted" });
    expect(yes.length + no.length).toBe(N);
    expect(yes.every((r) => r.decision && r.score >= r.threshold)).toBe(true);
    expect(no.every((r) => !r.decision)).toBe(true);
    expect((await search({ model: "no-such-model" })).rows).toEqual([]);
  });

  it("shows the alert and the verdict in force", async () => {
    const target = await prisma().prediction.findUniqueOrThrow({ where: { id: alerted.predictionId } });
    const { rows } = await search({ host: target.host!, decision: "alerted", model: "intrusion-detector", version: "1.0.0", limit: "200" });
    const row = rows.find((r) => r.id === alerted.predictionId)!;
    expect(row).toMatchObject({ alertId: alerted.alertId, verdict: "TRUE_POSITIVE" });
  });

  it("answers over HTTP and refuses an API key (no scope grants prediction history)", async () => {
    const key = await apiKey("audit:read");
    expect((await searchRoute(request("/api/v1/predictions/search?host=ws-1", { method: "GET", key }), noParams)).status).toBe(403);
    expect((await searchRoute(request("/api/v1/predictions/search?host=ws-1", { method: "GET" }), noParams)).status).toBe(401);
    expect((await recordRoute(request(`/api/v1/predictions/${alerted.predictionId}`, { method: "GET", key }), { params: Promise.resolve({ id: String(alerted.predictionId) }) })).status).toBe(403);
  });
});

describe("the full record", () => {
  it("has inputs, score against threshold, lineage, explanation, verdict history and every action on it", async () => {
    const record = await getPredictionRecord(alerted.predictionId);
    expect(record).toMatchObject({
      id: alerted.predictionId,
      decision: true,
      threshold: 0.8,
      features: { protocol: expect.any(String) },
      explanation: { space: "logit" },
      model: {
        name: "intrusion-detector",
        version: "1.0.0",
        codeCommit: "abc123",
        trainingDataset: { name: "train-fp", version: 3, sha256: "ab".repeat(32) },
        stageChanges: [{ from: "STAGING", to: "PRODUCTION", approvedBy: "kim" }],
      },
      alert: { id: alerted.alertId, severity: "HIGH" },
    });
    expect(record.labels.map((l) => l.verdict)).toEqual(["TRUE_POSITIVE", "FALSE_POSITIVE"]);
    expect(record.events.map((e) => e.action)).toEqual(["alert.claim", "label.recorded", "prediction.noted"]);
  });

  it("is a 404 for an unknown id", async () => {
    await expect(getPredictionRecord(999_999)).rejects.toMatchObject({ status: 404 });
  });
});

describe("export", () => {
  let key: string;
  beforeAll(async () => {
    // No API-key scope grants exports:create: the routes are for people; the service is tested directly.
    key = await apiKey("audit:read");
  });

  async function exportVia(format: "csv" | "jsonl", filters: string) {
    const { exportPredictions } = await import("./export-stream");
    const { PredictionExportQuery } = await import("./schemas");
    const exportId = crypto.randomUUID();
    const query = PredictionExportQuery.parse({ ...Object.fromEntries(new URLSearchParams(filters)), format, exportId });
    const response = await exportPredictions(query, { id: null, label: "auditor@example.org" });
    const body = Buffer.from(await response.arrayBuffer());
    return { response, body, exportId };
  }

  it("streams CSV with a manifest (filters, count, sha256, who, when) recorded in the audit trail", async () => {
    const { response, body, exportId } = await exportVia("csv", "host=ws-1");
    expect(response.headers.get("content-type")).toMatch(/text\/csv/);
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="vigil-predictions-.*\.csv"/);
    const lines = body.toString("utf8").trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^id,event_id,model,version,time,score/);
    expect(lines).toHaveLength(1 + N / 3);

    const manifestResponse = await manifestRoute(request(`/api/v1/predictions/export/${exportId}`, { method: "GET", key }), { params: Promise.resolve({ id: exportId }) });
    expect(manifestResponse.status).toBe(403); // an API key cannot read manifests either
    const { exportManifest } = await import("./export-stream");
    const manifest: ExportManifest = await exportManifest(exportId);
    expect(manifest).toMatchObject({
      exportId,
      format: "csv",
      count: N / 3,
      bytes: body.byteLength,
      sha256: createHash("sha256").update(body).digest("hex"),
      complete: true,
      createdBy: "auditor@example.org",
      filters: { host: "ws-1", user: null },
    });
    expect(manifest.auditSeq).toBeGreaterThan(0);
  });

  it("streams JSONL that re-exports byte for byte, leaving out predictions ingested after asOf", async () => {
    const first = await exportVia("jsonl", "user=ana&decision=not_alerted");
    const rows = first.body.toString("utf8").trimEnd().split("\n").map((line) => JSON.parse(line));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.entity.user === "ana" && row.decision === false)).toBe(true);
    expect(rows[0]).toHaveProperty("features");

    await prisma().prediction.create({
      data: {
        modelVersionId: versions.a, eventId: "late", time: new Date(Date.UTC(2026, 10, 1, 3)), score: 0.1, decision: false, threshold: 0.8,
        features: {}, userName: "ana", ingestedAt: new Date(Date.now() + 3_600_000),
      },
    });
    const second = await exportVia("jsonl", "user=ana&decision=not_alerted");
    expect(second.body.equals(first.body)).toBe(true);
  });

  it("is refused to API keys and the anonymous", async () => {
    expect((await exportRoute(request("/api/v1/predictions/export?format=csv", { method: "GET", key }), noParams)).status).toBe(403);
    expect((await exportRoute(request("/api/v1/predictions/export?format=csv", { method: "GET" }), noParams)).status).toBe(401);
  });
});
