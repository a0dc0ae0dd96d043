// Dataset versions end to end on the real database (both providers): the content hash equals
// one computed independently (Python's hashlib over the canonical bytes, see the comment by
// the literals), exports are reproducible, and a relabel makes a new version with its diff.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportRoute } from "@/app/api/v1/datasets/[name]/versions/[version]/export/route";
import { GET as manifestRoute } from "@/app/api/v1/datasets/[name]/versions/[version]/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/datasets/route";
import { POST as previewRoute } from "@/app/api/v1/datasets/preview/route";
import { recordVerdicts, type VerdictInput } from "@/lib/alerts/verdicts";
import { prisma } from "@/lib/db/client";
import { ingestPredictions } from "@/lib/ingest/ingest";
import { createUser } from "@/lib/users/create-user";
import { apiKey, noParams, prediction, registerVersion, request } from "@/test/helpers/fixtures";
import { compareRows } from "./canonical";
import type { DatasetCreated, DatasetList, DatasetManifest, DatasetPreview } from "./schemas";

// Computed with /usr/bin/python3: json.dumps(row, sort_keys=True, separators=(",", ":")) + "\n"
// per row, rows sorted by (model, version, eventId), hashlib.sha256 of the UTF-8 bytes. Rows:
// ds-1 FP (class 0), ds-2 TP (1), ds-4 audit-sample FP (0); ds-3 (BENIGN_POSITIVE) excluded.
const V1_SHA256 = "5385fce246c7f876afa59d683d701fd6f905ae14839dc8310029e25d878cb5b5";
// The same after ds-1 is relabelled TRUE_POSITIVE at 2026-11-03T08:00:00Z.
const V2_SHA256 = "4c454ac5114aed384db73df0ff2401b5df62d71cef9e5e89c46cc4c6b10cc43d";

const NAME = "fp-retrain";
const BUILD = { name: NAME, model: "intrusion-detector", from: "2026-11-01", to: "2026-11-08" };
let writeKey: string;
let readKey: string;
let leadId: string;
const predictionIds = new Map<string, number>();

const post = (path: string, body: unknown) => request(path, { key: writeKey, body: JSON.stringify(body) });
const versionParams = (version: number) => ({ params: Promise.resolve({ name: NAME, version: String(version) }) });
const get = (path: string) => request(path, { method: "GET", key: readKey });

function verdict(eventId: string, value: VerdictInput["verdict"], at: string, source: VerdictInput["source"] = "ANALYST"): VerdictInput {
  return {
    predictionId: predictionIds.get(eventId)!,
    verdict: value,
    reasonCode: value === "FALSE_POSITIVE" && source === "ANALYST" ? "known_benign_tool" : null,
    source,
    labelledById: leadId,
    at: new Date(at),
  };
}

async function create(): Promise<DatasetCreated> {
  const response = await createRoute(post("/api/v1/datasets", BUILD), noParams);
  expect(response.status, await response.clone().text()).toBe(201);
  return response.json();
}

async function exportText(version: number, format: "csv" | "jsonl") {
  const response = await exportRoute(get(`/api/v1/datasets/${NAME}/versions/${version}/export?format=${format}`), versionParams(version));
  expect(response.status).toBe(200);
  return { text: await response.text(), sha256: response.headers.get("x-dataset-sha256") };
}

beforeAll(async () => {
  await registerVersion();
  const features = (failed: number) => ({ bytes_out: 120345, failed_logins_1h: failed, protocol: "tcp" });
  await ingestPredictions([
    prediction("ds-1", 0.93, { features: features(3) }),
    prediction("ds-2", 0.85, { features: features(9) }),
    prediction("ds-3", 0.9, { features: features(1) }),
    prediction("ds-4", 0.1, { features: features(0), auditSample: { inclusionProbability: 0.02 } }),
    // labelled, but outside [from, to)
    prediction("ds-5", 0.95, { features: features(4), timestamp: "2026-10-20T00:00:00Z" }),
    // never labelled
    prediction("ds-6", 0.97, { features: features(5) }),
  ]);
  for (const row of await prisma().prediction.findMany({ select: { id: true, eventId: true } })) predictionIds.set(row.eventId, row.id);
  leadId = (await createUser({ email: "lead@datasets.example", role: "LEAD", password: "correct-horse-battery-1" }, { label: "test" })).id;
  writeKey = await apiKey("datasets:write");
  readKey = await apiKey("datasets:read");
  await recordVerdicts(
    [
      verdict("ds-1", "FALSE_POSITIVE", "2026-11-01T12:30:00Z"),
      verdict("ds-2", "TRUE_POSITIVE", "2026-11-01T13:00:00Z"),
      verdict("ds-3", "BENIGN_POSITIVE", "2026-11-01T14:00:00Z"),
      verdict("ds-4", "FALSE_POSITIVE", "2026-11-02T09:15:00Z", "AUDIT_SAMPLE"),
      verdict("ds-5", "TRUE_POSITIVE", "2026-10-20T01:00:00Z"),
    ],
    { label: "test" },
  );
});

describe("dataset versions", () => {
  it("previews counts, balance, sources and label delay without creating anything", async () => {
    const response = await previewRoute(post("/api/v1/datasets/preview", { ...BUILD, includeAuditNegatives: false }), noParams);
    expect(response.status).toBe(200);
    const preview = (await response.json()) as DatasetPreview;
    expect(preview).toMatchObject({ rows: 2, positives: 1, negatives: 1, classBalance: 0.5, bySource: { ANALYST: 2 } });
    expect(preview.excluded).toEqual({ unmapped: 1, auditNegatives: 1, duplicateEvents: 0 });
    // delays of 30 and 60 minutes: nearest-rank median 30, p90 60
    expect(preview.labelDelayMinutes).toEqual({ median: 30, p90: 60 });
    expect(await prisma().datasetVersion.count()).toBe(0);
  });

  it("creates version 1 whose sha256 matches the independently computed hash", async () => {
    const created = await create();
    expect(created).toEqual({ name: NAME, version: 1, rows: 3, positives: 1, sha256: V1_SHA256 });
    const response = await manifestRoute(get(`/api/v1/datasets/${NAME}/versions/1`), versionParams(1));
    const manifest = (await response.json()) as DatasetManifest;
    expect(manifest).toMatchObject({
      version: 1,
      sha256: V1_SHA256,
      parent: null,
      diff: null,
      counts: { rows: 3, positives: 1, negatives: 2, bySource: { ANALYST: 2, AUDIT_SAMPLE: 1 }, byVerdict: { FALSE_POSITIVE: 2, TRUE_POSITIVE: 1 } },
      mapping: { TRUE_POSITIVE: 1, FALSE_POSITIVE: 0, BENIGN_POSITIVE: null, UNDETERMINED: null },
      timeRange: { from: "2026-11-01T00:00:00.000Z", to: "2026-11-08T00:00:00.000Z", firstEvent: "2026-11-01T12:00:00.000Z" },
      modelVersions: [{ model: "intrusion-detector", version: "1.0.0", rows: 3 }],
      labellers: [{ labeller: "lead@datasets.example", rows: 3 }],
      createdBy: "api-key:test-datasets:write",
    });
    const audit = await prisma().auditEvent.findFirst({ where: { action: "dataset.version_created" } });
    expect(audit?.target).toBe(`dataset:${NAME}@1`);
  });

  it("exports the same bytes every time, and the JSONL lines in canonical order are the hashed content", async () => {
    const first = await exportText(1, "jsonl");
    const second = await exportText(1, "jsonl");
    expect(second.text).toBe(first.text);
    expect(first.sha256).toBe(V1_SHA256);
    const lines = first.text.split("\n").filter(Boolean);
    expect(lines).toHaveLength(3);
    const sorted = lines.map((line) => ({ line, row: JSON.parse(line) })).sort((a, b) => compareRows(a.row, b.row));
    expect(createHash("sha256").update(sorted.map((entry) => `${entry.line}\n`).join("")).digest("hex")).toBe(V1_SHA256);

    const csv = await exportText(1, "csv");
    expect((await exportText(1, "csv")).text).toBe(csv.text);
    const csvLines = csv.text.split("\r\n").filter(Boolean);
    expect(csvLines[0]).toBe("event_id,model,version,time,score,class,verdict,source,labelled_at,bytes_out,failed_logins_1h,protocol");
    expect(csvLines).toContain("ds-4,intrusion-detector,1.0.0,2026-11-01T12:00:00.000Z,0.1,0,FALSE_POSITIVE,AUDIT_SAMPLE,2026-11-02T09:15:00.000Z,120345,0,tcp");
  });

  it("makes version 2 after a relabel, with the diff against version 1", async () => {
    await recordVerdicts([verdict("ds-1", "TRUE_POSITIVE", "2026-11-03T08:00:00Z")], { label: "test" });
    const created = await create();
    expect(created).toEqual({ name: NAME, version: 2, rows: 3, positives: 2, sha256: V2_SHA256 });
    const manifest = (await (await manifestRoute(get(`/api/v1/datasets/${NAME}/versions/2`), versionParams(2))).json()) as DatasetManifest;
    expect(manifest.parent).toEqual({ version: 1, sha256: V1_SHA256 });
    expect(manifest.diff).toEqual({ added: 0, removed: 0, relabelled: 1 });
    // Version 1 is immutable: it still exports the verdict it was built from.
    expect((await exportText(1, "jsonl")).text).toContain('"eventId":"ds-1","features":{"bytes_out":120345,"failed_logins_1h":3,"protocol":"tcp"},"labelledAt":"2026-11-01T12:30:00.000Z"');
  });

  it("rebuilding unchanged content gives the same hash and an empty diff; narrowing it removes rows", async () => {
    expect((await create()).sha256).toBe(V2_SHA256);
    const response = await createRoute(post("/api/v1/datasets", { ...BUILD, sources: ["ANALYST"] }), noParams);
    const narrowed = (await response.json()) as DatasetCreated;
    expect(narrowed).toMatchObject({ version: 4, rows: 2 });
    const manifest = (await (await manifestRoute(get(`/api/v1/datasets/${NAME}/versions/4`), versionParams(4))).json()) as DatasetManifest;
    expect(manifest.diff).toEqual({ added: 0, removed: 1, relabelled: 0 });
    const list = (await (await listRoute(get("/api/v1/datasets"), noParams)).json()) as DatasetList;
    expect(list.datasets.map((d) => [d.name, d.versions.map((v) => v.version)])).toEqual([[NAME, [4, 3, 2, 1]]]);
  });

  it("refuses an empty dataset, an unknown model and a missing version", async () => {
    expect((await createRoute(post("/api/v1/datasets", { ...BUILD, name: "empty", from: "2025-01-01", to: "2025-01-02" }), noParams)).status).toBe(400);
    expect((await createRoute(post("/api/v1/datasets", { ...BUILD, model: "nope" }), noParams)).status).toBe(404);
    expect((await manifestRoute(get(`/api/v1/datasets/${NAME}/versions/9`), versionParams(9))).status).toBe(404);
    expect((await exportRoute(get(`/api/v1/datasets/${NAME}/versions/1/export?format=xml`), versionParams(1))).status).toBe(400);
  });
});
