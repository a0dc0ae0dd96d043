// The closing loop end to end on the real database (both providers): verdicts become a dataset
// snapshot, a lead (or a pipeline's key) retrains a challenger on it through the API, and the
// challenger lands in shadow with its lineage, its predictions for the champion's events (exact
// SHAP, no alerts) and a run that reached 1. The same snapshot always gives the same model.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { POST as retrainRoute } from "@/app/api/v1/datasets/[name]/versions/[version]/retrain/route";
import { GET as runRoute } from "@/app/api/v1/training-runs/[id]/route";
import type { SessionUser } from "@/lib/auth/session";
import { createDatasetVersion } from "@/lib/datasets/create";
import { prisma } from "@/lib/db/client";
import { compareRequest } from "@/lib/evaluation/compare-versions";
import { registerModelVersion } from "@/lib/registry/register";
import type { FeatureValues } from "@/lib/simulate/features";
import { scoreEvent } from "@/lib/simulate/model";
import { logit } from "@/lib/stats/logistic";
import { createUser } from "@/lib/users/create-user";
import { apiKey, request, versionInput } from "@/test/helpers/fixtures";
import { fromArtifact } from "./artifact";
import { settled } from "./jobs";
import { END, EVENTS, loadSmallDemo, MODEL } from "./small-demo.test-support";
import { STALE_AFTER_MS } from "./runs";
import type { TrainingRunOut } from "./schemas";

const signedIn = vi.hoisted(() => ({ user: undefined as SessionUser | undefined }));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => signedIn.user }));

const RANGE = { from: new Date("2026-11-01T00:00:00Z"), to: END };
let lead: SessionUser;
let analyst: SessionUser;
let pipelineKey: string;
let readOnlyKey: string;
let championId: number;
let snapshotId: number;

const params = (name: string, version = "1") => ({ params: Promise.resolve({ name, version }) });
const runParams = (id: number) => ({ params: Promise.resolve({ id: String(id) }) });

function asKey(key: string, body: unknown, name = "fp-loop") {
  return retrainRoute(request(`/api/v1/datasets/${name}/versions/1/retrain`, { key, body: JSON.stringify(body) }), params(name));
}

async function asUser(user: SessionUser, body: unknown, name = "fp-loop") {
  signedIn.user = user;
  try {
    return await retrainRoute(request(`/api/v1/datasets/${name}/versions/1/retrain`, { body: JSON.stringify(body), headers: { cookie: "authjs.session-token=test", origin: "http://localhost" } }), params(name));
  } finally {
    signedIn.user = undefined;
  }
}

async function readRun(id: number, key = pipelineKey): Promise<TrainingRunOut> {
  const response = await runRoute(request(`/api/v1/training-runs/${id}`, { method: "GET", key }), runParams(id));
  expect(response.status, await response.clone().text()).toBe(200);
  return response.json();
}

/** Starts a retrain through the API and waits for its background job. */
async function retrain(start: () => Promise<Response>): Promise<TrainingRunOut> {
  const response = await start();
  expect(response.status, await response.clone().text()).toBe(202);
  const { runId } = (await response.json()) as { runId: number };
  await settled(runId);
  return readRun(runId);
}

beforeAll(async () => {
  ({ championId } = await loadSmallDemo());
  const leadRow = await createUser({ email: "lead@training.example", role: "LEAD", password: "correct-horse-battery-1" }, { label: "test" });
  lead = { id: leadRow.id, email: leadRow.email, name: leadRow.name, role: "LEAD" };
  const analystRow = await createUser({ email: "analyst@training.example", role: "ANALYST", password: "correct-horse-battery-1" }, { label: "test" });
  analyst = { id: analystRow.id, email: analystRow.email, name: analystRow.name, role: "ANALYST" };
  pipelineKey = await apiKey("models:write");
  readOnlyKey = await apiKey("datasets:read", "metrics:read");
  await createDatasetVersion({ name: "fp-loop", model: MODEL }, { label: lead.email });
  snapshotId = (await prisma().datasetVersion.findFirstOrThrow({ where: { dataset: { name: "fp-loop" } } })).id;
  // false positives only: one class, nothing to learn from
  await createDatasetVersion({ name: "fp-only", model: MODEL, mapping: { TRUE_POSITIVE: null, FALSE_POSITIVE: 0, BENIGN_POSITIVE: null, UNDETERMINED: null } }, { label: lead.email });
  // an old version with other inputs: not of the built-in family
  await registerModelVersion(MODEL, versionInput({ version: "0.9.0", stage: "ARCHIVED" }), { label: "test" });
});

describe("starting a retrain", () => {
  it("is refused before anything is written when it cannot succeed", async () => {
    const runs = await prisma().trainingRun.count();
    const wrongScope = await asKey(readOnlyKey, {});
    expect(wrongScope.status).toBe(403);
    expect((await wrongScope.json()).error.message).toContain("models:write");
    expect((await asUser(analyst, {})).status).toBe(403);

    const oneClass = await asKey(pipelineKey, {}, "fp-only");
    expect(oneClass.status).toBe(409);
    expect((await oneClass.json()).error.message).toMatch(/0 positive .* training needs at least 10 of each class/);
    const otherFamily = await asKey(pipelineKey, { baseVersion: "0.9.0" });
    expect(otherFamily.status).toBe(409);
    expect((await otherFamily.json()).error.message).toContain("cannot be retrained here");
    expect((await asKey(pipelineKey, { baseVersion: "9.9.9" })).status).toBe(404);
    expect((await asKey(pipelineKey, {}, "no-such-dataset")).status).toBe(404);
    expect((await asKey(pipelineKey, { baseVersion: "1.0.0", epochs: 3 })).status).toBe(400);
    expect(await prisma().trainingRun.count()).toBe(runs);
  });
});

describe("a retrain from a snapshot", () => {
  let run: TrainingRunOut;
  let challenger: Awaited<ReturnType<typeof loadVersion>>;
  const loadVersion = (version: string) => prisma().modelVersion.findFirstOrThrow({ where: { version, model: { name: MODEL } }, include: { stageChanges: true } });

  beforeAll(async () => {
    const alertsBefore = await prisma().alert.count();
    run = await retrain(() => asKey(pipelineKey, {}));
    challenger = await loadVersion(run.resultVersion!.version);
    expect(await prisma().alert.count()).toBe(alertsBefore);
  });

  it("succeeds, with progress 1, the parent and the new version in shadow", () => {
    expect(run.status, run.error ?? "").toBe("SUCCEEDED");
    expect(run.progress).toBe(1);
    expect(run.step).toBe("done");
    expect(run.finishedAt).not.toBeNull();
    expect(run.startedBy).toBe("api-key:test-models:write");
    expect(run.dataset).toMatchObject({ name: "fp-loop", version: 1 });
    expect(run.baseVersion).toEqual({ model: MODEL, version: "1.0.0" });
    // 0.9.0 is older, 1.0.0 the newest: the next minor
    expect(run.resultVersion).toEqual({ model: MODEL, version: "1.1.0", stage: "SHADOW" });
  });

  it("registers the version with its lineage: the snapshot, the parent, the run", async () => {
    expect(challenger.stage).toBe("SHADOW");
    expect(challenger.trainingDatasetVersionId).toBe(snapshotId);
    expect(challenger.trainingDataset).toBe("fp-loop@1");
    expect(challenger.hyperparameters).toMatchObject({ parentVersion: "1.0.0", trainingRunId: run.id, algorithm: "logistic_regression", thresholdRule: "champion-alert-rate" });
    expect(challenger.stageChanges.map((c) => [c.fromStage, c.toStage])).toEqual([[null, "SHADOW"]]);
    const row = await prisma().trainingRun.findUniqueOrThrow({ where: { id: run.id } });
    expect(row).toMatchObject({ datasetVersionId: snapshotId, baseVersionId: championId, resultVersionId: challenger.id });
    const metrics = challenger.metrics as Record<string, number>;
    expect(metrics.rocAuc).toBeGreaterThan(0.5);
    expect(metrics.holdoutRows + metrics.trainingRows).toBe((await prisma().datasetVersion.findUniqueOrThrow({ where: { id: snapshotId } })).rows);
  });

  it("cuts the threshold where it alerts on the champion's share of the same events", () => {
    const threshold = run.details.threshold as { championAlertRate: number; challengerAlertRate: number; events: number };
    expect(threshold.events).toBe(EVENTS);
    expect(Math.abs(threshold.challengerAlertRate - threshold.championAlertRate)).toBeLessThan(0.01);
  });

  it("shadow-scores the champion's recent events: same eventIds, exact SHAP, no alerts", async () => {
    const [mine, champions] = await Promise.all([
      prisma().prediction.findMany({ where: { modelVersionId: challenger.id }, select: { eventId: true, score: true, decision: true, threshold: true, features: true, explanation: true } }),
      prisma().prediction.findMany({ where: { modelVersionId: championId }, select: { eventId: true } }),
    ]);
    expect(mine.map((p) => p.eventId).sort()).toEqual(champions.map((p) => p.eventId).sort());
    expect(await prisma().alert.count({ where: { modelVersionId: challenger.id } })).toBe(0);
    const alerted = mine.filter((p) => p.decision);
    expect(alerted.length).toBeGreaterThan(0);
    for (const p of alerted) expect(p.score).toBeGreaterThanOrEqual(challenger.threshold);
    const scoring = fromArtifact((challenger.hyperparameters as { artifact: unknown }).artifact);
    for (const p of mine.slice(0, 200)) {
      const explanation = p.explanation as { space: string; baseValue: number; values: Record<string, number> };
      expect(explanation.space).toBe("logit");
      const sum = Object.values(explanation.values).reduce((s, v) => s + v, explanation.baseValue);
      expect(Math.abs(sum - logit(p.score))).toBeLessThan(1e-9);
      // the registered artifact scores the event exactly as the shadow prediction says
      expect(scoreEvent(scoring, p.features as FeatureValues).score).toBe(p.score);
    }
    expect(run.details.shadow).toMatchObject({ events: EVENTS, accepted: EVENTS, duplicates: 0, alerts: 0 });
  });

  it("feeds the roll-ups and the champion–challenger comparison", async () => {
    expect(await prisma().dailyRollup.count({ where: { modelVersionId: challenger.id } })).toBe(4);
    const comparison = await compareRequest(MODEL, challenger.version, RANGE);
    expect(comparison.champion.version).toBe("1.0.0");
    expect(comparison.events).toBeGreaterThan(50);
  });

  it("is in the audit trail: started, registered, finished", async () => {
    const events = await prisma().auditEvent.findMany({ where: { OR: [{ target: `training-run:${run.id}` }, { target: `model:${MODEL}@${challenger.version}` }] }, orderBy: { seq: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["model.retrain_started", "model.version_registered", "model.retrain_finished"]);
    expect(events[0].details).toMatchObject({ model: MODEL, baseVersion: "1.0.0", dataset: "fp-loop@1" });
    expect(events[2].details).toMatchObject({ status: "SUCCEEDED", resultVersion: challenger.version });
    expect(events.every((e) => e.actor === "api-key:test-models:write")).toBe(true);
  });

  it("gives the same coefficients and threshold from the same snapshot (a lead's run this time)", async () => {
    const again = await retrain(() => asUser(lead, { baseVersion: "1.0.0" }));
    expect(again.status, again.error ?? "").toBe("SUCCEEDED");
    expect(again.startedBy).toBe(lead.email);
    const second = await loadVersion(again.resultVersion!.version);
    expect(second.version).toBe("1.2.0");
    const hp = (v: typeof second) => v.hyperparameters as { intercept: number; weights: Record<string, number>; artifact: unknown; splitSeed: number; parentVersion: string };
    expect(hp(second).weights).toEqual(hp(challenger).weights);
    expect(hp(second).intercept).toBe(hp(challenger).intercept);
    expect(hp(second).artifact).toEqual(hp(challenger).artifact);
    expect(hp(second).splitSeed).toBe(hp(challenger).splitSeed);
    expect(hp(second).parentVersion).toBe("1.0.0");
    expect(second.threshold).toBe(challenger.threshold);
    expect(second.createdBy).toBe(lead.email);
  });

  it("refuses to start the same retrain twice at once", async () => {
    const first = await asKey(pipelineKey, {});
    expect(first.status).toBe(202);
    const { runId } = await first.json();
    const second = await asKey(pipelineKey, {});
    expect(second.status).toBe(409);
    expect((await second.json()).error.message).toContain(`Training run ${runId} is already retraining`);
    await settled(runId);
    expect((await readRun(runId)).status).toBe("SUCCEEDED");
  });
});

describe("a run that fails", () => {
  it("stops before training on rows that do not hash to the snapshot's sha256, and says so", async () => {
    await createDatasetVersion({ name: "tampered", model: MODEL }, { label: lead.email });
    await prisma().datasetVersion.updateMany({ where: { dataset: { name: "tampered" } }, data: { sha256: "0".repeat(64) } });
    const versions = await prisma().modelVersion.count();
    const run = await retrain(() => asKey(pipelineKey, {}, "tampered"));
    expect(run.status).toBe("FAILED");
    expect(run.error).toMatch(/^Training failed while loading the snapshot: The rows of tampered@1 do not hash to its recorded sha256/);
    expect(run.progress).toBeLessThan(1);
    expect(run.resultVersion).toBeNull();
    expect(await prisma().modelVersion.count()).toBe(versions);
    const finished = await prisma().auditEvent.findFirstOrThrow({ where: { target: `training-run:${run.id}`, action: "model.retrain_finished" } });
    expect(finished.details).toMatchObject({ status: "FAILED", resultVersion: null });
  });
});

describe("reading a run", () => {
  it("reports a run a restart left behind as failed, once, in the audit trail too", async () => {
    const stale = await prisma().trainingRun.create({
      data: { datasetVersionId: snapshotId, baseVersionId: championId, status: "RUNNING", progress: 0.6, step: "shadow-scoring 600/1600", details: { heartbeatAt: new Date(Date.now() - STALE_AFTER_MS - 1000).toISOString() }, startedBy: lead.email },
    });
    const live = await prisma().trainingRun.create({
      data: { datasetVersionId: snapshotId, baseVersionId: championId, status: "RUNNING", progress: 0.3, step: "training", details: { heartbeatAt: new Date().toISOString() }, startedBy: lead.email },
    });
    const read = await readRun(stale.id);
    expect(read.status).toBe("FAILED");
    expect(read.error).toContain("The server stopped while this run was shadow-scoring 600/1600");
    expect(read.progress).toBe(0.6);
    expect((await readRun(stale.id)).status).toBe("FAILED");
    expect(await prisma().auditEvent.count({ where: { target: `training-run:${stale.id}`, action: "model.retrain_finished" } })).toBe(1);
    // a heartbeat within the window is someone else's live run: left alone
    expect((await readRun(live.id)).status).toBe("RUNNING");
  });

  it("answers 404 for a run that does not exist, 400 for a malformed id, and 403 without the scope", async () => {
    expect((await runRoute(request("/api/v1/training-runs/999999", { method: "GET", key: pipelineKey }), runParams(999999))).status).toBe(404);
    expect((await runRoute(request("/api/v1/training-runs/x", { method: "GET", key: pipelineKey }), { params: Promise.resolve({ id: "x" }) })).status).toBe(400);
    expect((await runRoute(request("/api/v1/training-runs/1", { method: "GET", key: readOnlyKey }), runParams(1))).status).toBe(403);
  });
});
