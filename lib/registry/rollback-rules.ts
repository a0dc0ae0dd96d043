// Which promotion a one-click rollback would undo. Only the model's latest promotion, and only
// while the versions still stand where it left them: once anything has moved since (another
// promotion, a manual archive), undoing it blindly could resurrect a version someone retired.
// Pure and client-safe.
import type { Stage } from "./schemas";

export type PromotionFact = { id: number; versionId: number; toStage: Stage; replacedId: number | null; rolledBack: boolean };

export function rollbackCandidate(promotions: readonly PromotionFact[], stages: ReadonlyMap<number, Stage>): PromotionFact | null {
  const latest = promotions.reduce<PromotionFact | null>((a, b) => (!a || b.id > a.id ? b : a), null);
  if (!latest || latest.rolledBack) return null;
  if (stages.get(latest.versionId) !== latest.toStage) return null;
  if (latest.replacedId !== null && stages.get(latest.replacedId) !== "ARCHIVED") return null;
  return latest;
}
