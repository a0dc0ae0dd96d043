import { beforeAll, describe, expect, it } from "vitest";
import { ingestPredictions } from "@/lib/ingest/ingest";
import { createUser } from "@/lib/users/create-user";
import type { SessionUser } from "@/lib/auth/session";
import { prediction, registerVersion } from "@/test/helpers/fixtures";
import { labelAuditSample, listAuditSample } from "./audit-sample";
import { AuditSampleQuery } from "./schemas";

let analyst: SessionUser;

beforeAll(async () => {
  await registerVersion();
  await ingestPredictions([
    prediction("s1", 0.2, { auditSample: { inclusionProbability: 0.015 }, timestamp: "2026-11-01T10:00:00Z" }),
    prediction("s2", 0.1, { auditSample: { inclusionProbability: 0.015 }, timestamp: "2026-11-01T11:00:00Z" }),
    prediction("n1", 0.1, { timestamp: "2026-11-01T12:00:00Z" }),
    prediction("a1", 0.95, { timestamp: "2026-11-01T13:00:00Z" }),
  ]);
  const row = await createUser({ email: "sampler@test.example", role: "ANALYST", password: "correct-horse-battery-1" }, { label: "test" });
  analyst = { id: row.id, email: row.email, name: row.name, role: "ANALYST" };
});

const list = (state: string) => listAuditSample(AuditSampleQuery.parse({ state }));

describe("the audit-sample queue", () => {
  it("lists only sampled, unlabelled predictions, newest first, with their inclusion probability", async () => {
    const page = await list("pending");
    expect(page.rows.map((r) => r.score)).toEqual([0.1, 0.2]);
    expect(page.pending).toBe(2);
    expect(page.rows[0]).toMatchObject({ inclusionProbability: 0.015, verdict: null, labelId: null });
    expect(page.rows[0].topReasons.map((r) => r.feature)).toEqual(["failed_logins_1h", "bytes_out", "protocol"]);
  });

  it("labels a sample (no reason needed for benign), then refuses a stale second label", async () => {
    const [target] = (await list("pending")).rows;
    const labelled = await labelAuditSample({ predictionId: target.id, supersedes: null, verdict: "FALSE_POSITIVE" }, analyst);
    expect(labelled.labels).toHaveLength(1);
    expect(labelled.labels[0]).toMatchObject({ verdict: "FALSE_POSITIVE", source: "AUDIT_SAMPLE" });
    const stale = await labelAuditSample({ predictionId: target.id, supersedes: null, verdict: "TRUE_POSITIVE" }, analyst).catch((e) => e);
    expect(stale.status).toBe(409);
    const changed = await labelAuditSample({ predictionId: target.id, supersedes: labelled.labels[0].id, verdict: "TRUE_POSITIVE", note: "beacon after all" }, analyst);
    expect(changed.labels.map((l) => l.verdict)).toEqual(["TRUE_POSITIVE", "FALSE_POSITIVE"]);
    expect((await list("pending")).pending).toBe(1);
    expect((await list("labelled")).rows.map((r) => r.verdict)).toEqual(["TRUE_POSITIVE"]);
  });

  it("refuses predictions outside the sample", async () => {
    const error = await labelAuditSample({ predictionId: 999_999, supersedes: null, verdict: "TRUE_POSITIVE" }, analyst).catch((e) => e);
    expect(error.status).toBe(404);
  });
});
