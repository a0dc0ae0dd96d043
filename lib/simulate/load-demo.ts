import "server-only";
// Loads the demo scenario through the same services the API uses (registry, ingest, verdicts).
// Idempotent: users and versions that exist are kept, ingest skips duplicates, labelled
// predictions are not labelled again, and a finished load is recorded in the audit trail.
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { ingestPredictions } from "@/lib/ingest/ingest";
import { registerModelVersion } from "@/lib/registry/register";
import { recordVerdicts } from "@/lib/alerts/verdicts";
import { createUser } from "@/lib/users/create-user";
import { DEMO_ANALYSTS, DEMO_USERS } from "./demo-users";
import { buildScenario, type DayBatch, type Scenario } from "./scenario";
import { applyFollowUps, type RecordedVerdict } from "./load-follow-ups";

const LOADER = { label: "demo-loader" };
const INGEST_BATCH = 1000;

export type DemoProgress = { day: number; days: number; predictions: number; alerts: number; verdicts: number };
export type DemoOptions = { days?: number; end?: Date; onProgress?: (progress: DemoProgress) => void };

async function ensureUsers(): Promise<Map<string, string>> {
  for (const user of DEMO_USERS) {
    const exists = await prisma().user.findUnique({ where: { email: user.email }, select: { id: true } });
    if (!exists) await createUser(user, LOADER);
  }
  const rows = await prisma().user.findMany({ where: { email: { in: DEMO_USERS.map((u) => u.email) } } });
  return new Map(rows.map((row) => [row.email, row.id]));
}

async function ensureVersions(scenario: Scenario): Promise<number> {
  let championId = 0;
  for (const registration of [scenario.champion, scenario.challenger]) {
    const existing = await prisma().modelVersion.findFirst({
      where: { version: registration.version, model: { name: scenario.model.name } },
      select: { id: true },
    });
    const registered = existing ?? (await registerModelVersion(scenario.model.name, { ...registration, ...scenario.model }, LOADER));
    if (registration === scenario.champion) championId = registered.id;
  }
  return championId;
}

async function applyVerdicts(batch: DayBatch, championVersionId: number, userIds: Map<string, string>): Promise<number> {
  const predictions = await prisma().prediction.findMany({
    where: { modelVersionId: championVersionId, eventId: { in: batch.verdicts.map((v) => v.eventId) } },
    select: { id: true, eventId: true, labels: { select: { id: true }, take: 1 } },
  });
  const unlabelled = new Map(predictions.filter((p) => p.labels.length === 0).map((p) => [p.eventId, p.id]));
  const byAnalyst = new Map<string, Parameters<typeof recordVerdicts>[0]>();
  const followUps: RecordedVerdict[] = [];
  for (const verdict of batch.verdicts) {
    const predictionId = unlabelled.get(verdict.eventId);
    if (predictionId === undefined) continue;
    followUps.push({ predictionId, planned: verdict });
    const list = byAnalyst.get(verdict.analyst) ?? [];
    list.push({
      predictionId,
      verdict: verdict.verdict,
      reasonCode: verdict.reasonCode,
      note: verdict.note,
      source: verdict.source,
      labelledById: userIds.get(verdict.analyst) ?? null,
      at: verdict.at,
    });
    byAnalyst.set(verdict.analyst, list);
  }
  let recorded = 0;
  for (const [analyst, inputs] of byAnalyst) {
    recorded += (await recordVerdicts(inputs, { id: userIds.get(analyst), label: analyst })).recorded;
  }
  // Second opinions and corrections: label quality's double-labelled sample and overturns.
  recorded += (await applyFollowUps(followUps, DEMO_ANALYSTS, userIds)).corrections;
  return recorded;
}

function todayUtc(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export async function loadDemo(options: DemoOptions = {}): Promise<{ loaded: boolean; progress?: DemoProgress }> {
  const done = await prisma().auditEvent.findFirst({ where: { action: "demo.loaded" }, select: { seq: true } });
  const userIds = await ensureUsers();
  if (done) return { loaded: false };
  const scenario = buildScenario({ days: options.days, end: options.end ?? todayUtc(), analysts: DEMO_ANALYSTS });
  const championId = await ensureVersions(scenario);
  const days = options.days ?? 30;
  const progress: DemoProgress = { day: 0, days, predictions: 0, alerts: 0, verdicts: 0 };
  for (const batch of scenario.days()) {
    for (let start = 0; start < batch.predictions.length; start += INGEST_BATCH) {
      const result = await ingestPredictions(batch.predictions.slice(start, start + INGEST_BATCH));
      progress.predictions += result.accepted;
      progress.alerts += result.alerts;
    }
    progress.verdicts += await applyVerdicts(batch, championId, userIds);
    progress.day += 1;
    options.onProgress?.({ ...progress });
  }
  await recordAudit({ actor: LOADER, action: "demo.loaded", target: `model:${scenario.model.name}`, details: { ...progress } });
  return { loaded: true, progress };
}
