import { beforeAll, describe, expect, it } from "vitest";
import { GET as comparisonRoute } from "@/app/api/v1/models/[model]/versions/[version]/comparison/route";
import { POST as promoteRoute } from "@/app/api/v1/models/[model]/versions/[version]/promotion/route";
import { POST as proposeRoute } from "@/app/api/v1/models/[model]/versions/[version]/threshold-proposals/route";
import type { SessionUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";
import { compareRequest } from "@/lib/evaluation/compare-versions";
import { discordance } from "@/lib/evaluation/mcnemar";
import { ComparisonResponse } from "@/lib/evaluation/schemas";
import { ingestPredictions } from "@/lib/ingest/ingest";
import { Rng } from "@/lib/stats/random";
import { createUser } from "@/lib/users/create-user";
import { apiKey, MODEL, prediction, registerVersion, request } from "@/test/helpers/fixtures";
import { listModels, versionDetail } from "./catalog";
import { promoteVersion } from "./promote";
import { rollbackModel } from "./rollback";
import { decideProposal, proposeThreshold } from "./threshold-proposals";

let lee: SessionUser;
let max: SessionUser;
let ana: SessionUser;

async function user(email: string, role: SessionUser["role"]): Promise<SessionUser> {
  const row = await createUser({ email, role, password: "correct-horse-battery-1" }, { label: "test" });
  return { id: row.id, email: row.email, name: row.name, role };
}

async function refusal(operation: Promise<unknown>): Promise<{ status: number; code: string; message: string }> {
  return operation.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: { status: number; code: string; message: string }) => error,
  );
}

const auditActions = async () => (await prisma().auditEvent.findMany({ orderBy: { seq: "asc" }, select: { action: true, details: true } })).filter((e) => e.action.startsWith("model."));
const stageOf = async (version: string) => (await prisma().modelVersion.findFirstOrThrow({ where: { version }, select: { stage: true } })).stage;

/**
 * 700 events on Nov 1. 1.0.0 (production, 0.8) is noisy; 1.1.0 (shadow, 0.8) separates the
 * classes better; 1.2.0 (shadow) is noise. Every alert of 1.0.0 is judged, and a 25 % audit
 * sample of the rest.
 */
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const EVENTS = (() => {
  const rng = new Rng(42);
  return Array.from({ length: 700 }, (_, i) => {
    const attack = rng.uniform() < 0.15;
    const base = attack ? 1.6 : -2.2;
    return {
      id: `e${i}`,
      attack,
      champion: sigmoid(base + rng.normal(0, 1.6)),
      challenger: sigmoid(base * 1.5 + rng.normal(0, 0.9)),
      noise: rng.uniform(),
      audit: rng.uniform() < 0.25,
      time: `2026-11-01T${String(i % 24).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}:00Z`,
    };
  });
})();

beforeAll(async () => {
  await registerVersion({ version: "1.0.0", threshold: 0.8, stage: "PRODUCTION" });
  await registerVersion({ version: "1.1.0", threshold: 0.8, stage: "SHADOW" });
  await registerVersion({ version: "1.2.0", threshold: 0.8, stage: "SHADOW" });
  const rows = EVENTS.flatMap((e) => [
    prediction(e.id, e.champion, { version: "1.0.0", timestamp: e.time, ...(e.champion < 0.8 && e.audit ? { auditSample: { inclusionProbability: 0.25 } } : {}) }),
    prediction(e.id, e.challenger, { version: "1.1.0", timestamp: e.time }),
    prediction(e.id, e.noise, { version: "1.2.0", timestamp: e.time }),
  ]);
  await ingestPredictions(rows);
  const champion = await prisma().prediction.findMany({ where: { modelVersion: { version: "1.0.0" } }, select: { id: true, eventId: true, score: true, auditSample: true } });
  const attack = new Map(EVENTS.map((e) => [e.id, e.attack]));
  await prisma().label.createMany({
    data: champion
      .filter((p) => p.score >= 0.8 || p.auditSample)
      .map((p) => ({ predictionId: p.id, verdict: attack.get(p.eventId) ? ("TRUE_POSITIVE" as const) : ("FALSE_POSITIVE" as const), source: p.auditSample ? ("AUDIT_SAMPLE" as const) : ("ANALYST" as const) })),
  });
  [lee, max, ana] = await Promise.all([user("lee@gov.example", "LEAD"), user("max@gov.example", "LEAD"), user("ana@gov.example", "ANALYST")]);
});

describe("threshold proposals", () => {
  it("leave the threshold alone until another lead approves; both steps are audited", async () => {
    const proposal = await proposeThreshold(MODEL, "1.0.0", { threshold: 0.85, reason: "SIEM alerting preset: best F1", preset: "siem-alerting", expected: { precision: 0.9 } }, lee);
    expect(proposal).toMatchObject({ status: "PENDING", fromThreshold: 0.8, toThreshold: 0.85, proposedBy: "lee@gov.example" });
    expect((await versionDetail(MODEL, "1.0.0")).threshold).toBe(0.8);
    const approved = await decideProposal(MODEL, "1.0.0", proposal.id, { decision: "approve", note: "agreed" }, max);
    expect(approved).toMatchObject({ status: "APPROVED", decidedBy: "max@gov.example", selfApproved: false });
    expect((await versionDetail(MODEL, "1.0.0")).threshold).toBe(0.85);
    const audit = await auditActions();
    expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(["model.threshold_proposed", "model.threshold_changed"]));
    expect(audit.find((e) => e.action === "model.threshold_changed")!.details).toMatchObject({ from: 0.8, to: 0.85, proposedBy: "lee@gov.example", decidedBy: "max@gov.example", selfApproved: false });
  });

  it("let a lead approve their own proposal only with an explicit confirmation, marked self-approved", async () => {
    const proposal = await proposeThreshold(MODEL, "1.0.0", { threshold: 0.8, reason: "back to the registered threshold" }, lee);
    const unconfirmed = await refusal(decideProposal(MODEL, "1.0.0", proposal.id, { decision: "approve" }, lee));
    expect([unconfirmed.status, unconfirmed.code]).toEqual([409, "self_approval_unconfirmed"]);
    const approved = await decideProposal(MODEL, "1.0.0", proposal.id, { decision: "approve", confirmSelfApproval: true }, lee);
    expect(approved).toMatchObject({ status: "APPROVED", selfApproved: true });
    const last = (await auditActions()).at(-1)!;
    expect(last).toMatchObject({ action: "model.threshold_changed", details: { selfApproved: true, decidedBy: "lee@gov.example" } });
  });

  it("replace an open proposal with a newer one, and refuse a decision on a closed one", async () => {
    const first = await proposeThreshold(MODEL, "1.0.0", { threshold: 0.7, reason: "breach response preset" }, lee);
    const second = await proposeThreshold(MODEL, "1.0.0", { threshold: 0.75, reason: "a compromise between the two" }, max);
    const detail = await versionDetail(MODEL, "1.0.0");
    expect(detail.proposals.find((p) => p.id === first.id)?.status).toBe("SUPERSEDED");
    expect(detail.pendingProposals).toBe(1);
    expect((await refusal(decideProposal(MODEL, "1.0.0", first.id, { decision: "approve" }, max))).status).toBe(409);
    expect(await decideProposal(MODEL, "1.0.0", second.id, { decision: "reject", note: "too many alerts" }, lee)).toMatchObject({ status: "REJECTED" });
  });

  it("are refused to analysts and to API keys", async () => {
    expect((await refusal(proposeThreshold(MODEL, "1.0.0", { threshold: 0.9, reason: "fewer alerts please" }, ana))).status).toBe(403);
    const open = await proposeThreshold(MODEL, "1.0.0", { threshold: 0.9, reason: "fewer alerts please" }, lee);
    expect((await refusal(decideProposal(MODEL, "1.0.0", open.id, { decision: "approve" }, ana))).status).toBe(403);
    const key = await apiKey("metrics:read", "models:write");
    const response = await proposeRoute(request("/api/v1/models/intrusion-detector/versions/1.0.0/threshold-proposals", { key, body: JSON.stringify({ threshold: 0.9, reason: "fewer alerts please" }) }), {
      params: Promise.resolve({ model: MODEL, version: "1.0.0" }),
    });
    expect(response.status).toBe(403);
    await decideProposal(MODEL, "1.0.0", open.id, { decision: "withdraw" }, lee);
  });
});

describe("champion vs challenger and the promotion gate", () => {
  it("compares both versions on the same labelled events with paired intervals and McNemar", async () => {
    const c = await compareRequest(MODEL, "1.1.0", {});
    expect(c.champion.version).toBe("1.0.0");
    expect(c.estimate).toBe("weighted");
    const labelled = EVENTS.filter((e) => e.champion >= 0.8 || e.audit);
    expect(c.events).toBe(labelled.length);
    expect(c.positives).toBe(labelled.filter((e) => e.attack).length);
    const expected = discordance(
      labelled.map((e) => (e.attack ? 1 : 0)),
      labelled.map((e) => e.champion),
      0.8,
      labelled.map((e) => e.challenger),
      0.8,
    );
    expect({ b: c.mcnemar.b, c: c.mcnemar.c }).toEqual(expected);
    expect(c.paired.difference.averagePrecision.estimate!).toBeGreaterThan(0);
    expect(c.gate.passed).toBe(true);
    expect(c.gate.checks.map((x) => x.id)).toEqual(["labels", "regression", "approval"]);
  });

  it("answers GET …/comparison for keys with metrics:read, against production unless told otherwise", async () => {
    const get = async (path: string, key: string) => comparisonRoute(request(path, { method: "GET", key }), { params: Promise.resolve({ model: MODEL, version: "1.2.0" }) });
    const ok = await get("/api/v1/models/intrusion-detector/versions/1.2.0/comparison?against=1.1.0&from=2026-11-01", await apiKey("metrics:read"));
    expect(ok.status).toBe(200);
    const body = ComparisonResponse.parse(await ok.json());
    expect(body.champion.version).toBe("1.1.0");
    expect((await get("/api/v1/models/intrusion-detector/versions/1.2.0/comparison", await apiKey("models:write"))).status).toBe(403);
    expect((await get("/api/v1/models/intrusion-detector/versions/1.2.0/comparison?against=1.2.0", await apiKey("metrics:read"))).status).toBe(400);
  });

  it("lists the registry production first, with pending threshold proposals counted", async () => {
    const { models } = await listModels();
    const model = models.find((m) => m.name === MODEL)!;
    expect(model.champion).toBe("1.0.0");
    expect(model.versions[0]).toMatchObject({ version: "1.0.0", stage: "PRODUCTION" });
    expect(model.versions.map((v) => v.version).sort()).toEqual(["1.0.0", "1.1.0", "1.2.0"]);
  });

  it("closes the gate on a version that is significantly worse", async () => {
    const c = await compareRequest(MODEL, "1.2.0", {});
    expect(c.gate.passed).toBe(false);
    expect(c.gate.checks.find((x) => x.id === "regression")!.passed).toBe(false);
    const refused = await refusal(promoteVersion(MODEL, "1.2.0", { toStage: "PRODUCTION", reason: "try the new one out" }, lee));
    expect(refused.status).toBe(409);
    expect(refused.message).toMatch(/gate is closed/);
    expect(await stageOf("1.2.0")).toBe("SHADOW");
  });

  it("lets a lead put a worse version in canary to gather evidence, recording the failed checks", async () => {
    const result = await promoteVersion(MODEL, "1.2.0", { toStage: "CANARY", reason: "gather live evidence on the new features" }, lee);
    expect(result).toMatchObject({ fromStage: "SHADOW", toStage: "CANARY", replaced: null });
    expect(result.gate.passed).toBe(false);
    expect(result.gate.checks.find((c) => c.id === "regression")!.passed).toBe(false);
    expect(result.gate.checks.find((c) => c.id === "approval")).toMatchObject({ passed: true, detail: expect.stringMatching(/lee@gov.example/) });
    expect(await stageOf("1.2.0")).toBe("CANARY");
    expect(await stageOf("1.0.0")).toBe("PRODUCTION");
    expect(await rollbackModel(MODEL, { reason: "canary raised too many alerts" }, lee)).toMatchObject({ version: "1.2.0", restoredStage: "SHADOW", restored: null });
    expect(await stageOf("1.2.0")).toBe("SHADOW");
  });

  it("refuses an analyst", async () => {
    expect((await refusal(promoteVersion(MODEL, "1.1.0", { toStage: "PRODUCTION", reason: "it looks better to me" }, ana))).status).toBe(403);
  });

  it("promotes with a lead's reason, archives the champion, records history, evidence and audit; one click rolls it back", async () => {
    const result = await promoteVersion(MODEL, "1.1.0", { toStage: "PRODUCTION", reason: "better AP on the same events, gate passed" }, lee);
    expect(result).toMatchObject({ fromStage: "SHADOW", toStage: "PRODUCTION", replaced: "1.0.0" });
    expect(await stageOf("1.1.0")).toBe("PRODUCTION");
    expect(await stageOf("1.0.0")).toBe("ARCHIVED");
    const detail = await versionDetail(MODEL, "1.1.0");
    expect(detail.stageHistory[0]).toMatchObject({ fromStage: "SHADOW", toStage: "PRODUCTION", approvedBy: "lee@gov.example", reason: "better AP on the same events, gate passed" });
    expect(detail.promotions[0]).toMatchObject({ version: "1.1.0", replaced: "1.0.0", approvedBy: "lee@gov.example" });
    expect((detail.promotions[0].gate as { checks: { passed: boolean }[] }).checks.every((c) => c.passed)).toBe(true);
    expect(detail.rollback).toMatchObject({ version: "1.1.0", replaced: "1.0.0" });
    const promoted = (await auditActions()).at(-1)!;
    expect(promoted).toMatchObject({ action: "model.promoted", details: { from: "SHADOW", to: "PRODUCTION", replaced: "1.0.0" } });

    const rolled = await rollbackModel(MODEL, {}, max);
    expect(rolled).toMatchObject({ version: "1.1.0", restoredStage: "SHADOW", restored: "1.0.0" });
    expect([await stageOf("1.0.0"), await stageOf("1.1.0")]).toEqual(["PRODUCTION", "SHADOW"]);
    const after = await versionDetail(MODEL, "1.0.0");
    expect(after.stageHistory[0]).toMatchObject({ fromStage: "ARCHIVED", toStage: "PRODUCTION", approvedBy: "max@gov.example" });
    expect(after.rollback).toBeNull();
    expect(after.promotions[0]).toMatchObject({ rolledBackBy: "max@gov.example", rollbackReason: "one-click rollback" });
    expect((await auditActions()).at(-1)).toMatchObject({ action: "model.rolled_back", details: { restored: "1.0.0" } });
    expect((await refusal(rollbackModel(MODEL, {}, max))).status).toBe(409);
  });

  it("answers the promotion over REST only for a signed-in person with models:promote", async () => {
    const key = await apiKey("models:write", "metrics:read");
    const response = await promoteRoute(request("/api/v1/models/intrusion-detector/versions/1.1.0/promotion", { key, body: JSON.stringify({ toStage: "CANARY", reason: "scripted promotion attempt" }) }), {
      params: Promise.resolve({ model: MODEL, version: "1.1.0" }),
    });
    expect(response.status).toBe(403);
    const bad = await promoteRoute(request("/api/v1/models/intrusion-detector/versions/1.1.0/promotion", { key, body: JSON.stringify({ toStage: "PRODUCTION", reason: "short" }) }), {
      params: Promise.resolve({ model: MODEL, version: "1.1.0" }),
    });
    expect(bad.status).toBe(403); // refused before the body is read: keys never promote
  });
});
