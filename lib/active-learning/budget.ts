import "server-only";
// The daily labelling budget per model: how many active-learning verdicts the team gives a UTC
// day (a lead's setting, DEFAULT_DAILY_BUDGET until one is set) and how many it gave today.
import { notFound } from "@/lib/api/errors";
import { recordAudit, type Actor, type Tx } from "@/lib/audit/record";
import { prisma } from "@/lib/db/client";
import { nextUtcMidnight, utcDayStart } from "./budget-rules";
import { DEFAULT_DAILY_BUDGET, type BudgetIn, type BudgetOut } from "./schemas";

export type Budget = { daily: number; set: boolean; updatedBy: string | null; updatedAt: string | null };

export async function loadBudget(modelId: number, tx?: Tx): Promise<Budget> {
  const row = await (tx ?? prisma()).activeLearningSetting.findUnique({ where: { modelId } });
  if (!row) return { daily: DEFAULT_DAILY_BUDGET, set: false, updatedBy: null, updatedAt: null };
  return { daily: row.dailyBudget, set: true, updatedBy: row.updatedBy, updatedAt: row.updatedAt.toISOString() };
}

/**
 * Active-learning verdicts recorded today (UTC) on any version's prediction of the model. A
 * later correction does not give one back: the budget is the team's labelling effort. Today's
 * active-learning verdicts are few (the budgets' sum), so they are read first and matched to
 * the model by primary key, never by a join over the model's predictions.
 */
export async function usedToday(modelId: number, now: Date, tx?: Tx): Promise<number> {
  const db = tx ?? prisma();
  const today = await db.label.findMany({
    where: { source: "ACTIVE_LEARNING", at: { gte: utcDayStart(now), lt: nextUtcMidnight(now) } },
    select: { predictionId: true },
  });
  if (today.length === 0) return 0;
  const ofModel = await db.prediction.findMany({
    where: { id: { in: [...new Set(today.map((l) => l.predictionId))] }, modelVersion: { modelId } },
    select: { id: true },
  });
  const ids = new Set(ofModel.map((p) => p.id));
  return today.filter((l) => ids.has(l.predictionId)).length;
}

export async function setBudget(input: BudgetIn, actor: Actor): Promise<BudgetOut> {
  return prisma().$transaction(async (tx) => {
    const model = await tx.model.findUnique({ where: { name: input.model }, select: { id: true, name: true } });
    if (!model) throw notFound(`There is no model named ${input.model}`);
    const previous = await loadBudget(model.id, tx);
    const updatedAt = new Date();
    await tx.activeLearningSetting.upsert({
      where: { modelId: model.id },
      create: { modelId: model.id, dailyBudget: input.dailyBudget, updatedBy: actor.label, updatedAt },
      update: { dailyBudget: input.dailyBudget, updatedBy: actor.label, updatedAt },
    });
    await recordAudit(
      { actor, action: "active_learning.budget_changed", target: `model:${model.name}`, details: { before: previous.daily, after: input.dailyBudget, wasDefault: !previous.set } },
      tx,
    );
    return { model: model.name, dailyBudget: input.dailyBudget, previous: previous.daily, updatedBy: actor.label, updatedAt: updatedAt.toISOString() };
  });
}
