import "server-only";
// A verdict on a picked prediction: recorded with source ACTIVE_LEARNING through the one
// verdict writer (lib/alerts/verdicts.ts), within today's budget, never twice for an event.
import { conflict, notFound } from "@/lib/api/errors";
import { lockAuditChain } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";
import { appendVerdicts, noteVerdictWrites } from "@/lib/alerts/verdicts";
import { loadBudget, usedToday } from "./budget";
import { remainingBudget } from "./budget-rules";
import type { ActiveLearningVerdictIn, ActiveLearningVerdictOut } from "./schemas";

export async function labelPick(input: ActiveLearningVerdictIn, user: SessionUser, now = new Date()): Promise<ActiveLearningVerdictOut> {
  const result = await prisma().$transaction(async (tx) => {
    // The verdict's audit event takes the chain's lock anyway; taking it first makes the budget
    // check and the write one step, so two analysts cannot both spend the last pick
    // (PostgreSQL; SQLite has one writer at a time).
    await lockAuditChain(tx);
    const prediction = await tx.prediction.findUnique({
      where: { id: input.predictionId },
      select: {
        id: true,
        eventId: true,
        auditSample: true,
        modelVersion: { select: { stage: true, modelId: true, model: { select: { name: true } } } },
        alert: { select: { id: true, assigneeId: true } },
      },
    });
    if (!prediction) throw notFound(`There is no prediction ${input.predictionId}`);
    const { modelId, model } = prediction.modelVersion;
    if (prediction.modelVersion.stage !== "PRODUCTION") throw conflict(`Prediction ${prediction.id} is not the production version's: active learning picks from the champion's predictions`);
    if (prediction.auditSample) throw conflict(`Prediction ${prediction.id} is in the audit sample: label it in the audit-sample queue, so the random sample stays random`);
    // Every version's prediction of the event, through the unique (modelVersionId, eventId) index.
    const versions = await tx.modelVersion.findMany({ where: { modelId }, select: { id: true } });
    const siblings = await tx.prediction.findMany({ where: { modelVersionId: { in: versions.map((v) => v.id) }, eventId: prediction.eventId }, select: { id: true } });
    const labelled = await tx.label.findFirst({ where: { predictionId: { in: siblings.map((p) => p.id) } }, select: { id: true } });
    if (labelled) throw conflict(`Event ${prediction.eventId} already has a verdict: it has left the queue`);
    if (prediction.alert?.assigneeId && prediction.alert.assigneeId !== user.id) throw conflict(`Someone else is working alert ${prediction.alert.id}: it has left the queue`);
    const [budget, used] = await Promise.all([loadBudget(modelId, tx), usedToday(modelId, now, tx)]);
    if (used >= budget.daily) {
      throw conflict(`Today's active-learning budget for ${model.name} is spent (${used} of ${budget.daily} verdicts); it renews at midnight UTC`);
    }
    await appendVerdicts(
      tx,
      [{ predictionId: prediction.id, verdict: input.verdict, reasonCode: input.reason ?? null, note: input.note || null, source: "ACTIVE_LEARNING", noAlert: !prediction.alert, labelledById: user.id, at: now }],
      { id: user.id, label: user.email },
    );
    const label = await tx.label.findFirst({ where: { predictionId: prediction.id, supersededBy: null }, orderBy: { id: "desc" }, select: { id: true } });
    return { labelId: label!.id, budget: budget.daily, usedToday: used + 1 };
  });
  noteVerdictWrites(1);
  return {
    predictionId: input.predictionId,
    labelId: result.labelId,
    verdict: input.verdict,
    budget: result.budget,
    usedToday: result.usedToday,
    remaining: remainingBudget(result.budget, result.usedToday),
  };
}
