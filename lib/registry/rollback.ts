import "server-only";
// One-click rollback: undo the model's latest promotion — the promoted version returns to the
// stage it came from and the version it replaced returns to production — with stage history
// and an audit event, in one transaction. Only while nothing has moved since (rollback-rules.ts).
import { conflict, forbidden, notFound } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/record";
import { roleHas } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";
import type { RollbackIn } from "./governance-schemas";
import { rollbackCandidate } from "./rollback-rules";
import type { Stage } from "./schemas";

export type RollbackResult = { promotionId: number; model: string; version: string; restoredStage: Stage; restored: string | null };

const DEFAULT_REASON = "one-click rollback";

export async function rollbackModel(model: string, input: RollbackIn, user: SessionUser): Promise<RollbackResult> {
  if (!roleHas(user.role, "models:promote")) throw forbidden('Rolling back a promotion needs the permission "models:promote"');
  const row = await prisma().model.findUnique({
    where: { name: model },
    select: {
      id: true,
      versions: { select: { id: true, version: true, stage: true } },
      promotions: { select: { id: true, modelVersionId: true, fromStage: true, toStage: true, replacedId: true, rolledBackAt: true } },
    },
  });
  if (!row) throw notFound(`No model named ${model}`);
  const stages = new Map(row.versions.map((v) => [v.id, v.stage]));
  const candidate = rollbackCandidate(
    row.promotions.map((p) => ({ id: p.id, versionId: p.modelVersionId, toStage: p.toStage, replacedId: p.replacedId, rolledBack: p.rolledBackAt !== null })),
    stages,
  );
  if (!candidate) throw conflict(`${model} has no promotion that can be rolled back: its latest was rolled back already, or the versions have moved since`);
  const promotion = row.promotions.find((p) => p.id === candidate.id)!;
  const name = (id: number) => row.versions.find((v) => v.id === id)!.version;
  const reason = input.reason?.trim() || DEFAULT_REASON;

  return prisma().$transaction(async (tx) => {
    const at = new Date();
    const by = { requestedBy: user.email, approvedBy: user.email, at };
    const back = await tx.modelVersion.updateMany({ where: { id: promotion.modelVersionId, stage: promotion.toStage }, data: { stage: promotion.fromStage } });
    if (back.count === 0) throw conflict("The promoted version changed stage a moment ago; reload and look again");
    await tx.stageChange.create({ data: { modelVersionId: promotion.modelVersionId, fromStage: promotion.toStage, toStage: promotion.fromStage, ...by, reason: `rollback of promotion #${promotion.id}: ${reason}` } });
    if (promotion.replacedId !== null) {
      const restored = await tx.modelVersion.updateMany({ where: { id: promotion.replacedId, stage: "ARCHIVED" }, data: { stage: "PRODUCTION" } });
      if (restored.count === 0) throw conflict("The replaced version changed stage a moment ago; reload and look again");
      await tx.stageChange.create({ data: { modelVersionId: promotion.replacedId, fromStage: "ARCHIVED", toStage: "PRODUCTION", ...by, reason: `rollback of promotion #${promotion.id}: ${reason}` } });
    }
    const marked = await tx.promotion.updateMany({ where: { id: promotion.id, rolledBackAt: null }, data: { rolledBackAt: at, rolledBackBy: user.email, rollbackReason: reason } });
    if (marked.count === 0) throw conflict("Someone rolled this promotion back a moment ago");
    await recordAudit(
      {
        actor: { id: user.id, label: user.email },
        action: "model.rolled_back",
        target: `model:${model}@${name(promotion.modelVersionId)}`,
        details: { promotionId: promotion.id, version: name(promotion.modelVersionId), from: promotion.toStage, to: promotion.fromStage, restored: promotion.replacedId === null ? null : name(promotion.replacedId), reason },
      },
      tx,
    );
    return { promotionId: promotion.id, model, version: name(promotion.modelVersionId), restoredStage: promotion.fromStage, restored: promotion.replacedId === null ? null : name(promotion.replacedId) };
  });
}
