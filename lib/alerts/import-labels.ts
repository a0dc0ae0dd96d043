import "server-only";
// POST /api/v1/labels: verdicts from outside (a case-management system, a pipeline).
import { prisma } from "@/lib/db/client";
import { badRequest, type ErrorIssue } from "@/lib/api/errors";
import type { Actor } from "@/lib/audit/record";
import type { LabelIn, Verdict } from "./schemas";
import { recordVerdicts } from "./verdicts";

export async function importLabels(labels: LabelIn[], actor: Actor) {
  const predictions = await prisma().prediction.findMany({
    where: { OR: labels.map((l) => ({ eventId: l.eventId, modelVersion: { version: l.version, model: { name: l.model } } })) },
    select: { id: true, eventId: true, modelVersion: { select: { version: true, model: { select: { name: true } } } } },
  });
  const byKey = new Map(predictions.map((p) => [`${p.modelVersion.model.name}|${p.modelVersion.version}|${p.eventId}`, p.id]));
  const issues: ErrorIssue[] = [];
  const inputs = labels.map((label, index) => {
    const predictionId = byKey.get(`${label.model}|${label.version}|${label.eventId}`);
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
