// What the registry screens and GET /api/v1/models… return: models, versions with their
// lineage, stage history, threshold proposals and promotions. Client-safe.
import { z } from "zod";
import { FeatureSpec, Stage } from "./schemas";

export const VersionSummary = z.object({
  version: z.string(),
  stage: Stage,
  threshold: z.number(),
  /** Training metrics as registered. */
  metrics: z.record(z.string(), z.number()).nullable(),
  trainingDataset: z.string().nullable(),
  /** The registered dataset version it was trained on, when the registry knows it. */
  trainingDatasetVersion: z.object({ dataset: z.string(), version: z.number() }).nullable(),
  codeCommit: z.string().nullable(),
  artifactUri: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  pendingProposals: z.number(),
});
export type VersionSummary = z.infer<typeof VersionSummary>;

export const ModelSummary = z.object({
  name: z.string(),
  description: z.string().nullable(),
  owner: z.string().nullable(),
  createdAt: z.string(),
  /** The version in production, if any. */
  champion: z.string().nullable(),
  versions: z.array(VersionSummary),
});
export type ModelSummary = z.infer<typeof ModelSummary>;

export const ModelList = z.object({ models: z.array(ModelSummary) });
export type ModelList = z.infer<typeof ModelList>;

export const StageChangeOut = z.object({
  fromStage: Stage.nullable(),
  toStage: Stage,
  requestedBy: z.string(),
  approvedBy: z.string().nullable(),
  reason: z.string().nullable(),
  at: z.string(),
});
export type StageChangeOut = z.infer<typeof StageChangeOut>;

export const PROPOSAL_STATUSES = ["PENDING", "APPROVED", "REJECTED", "WITHDRAWN", "SUPERSEDED"] as const;
export const ProposalStatus = z.enum(PROPOSAL_STATUSES);

export const ProposalOut = z.object({
  id: z.number(),
  fromThreshold: z.number(),
  toThreshold: z.number(),
  preset: z.string().nullable(),
  reason: z.string(),
  expected: z.record(z.string(), z.unknown()),
  status: ProposalStatus,
  proposedBy: z.string(),
  proposedById: z.string().nullable(),
  proposedAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  selfApproved: z.boolean(),
});
export type ProposalOut = z.infer<typeof ProposalOut>;

export const PromotionOut = z.object({
  id: z.number(),
  version: z.string(),
  fromStage: Stage,
  toStage: Stage,
  /** The production version it replaced (archived by the promotion). */
  replaced: z.string().nullable(),
  reason: z.string(),
  approvedBy: z.string(),
  at: z.string(),
  gate: z.record(z.string(), z.unknown()),
  rolledBackAt: z.string().nullable(),
  rolledBackBy: z.string().nullable(),
  rollbackReason: z.string().nullable(),
});
export type PromotionOut = z.infer<typeof PromotionOut>;

export const VersionDetail = VersionSummary.extend({
  model: z.object({ name: z.string(), description: z.string().nullable(), owner: z.string().nullable() }),
  features: z.array(FeatureSpec),
  hyperparameters: z.record(z.string(), z.unknown()).nullable(),
  /** What the baseline (drift reference) was built from. */
  baseline: z.object({ n: z.number(), source: z.string().nullable(), features: z.number() }).nullable(),
  stageHistory: z.array(StageChangeOut),
  proposals: z.array(ProposalOut),
  /** The model's promotions, newest first. */
  promotions: z.array(PromotionOut),
  /** The other versions of the model, to compare against. */
  siblings: z.array(z.object({ version: z.string(), stage: Stage, threshold: z.number() })),
  /** The model's latest promotion, when it can still be rolled back. */
  rollback: z.object({ promotionId: z.number(), version: z.string(), toStage: Stage, replaced: z.string().nullable(), at: z.string() }).nullable(),
});
export type VersionDetail = z.infer<typeof VersionDetail>;
