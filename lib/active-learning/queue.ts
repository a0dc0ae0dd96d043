import "server-only";
// The active-learning queue of one model: its budget for today and the best picks left in it.
import { prisma } from "@/lib/db/client";
import { topReasons } from "@/lib/ingest/triage-fields";
import type { Explanation } from "@/lib/ingest/schemas";
import { loadBudget, usedToday } from "./budget";
import { nextUtcMidnight, picksToOffer, remainingBudget } from "./budget-rules";
import { pickDisagreeing, pickUncertain, type Window } from "./candidates";
import { disagreementReason, uncertaintyReason, type DisagreementRow, type UncertaintyRow } from "./ranking";
import type { ActiveLearningItem, ActiveLearningQuery, ActiveLearningQueue, PickReason } from "./schemas";
import { modelsWithChampion, resolveModel, type ModelRef } from "./versions";

type Features = Record<string, number | string | boolean | null>;
const DAY_MS = 86_400_000;

async function itemsFor(model: ModelRef, picks: { row: UncertaintyRow; why: PickReason }[]): Promise<ActiveLearningItem[]> {
  if (picks.length === 0) return [];
  const rows = await prisma().prediction.findMany({
    where: { id: { in: picks.map((p) => p.row.id) } },
    select: { id: true, eventId: true, time: true, score: true, features: true, explanation: true, host: true, userName: true, sourceIp: true, businessUnit: true, alert: { select: { id: true } } },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return picks.flatMap(({ row: pick, why }) => {
    const row = byId.get(pick.id);
    if (!row) return [];
    const explanation = (row.explanation as Explanation | null) ?? null;
    const features = row.features as Features;
    return [{
      predictionId: row.id,
      eventId: row.eventId,
      time: row.time.toISOString(),
      score: row.score,
      threshold: model.champion.threshold,
      alertId: row.alert?.id ?? null,
      entity: { host: row.host, user: row.userName, sourceIp: row.sourceIp, businessUnit: row.businessUnit },
      topReasons: topReasons(explanation ?? undefined, features),
      features,
      explanation,
      why,
    }];
  });
}

async function picksOf(model: ModelRef, strategy: ActiveLearningQuery["strategy"], window: Window, want: number) {
  const { threshold } = model.champion;
  if (strategy === "uncertainty") {
    return (await pickUncertain(model, window, want)).map((row) => ({ row, why: uncertaintyReason(row.score, threshold) }));
  }
  const challengers = new Map(model.challengers.map((c) => [c.id, c]));
  return (await pickDisagreeing(model, window, want)).map((row: DisagreementRow) => {
    const challenger = challengers.get(row.challengerId)!;
    return { row, why: disagreementReason(row, threshold, { version: challenger.version, stage: challenger.stage }) };
  });
}

export async function activeLearningQueue(query: ActiveLearningQuery, now = new Date()): Promise<ActiveLearningQueue> {
  const model = await resolveModel(query.model);
  const [models, budget, used] = await Promise.all([modelsWithChampion(), loadBudget(model.modelId), usedToday(model.modelId, now)]);
  const remaining = remainingBudget(budget.daily, used);
  const window: Window = { from: new Date(now.getTime() - query.days * DAY_MS), to: now };
  const picks = await picksOf(model, query.strategy, window, picksToOffer(remaining, query.limit));
  return {
    model: model.name,
    models,
    strategy: query.strategy,
    champion: { version: model.champion.version, threshold: model.champion.threshold },
    challengers: model.challengers.map(({ version, stage, threshold }) => ({ version, stage, threshold })),
    window: { from: window.from.toISOString(), to: window.to.toISOString(), days: query.days },
    budget: budget.daily,
    usedToday: used,
    remaining,
    budgetSetting: { set: budget.set, updatedBy: budget.updatedBy, updatedAt: budget.updatedAt },
    renewsAt: nextUtcMidnight(now).toISOString(),
    baseline: model.champion.baseline,
    items: await itemsFor(model, picks),
  };
}
