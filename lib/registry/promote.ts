import "server-only";
// Promotion through the gate. Into production a version must pass the data checks against the
// current production version on the same labelled events — enough labels, no significant
// regression — and a lead approves it with a reason. Into canary (alerts alongside production,
// to gather evidence) the same comparison is recorded with the promotion but does not block it.
// Production has one version: promoting into it archives the one it replaces. The stage
// changes, the promotion with its evidence, and the audit event commit together; the
// promotion row is what a one-click rollback reverses.
import { conflict, forbidden } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/record";
import { roleHas } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";
import { championFor, compareVersions } from "@/lib/evaluation/compare-versions";
import { findVersion } from "@/lib/evaluation/load-labelled";
import type { ComparisonResponse } from "@/lib/evaluation/schemas";
import { EVIDENCE_STAGES, GATED_STAGES, type PromotionIn } from "./governance-schemas";
import type { Stage } from "./schemas";

export type PromotionResult = {
  promotionId: number;
  model: string;
  version: string;
  fromStage: Stage;
  toStage: Stage;
  replaced: string | null;
  gate: { passed: boolean; checks: ComparisonResponse["gate"]["checks"] };
};

const dayOrInstant = (text: string | undefined) => (text ? new Date(text.length === 10 ? `${text}T00:00:00Z` : text) : undefined);

/** What the promotion keeps as its evidence: the checks and the headline differences. */
function evidence(comparison: ComparisonResponse | null, approvedBy: string, reason: string) {
  const checks = comparison?.gate.checks.map((c) => (c.id === "approval" ? { ...c, passed: true, detail: `Approved by ${approvedBy}: ${reason}` } : c)) ?? [
    { id: "labels", label: "Enough labelled events", passed: true, detail: "No production version to compare against: nothing to regress from." },
    { id: "regression", label: "No significant regression", passed: true, detail: "No production version to compare against." },
    { id: "approval", label: "A lead approves, with a reason", passed: true, detail: `Approved by ${approvedBy}: ${reason}` },
  ];
  return {
    checks,
    comparison: comparison && {
      champion: comparison.champion,
      challenger: comparison.challenger,
      range: comparison.range,
      estimate: comparison.estimate,
      mapping: comparison.mapping,
      events: comparison.events,
      positives: comparison.positives,
      negatives: comparison.negatives,
      difference: comparison.paired.difference,
      mcnemar: comparison.mcnemar,
      resamples: comparison.paired.resamples,
      seed: comparison.paired.seed,
    },
  };
}

export async function promoteVersion(model: string, versionName: string, input: PromotionIn, user: SessionUser): Promise<PromotionResult> {
  if (!roleHas(user.role, "models:promote")) throw forbidden('Promoting a model needs the permission "models:promote"');
  const version = await findVersion(model, versionName);
  if (version.stage === input.toStage) throw conflict(`${versionName} is already in ${input.toStage.toLowerCase()}`);
  if (version.stage === "PRODUCTION") throw conflict(`${versionName} is the production version: promote another version to replace it, or roll back`);

  const gated = (GATED_STAGES as readonly string[]).includes(input.toStage);
  const withEvidence = (EVIDENCE_STAGES as readonly string[]).includes(input.toStage);
  const champion = withEvidence ? await championFor(version, input.against) : null;
  const comparison = champion ? await compareVersions(version, champion, { from: dayOrInstant(input.from), to: dayOrInstant(input.to) }) : null;
  if (gated && comparison && !comparison.gate.passed) {
    const failed = comparison.gate.checks.filter((c) => c.id !== "approval" && !c.passed);
    throw conflict(`The promotion gate is closed: ${failed.map((c) => `${c.label.toLowerCase()} — ${c.detail}`).join(" ")}`);
  }
  const replacing = input.toStage === "PRODUCTION" ? await prisma().modelVersion.findFirst({ where: { model: { name: model }, stage: "PRODUCTION" }, select: { id: true, version: true } }) : null;
  const kept = evidence(comparison, user.email, input.reason);

  return prisma().$transaction(async (tx) => {
    // The stages the gate was evaluated on must still hold.
    const moved = await tx.modelVersion.updateMany({ where: { id: version.id, stage: version.stage }, data: { stage: input.toStage } });
    if (moved.count === 0) throw conflict(`${versionName} changed stage a moment ago; reload and look again`);
    if (replacing) {
      const archived = await tx.modelVersion.updateMany({ where: { id: replacing.id, stage: "PRODUCTION" }, data: { stage: "ARCHIVED" } });
      if (archived.count === 0) throw conflict(`${replacing.version} is no longer in production; reload and look again`);
    }
    const at = new Date();
    const by = { requestedBy: user.email, approvedBy: user.email, reason: input.reason, at };
    await tx.stageChange.create({ data: { modelVersionId: version.id, fromStage: version.stage, toStage: input.toStage, ...by } });
    if (replacing) await tx.stageChange.create({ data: { modelVersionId: replacing.id, fromStage: "PRODUCTION", toStage: "ARCHIVED", ...by, reason: `replaced by ${versionName}: ${input.reason}` } });
    const modelRow = await tx.model.findUniqueOrThrow({ where: { name: model }, select: { id: true } });
    const promotion = await tx.promotion.create({
      data: {
        modelId: modelRow.id,
        modelVersionId: version.id,
        fromStage: version.stage,
        toStage: input.toStage,
        replacedId: replacing?.id ?? null,
        reason: input.reason,
        approvedById: user.id,
        approvedBy: user.email,
        at,
        gate: kept as object,
      },
    });
    await recordAudit(
      {
        actor: { id: user.id, label: user.email },
        action: "model.promoted",
        target: `model:${model}@${versionName}`,
        details: { promotionId: promotion.id, from: version.stage, to: input.toStage, replaced: replacing?.version ?? null, reason: input.reason, gate: kept },
      },
      tx,
    );
    return {
      promotionId: promotion.id,
      model,
      version: versionName,
      fromStage: version.stage,
      toStage: input.toStage,
      replaced: replacing?.version ?? null,
      gate: { passed: kept.checks.every((c) => c.passed), checks: kept.checks as PromotionResult["gate"]["checks"] },
    };
  });
}
