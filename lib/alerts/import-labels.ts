import "server-only";
// POST /api/v1/labels: verdicts from outside (a case-management system, a pipeline).
// Predictions are looked up per model version by event id; unknown ones refuse the batch.
import { prisma } from "@/lib/db/client";
import { badRequest, type ErrorIssue } from "@/lib/api/errors";
import type { Actor } from "@/lib/audit/record";
import type { LabelIn, Verdict } from "./schemas";
import { recordVerdicts } from "./verdicts";

async function predictionIds(labels: LabelIn[]): Promise<Map<string, number>> {
  const byVersion = new Map<string, { model: string; version: string; eventIds: string[] }>();
  for (const { model, version, eventId } of labels) {
    const key = `${model}|${version}`;
    const group = byVersion.get(key) ?? { model, version, eventIds: [] };
    group.eventIds.push(eventId);
    byVersion.set(key, group);
  }
  const ids = new Map<string, number>();
  for (const [key, { model, version, eventIds }] of byVersion) {
    const found = await prisma().prediction.findMany({
      where: { modelVersion: { version, model: { name: model } }, eventId: { in: eventIds } },
      select: { id: true, eventId: true },
    });
    for (const p of found) ids.set(`${key}|${p.eventId}`, p.id);
  }
  return ids;
}

export async function importLabels(labels: LabelIn[], actor: Actor) {
  const ids = await predictionIds(labels);
  const issues: ErrorIssue[] = [];
  const inputs = labels.map((label, index) => {
    const predictionId = ids.get(`${label.model}|${label.version}|${label.eventId}`);
    if (predictionId === undefined) issues.push({ path: [index, "eventId"], message: "no such prediction for this model version" });
    return {
      predictionId: predictionId ?? -1,
      verdict: label.verdict.toUpperCase() as Verdict,
      reasonCode: label.reason,
      note: label.note,
      source: "IMPORT" as const,
    };
  });
  if (issues.length) throw badRequest("Some labels name unknown predictions; nothing was written", issues.slice(0, 100));
  return recordVerdicts(inputs, actor);
}
