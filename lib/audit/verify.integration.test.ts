import { beforeAll, describe, expect, it } from "vitest";
import { GET as verifyRoute } from "@/app/api/v1/audit/verify/route";
import { POST as checkpointRoute } from "@/app/api/v1/audit/checkpoints/route";
import { GET as exportRoute } from "@/app/api/v1/audit/checkpoints/export/route";
import { prisma } from "@/lib/db/client";
import { apiKey, noParams, request } from "@/test/helpers/fixtures";
import { chainHash } from "./canonical";
import { recordAudit } from "./record";
import { tamper } from "./tamper.test-support";
import { verifyChain as verifyOnce, type ChainVerification } from "./verify";
import { verifyAuditTrail } from "./verify-trail";
import type { CheckpointExport, VerifyResult, VerifyStreamLine } from "./schemas";
import { verifyClaim } from "./checkpoint-signature";
import { installTestSigningKey } from "./signing-key.test-support";

// A throwaway key: tests must not create data/audit-signing-key in the working tree.
installTestSigningKey();

const ACTOR = { label: "auditor@example.org" };

/** Verifies in one thread with one batch, and with worker threads over batches of 4: both must agree. */
async function verifyChain(): Promise<ChainVerification> {
  const single = await verifyOnce({ threads: "never" });
  const threaded = await verifyOnce({ threads: "always", batchSize: 4 });
  const { durationMs: _a, ...expected } = single;
  const { durationMs: _b, ...actual } = threaded;
  expect(actual).toEqual(expected);
  return single;
}

async function record(n: number, from = 0) {
  for (let i = from; i < from + n; i++) {
    await recordAudit({
      actor: { id: i % 2 ? "u1" : null, label: i % 2 ? "ana@example.org" : "system" },
      action: i % 3 ? "label.recorded" : "alert.claim",
      target: i % 4 ? `alert:${i}` : null,
      // nested, unicode, floats and key order: canonical JSON must round-trip every database
      details: { z: i, a: { y: [1, 2.5, "é ✓"], b: null }, note: `line\n"${i}"`, score: 0.1 + 0.2 },
    });
  }
}

async function event(seq: number) {
  return prisma().auditEvent.findUniqueOrThrow({ where: { seq } });
}

describe("audit chain verification", () => {
  it("passes on an empty chain without signing anything", async () => {
    const result = await verifyAuditTrail({ actor: ACTOR });
    expect(result).toMatchObject({ ok: true, checked: 0, head: null, checkpoint: null, checkpointCreated: false });
  });

  it("confirms an intact chain, signs its head, and records that checkpoint in the chain", async () => {
    await record(30);
    const result = await verifyAuditTrail({ actor: ACTOR });
    expect(result).toMatchObject({ ok: true, checked: 30, checkpointCreated: true });
    expect(result.firstBadSeq).toBeUndefined();
    expect(result.checkpoint).toMatchObject({ seq: 30, hash: (await event(30)).hash, createdBy: ACTOR.label });
    const recorded = await event(31);
    expect(recorded).toMatchObject({ action: "audit.checkpoint_created", target: `audit-checkpoint:${result.checkpoint!.id}` });
  });

  it("does not sign again when nothing happened but the last signing", async () => {
    const again = await verifyAuditTrail({ actor: ACTOR });
    expect(again).toMatchObject({ ok: true, checked: 31, checkpointCreated: false, checkpoints: { total: 1, verified: 1, problems: [] } });
    await record(5, 100);
    const grown = await verifyAuditTrail({ actor: ACTOR });
    expect(grown).toMatchObject({ ok: true, checked: 36, checkpointCreated: true, checkpoint: { seq: 36 } });
  });

  it("finds an event altered behind the application's back, and recovers when it is put back", async () => {
    const original = await prisma().$queryRawUnsafe<{ details: unknown }[]>(`SELECT "details" FROM "AuditEvent" WHERE "seq" = 7`);
    await tamper("AuditEvent", `UPDATE "AuditEvent" SET "details" = ? WHERE "seq" = 7`, [JSON.stringify({ z: 6, tampered: true })]);
    const result = await verifyChain();
    expect(result).toMatchObject({ ok: false, checked: 6, firstBadSeq: 7 });
    expect(result.reason).toMatch(/altered/);

    const raw = original[0].details;
    await tamper("AuditEvent", `UPDATE "AuditEvent" SET "details" = ? WHERE "seq" = 7`, [typeof raw === "string" ? raw : JSON.stringify(raw)]);
    expect((await verifyChain()).ok).toBe(true);
  });

  it("finds a changed actor and a broken link", async () => {
    await tamper("AuditEvent", `UPDATE "AuditEvent" SET "actor" = 'mallory' WHERE "seq" = 12`);
    expect(await verifyChain()).toMatchObject({ ok: false, firstBadSeq: 12 });
    await tamper("AuditEvent", `UPDATE "AuditEvent" SET "actor" = ? WHERE "seq" = 12`, [(await event(11)).actor === "system" ? "ana@example.org" : "system"]);
    expect((await verifyChain()).ok).toBe(true);

    const row = await event(20);
    await tamper("AuditEvent", `UPDATE "AuditEvent" SET "prevHash" = ? WHERE "seq" = 20`, ["f".repeat(64)]);
    const result = await verifyChain();
    expect(result).toMatchObject({ ok: false, firstBadSeq: 20 });
    expect(result.reason).toMatch(/does not link/);
    await tamper("AuditEvent", `UPDATE "AuditEvent" SET "prevHash" = ? WHERE "seq" = 20`, [row.prevHash]);
    expect((await verifyChain()).ok).toBe(true);
  });

  it("finds an event deleted from the middle", async () => {
    const saved = await event(15);
    await tamper("AuditEvent", `DELETE FROM "AuditEvent" WHERE "seq" = 15`);
    const result = await verifyChain();
    expect(result).toMatchObject({ ok: false, checked: 14, firstBadSeq: 15 });
    expect(result.reason).toMatch(/missing/);
    await prisma().auditEvent.create({ data: { ...saved, details: saved.details as object } });
    expect((await verifyChain()).ok).toBe(true);
  });

  it("finds a chain rewritten consistently from some point on, through the signed checkpoint", async () => {
    // Rewrite events 25..36 with a forged actor and recomputed hashes: every link holds.
    const rows = await prisma().auditEvent.findMany({ where: { seq: { gte: 25, lte: 36 } }, orderBy: { seq: "asc" } });
    const originals = rows.map((row) => ({ ...row }));
    let prevHash = (await event(24)).hash;
    for (const row of rows) {
      const fields = { seq: row.seq, at: row.at, actorId: row.actorId, actor: "forger", action: row.action, target: row.target, details: row.details };
      const hash = chainHash(prevHash, fields);
      await tamper("AuditEvent", `UPDATE "AuditEvent" SET "actor" = 'forger', "prevHash" = ?, "hash" = ? WHERE "seq" = ?`, [prevHash, hash, row.seq]);
      prevHash = hash;
    }
    // The next real event (37) now links to nothing: forge it too, as a careful attacker would.
    const next = await event(37);
    const nextHash = chainHash(prevHash, { seq: 37, at: next.at, actorId: next.actorId, actor: next.actor, action: next.action, target: next.target, details: next.details });
    await tamper("AuditEvent", `UPDATE "AuditEvent" SET "prevHash" = ?, "hash" = ? WHERE "seq" = 37`, [prevHash, nextHash]);

    const result = await verifyChain();
    expect(result).toMatchObject({ ok: false, firstBadSeq: 30 });
    expect(result.reason).toMatch(/signed checkpoint .* rewritten/);

    for (const row of originals) {
      await tamper("AuditEvent", `UPDATE "AuditEvent" SET "actor" = ?, "prevHash" = ?, "hash" = ? WHERE "seq" = ?`, [row.actor, row.prevHash, row.hash, row.seq]);
    }
    await tamper("AuditEvent", `UPDATE "AuditEvent" SET "prevHash" = ?, "hash" = ? WHERE "seq" = 37`, [next.prevHash, next.hash]);
    expect((await verifyChain()).ok).toBe(true);
  });

  it("finds events cut off the end, through a checkpoint past the new end", async () => {
    const tail = await prisma().auditEvent.findMany({ where: { seq: { gte: 34 } }, orderBy: { seq: "asc" } });
    await tamper("AuditEvent", `DELETE FROM "AuditEvent" WHERE "seq" >= 34`);
    const result = await verifyChain();
    expect(result).toMatchObject({ ok: false, checked: 33, firstBadSeq: 34 });
    expect(result.reason).toMatch(/removed from the end/);
    for (const row of tail) await prisma().auditEvent.create({ data: { ...row, details: row.details as object } });
    expect((await verifyChain()).ok).toBe(true);
  });

  it("finds an altered checkpoint and refuses to sign while anything is wrong", async () => {
    const checkpoint = await prisma().auditCheckpoint.findFirstOrThrow({ orderBy: { id: "asc" } });
    await tamper("AuditCheckpoint", `UPDATE "AuditCheckpoint" SET "seq" = 3 WHERE "id" = ?`, [checkpoint.id]);
    const result = await verifyAuditTrail({ actor: ACTOR });
    expect(result.ok).toBe(false);
    expect(result.checkpoints.problems).toEqual([expect.objectContaining({ id: checkpoint.id, problem: expect.stringMatching(/invalid signature/) })]);
    expect(result.checkpointCreated).toBe(false);
    await tamper("AuditCheckpoint", `UPDATE "AuditCheckpoint" SET "seq" = ? WHERE "id" = ?`, [checkpoint.seq, checkpoint.id]);
    expect((await verifyChain()).ok).toBe(true);
  });
});

describe("GET /api/v1/audit/verify", () => {
  let auditKey: string;
  beforeAll(async () => {
    auditKey = await apiKey("audit:read");
  });

  it("answers the v1 contract to an audit:read key", async () => {
    const response = await verifyRoute(request("/api/v1/audit/verify", { method: "GET", key: auditKey }), noParams);
    expect(response.status).toBe(200);
    const body = (await response.json()) as VerifyResult;
    expect(body.ok).toBe(true);
    expect(body.checked).toBe(await prisma().auditEvent.count() - (body.checkpointCreated ? 1 : 0));
    expect(body).not.toHaveProperty("firstBadSeq");
  });

  it("streams progress then the result, and reports the first bad seq", async () => {
    const row = await event(5);
    await tamper("AuditEvent", `UPDATE "AuditEvent" SET "action" = 'nothing.to.see' WHERE "seq" = 5`);
    const response = await verifyRoute(request("/api/v1/audit/verify?stream=true", { method: "GET", key: auditKey }), noParams);
    expect(response.headers.get("content-type")).toMatch(/ndjson/);
    const lines = (await response.text()).trim().split("\n").map((line) => JSON.parse(line) as VerifyStreamLine);
    expect(lines.at(-1)).toMatchObject({ type: "result", result: { ok: false, firstBadSeq: 5, checked: 4 } });
    await tamper("AuditEvent", `UPDATE "AuditEvent" SET "action" = ? WHERE "seq" = 5`, [row.action]);
  });

  it("refuses keys without the scope and the anonymous", async () => {
    const other = await apiKey("predictions:write");
    expect((await verifyRoute(request("/api/v1/audit/verify", { method: "GET", key: other }), noParams)).status).toBe(403);
    expect((await verifyRoute(request("/api/v1/audit/verify", { method: "GET" }), noParams)).status).toBe(401);
  });

  it("signs on demand and exports checkpoints that check out with the public key alone", async () => {
    await record(2, 200);
    const created = await checkpointRoute(request("/api/v1/audit/checkpoints", { method: "POST", key: auditKey }), noParams);
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ ok: true, checkpointCreated: true, checkpoint: { createdBy: expect.stringMatching(/^api-key:/) } });
    const response = await exportRoute(request("/api/v1/audit/checkpoints/export", { method: "GET", key: auditKey }), noParams);
    expect(response.headers.get("content-disposition")).toMatch(/attachment/);
    const document = (await response.json()) as CheckpointExport;
    expect(document.checkpoints.length).toBeGreaterThanOrEqual(3);
    for (const checkpoint of document.checkpoints) {
      const key = document.keys.find((k) => k.keyId === checkpoint.keyId)!;
      expect(verifyClaim(checkpoint, checkpoint.signature, key.publicKey)).toBe(true);
      expect((await event(checkpoint.seq)).hash).toBe(checkpoint.hash);
    }
    expect(await prisma().auditEvent.count({ where: { action: "audit.checkpoints_exported" } })).toBe(1);
  });
});
