// Requests that change a model in production: a threshold proposal and its decision, a
// promotion through the gate, a rollback. Client-safe.
import { z } from "zod";

const reason = (what: string) =>
  z
    .string({ error: `${what} needs a reason` })
    .trim()
    .min(10, { error: `Say why in at least 10 characters: the reason is what the audit trail keeps` })
    .max(2000);

export const ThresholdProposalIn = z.object({
  threshold: z.number({ error: "threshold must be a number" }).min(0, { error: "threshold must be in [0, 1]" }).max(1, { error: "threshold must be in [0, 1]" }),
  reason: reason("A threshold change"),
  /** The preset that picked it, if any. */
  preset: z.enum(["breach-response", "siem-alerting", "executive-dashboard"]).optional(),
  /** What the proposer saw at this threshold (precision, recall, alerts per day…), kept with the proposal. */
  expected: z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.null()])).optional(),
});
export type ThresholdProposalIn = z.infer<typeof ThresholdProposalIn>;

export const ProposalDecisionIn = z.object({
  decision: z.enum(["approve", "reject", "withdraw"]),
  note: z.string().trim().max(2000).optional(),
  /**
   * A lead approving their own proposal must say so: two-person review is the norm, but a SOC
   * with one lead on shift cannot wait for a second; the audit trail marks it self-approved.
   */
  confirmSelfApproval: z.boolean().optional(),
});
export type ProposalDecisionIn = z.infer<typeof ProposalDecisionIn>;

/** The stages a version is promoted into; archiving and rollback are separate acts. */
export const PROMOTION_TARGETS = ["SHADOW", "CANARY", "PRODUCTION"] as const;

export const PromotionIn = z.object({
  toStage: z.enum(PROMOTION_TARGETS),
  reason: reason("A promotion"),
  /** Compare with this version instead of the production one. */
  against: z.string().trim().min(1).max(64).optional(),
  from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
});
export type PromotionIn = z.infer<typeof PromotionIn>;

export const RollbackIn = z.object({ reason: z.string().trim().max(2000).optional() });
export type RollbackIn = z.infer<typeof RollbackIn>;

/**
 * Production replaces the champion: the gate must pass. A canary raises alerts alongside
 * production on live traffic to gather evidence, so its promotion records the same comparison
 * but is not blocked by it — a lead's approval with a reason is its gate.
 */
export const GATED_STAGES = ["PRODUCTION"] as const;
export const EVIDENCE_STAGES = ["CANARY", "PRODUCTION"] as const;
