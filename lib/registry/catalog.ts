import "server-only";
// Reads the registry for its screens and REST: every model with its versions, and one version
// with lineage, features, hyperparameters, stage history, threshold proposals and promotions.
import { notFound } from "@/lib/api/errors";
import { prisma } from "@/lib/db/client";
import type { ModelList, ProposalOut, PromotionOut, VersionDetail, VersionSummary } from "./catalog-schemas";
import { rollbackCandidate } from "./rollback-rules";
import type { Baseline, FeatureSpec, Stage } from "./schemas";

const SUMMARY = {
  version: true,
  stage: true,
  threshold: true,
  metrics: true,
  trainingDataset: true,
  trainingDatasetVersion: { select: { version: true, dataset: { select: { name: true } } } },
  codeCommit: true,
  artifactUri: true,
  createdBy: true,
  createdAt: true,
  _count: { select: { thresholdProposals: { where: { status: "PENDING" as const } } } },
} as const;

type SummaryRow = {
  version: string;
  stage: Stage;
  threshold: number;
  metrics: unknown;
  trainingDataset: string | null;
  trainingDatasetVersion: { version: number; dataset: { name: string } } | null;
  codeCommit: string | null;
  artifactUri: string | null;
  createdBy: string | null;
  createdAt: Date;
  _count: { thresholdProposals: number };
};

/** Lifecycle order, so a list reads production first and retired versions last. */
const STAGE_ORDER: Record<Stage, number> = { PRODUCTION: 0, CANARY: 1, SHADOW: 2, STAGING: 3, DEVELOPMENT: 4, ARCHIVED: 5 };

function summary(row: SummaryRow): VersionSummary {
  return {
    version: row.version,
    stage: row.stage,
    threshold: row.threshold,
    metrics: (row.metrics as Record<string, number> | null) ?? null,
    trainingDataset: row.trainingDataset,
    trainingDatasetVersion: row.trainingDatasetVersion ? { dataset: row.trainingDatasetVersion.dataset.name, version: row.trainingDatasetVersion.version } : null,
    codeCommit: row.codeCommit,
    artifactUri: row.artifactUri,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    pendingProposals: row._count.thresholdProposals,
  };
}

export async function listModels(): Promise<ModelList> {
  const models = await prisma().model.findMany({
    orderBy: { name: "asc" },
    select: { name: true, description: true, owner: true, createdAt: true, versions: { select: SUMMARY, orderBy: { createdAt: "desc" } } },
  });
  return {
    models: models.map((m) => {
      const versions = m.versions.map(summary).sort((a, b) => STAGE_ORDER[a.stage] - STAGE_ORDER[b.stage] || b.createdAt.localeCompare(a.createdAt));
      return {
        name: m.name,
        description: m.description,
        owner: m.owner,
        createdAt: m.createdAt.toISOString(),
        champion: versions.find((v) => v.stage === "PRODUCTION")?.version ?? null,
        versions,
      };
    }),
  };
}

export async function versionDetail(modelName: string, versionName: string): Promise<VersionDetail> {
  const row = await prisma().modelVersion.findFirst({
    where: { version: versionName, model: { name: modelName } },
    select: {
      ...SUMMARY,
      id: true,
      features: true,
      hyperparameters: true,
      baseline: true,
      model: {
        select: {
          id: true,
          name: true,
          description: true,
          owner: true,
          versions: { select: { id: true, version: true, stage: true, threshold: true }, orderBy: { createdAt: "asc" } },
        },
      },
      stageChanges: { orderBy: [{ at: "desc" }, { id: "desc" }] },
      thresholdProposals: { orderBy: { id: "desc" } },
    },
  });
  if (!row) throw notFound(`${modelName} has no version ${versionName}`);
  const promotions = await prisma().promotion.findMany({
    where: { modelId: row.model.id },
    orderBy: { id: "desc" },
    select: {
      id: true,
      fromStage: true,
      toStage: true,
      reason: true,
      approvedBy: true,
      at: true,
      gate: true,
      rolledBackAt: true,
      rolledBackBy: true,
      rollbackReason: true,
      modelVersion: { select: { id: true, version: true } },
      replaced: { select: { id: true, version: true } },
    },
  });
  const baseline = row.baseline as Baseline | null;
  const stages = new Map(row.model.versions.map((v) => [v.id, v.stage]));
  const candidate = rollbackCandidate(
    promotions.map((p) => ({ id: p.id, versionId: p.modelVersion.id, toStage: p.toStage, replacedId: p.replaced?.id ?? null, rolledBack: p.rolledBackAt !== null })),
    stages,
  );
  const latest = candidate ? promotions.find((p) => p.id === candidate.id)! : null;
  return {
    ...summary(row),
    model: { name: row.model.name, description: row.model.description, owner: row.model.owner },
    features: row.features as FeatureSpec[],
    hyperparameters: (row.hyperparameters as Record<string, unknown> | null) ?? null,
    baseline: baseline ? { n: baseline.n, source: baseline.source ?? null, features: Object.keys(baseline.features ?? {}).length } : null,
    stageHistory: row.stageChanges.map((c) => ({ fromStage: c.fromStage, toStage: c.toStage, requestedBy: c.requestedBy, approvedBy: c.approvedBy, reason: c.reason, at: c.at.toISOString() })),
    proposals: row.thresholdProposals.map(proposalOut),
    promotions: promotions.map(
      (p): PromotionOut => ({
        id: p.id,
        version: p.modelVersion.version,
        fromStage: p.fromStage,
        toStage: p.toStage,
        replaced: p.replaced?.version ?? null,
        reason: p.reason,
        approvedBy: p.approvedBy,
        at: p.at.toISOString(),
        gate: (p.gate as Record<string, unknown>) ?? {},
        rolledBackAt: p.rolledBackAt?.toISOString() ?? null,
        rolledBackBy: p.rolledBackBy,
        rollbackReason: p.rollbackReason,
      }),
    ),
    siblings: row.model.versions.filter((v) => v.id !== row.id).map((v) => ({ version: v.version, stage: v.stage, threshold: v.threshold })),
    rollback: latest ? { promotionId: latest.id, version: latest.modelVersion.version, toStage: latest.toStage, replaced: latest.replaced?.version ?? null, at: latest.at.toISOString() } : null,
  };
}

export function proposalOut(p: {
  id: number;
  fromThreshold: number;
  toThreshold: number;
  preset: string | null;
  reason: string;
  expected: unknown;
  status: ProposalOut["status"];
  proposedBy: string;
  proposedById: string | null;
  proposedAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  decisionNote: string | null;
  selfApproved: boolean;
}): ProposalOut {
  return {
    id: p.id,
    fromThreshold: p.fromThreshold,
    toThreshold: p.toThreshold,
    preset: p.preset,
    reason: p.reason,
    expected: (p.expected as Record<string, unknown>) ?? {},
    status: p.status,
    proposedBy: p.proposedBy,
    proposedById: p.proposedById,
    proposedAt: p.proposedAt.toISOString(),
    decidedBy: p.decidedBy,
    decidedAt: p.decidedAt?.toISOString() ?? null,
    decisionNote: p.decisionNote,
    selfApproved: p.selfApproved,
  };
}
