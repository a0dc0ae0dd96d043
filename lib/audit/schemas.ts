// The audit trail's resources: event list query and page, verification result, checkpoints
// and their export (client-safe).
import { z } from "zod";

const isoInstant = z.iso
  .datetime({ offset: true })
  .or(z.iso.date())
  .transform((text) => new Date(text.length === 10 ? `${text}T00:00:00Z` : text));
const text = z.string().trim().min(1).max(200);

/** Newest first, keyset by seq. Time ranges are half-open [from, to) in UTC. */
export const AuditEventQuery = z
  .object({
    actor: text.optional(),
    action: text.optional(),
    target: text.optional(),
    from: isoInstant.optional(),
    to: isoInstant.optional(),
    /** the seq of the last event on the previous page */
    cursor: z.coerce.number().int().positive().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .refine((query) => !query.from || !query.to || query.from < query.to, { path: ["to"], message: "to must be after from" });
export type AuditEventQuery = z.infer<typeof AuditEventQuery>;
export type AuditEventQueryInput = z.input<typeof AuditEventQuery>;

/** The filter keys as they appear in the Audit page's URL. */
export const AUDIT_URL_KEYS = ["actor", "action", "target", "from", "to"] as const;

export const AuditEventRow = z.object({
  seq: z.number(),
  at: z.string(),
  actorId: z.string().nullable(),
  actor: z.string(),
  action: z.string(),
  target: z.string().nullable(),
  details: z.unknown(),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEventRow = z.infer<typeof AuditEventRow>;

export const AuditEventPage = z.object({ events: z.array(AuditEventRow), nextCursor: z.number().nullable() });
export type AuditEventPage = z.infer<typeof AuditEventPage>;

export const CheckpointView = z.object({
  id: z.number(),
  seq: z.number(),
  hash: z.string(),
  at: z.string(),
  keyId: z.string(),
  signature: z.string(),
  createdBy: z.string(),
});

export type CheckpointView = z.infer<typeof CheckpointView>;

export const CheckpointProblem = z.object({ id: z.number(), seq: z.number(), problem: z.string() });
export type CheckpointProblem = z.infer<typeof CheckpointProblem>;

/** GET /api/v1/audit/verify. `ok`, `checked` and `firstBadSeq` are the v1 contract; the rest is additive. */
export const VerifyResult = z.object({
  ok: z.boolean(),
  checked: z.number(),
  firstBadSeq: z.number().optional(),
  reason: z.string().optional(),
  head: z.object({ seq: z.number(), hash: z.string(), action: z.string() }).nullable(),
  checkpoints: z.object({ total: z.number(), verified: z.number(), otherKey: z.number(), problems: z.array(CheckpointProblem) }),
  /** the checkpoint signed after this verification (or the latest, when nothing changed since) */
  checkpoint: CheckpointView.nullable(),
  checkpointCreated: z.boolean(),
  durationMs: z.number(),
  verifiedAt: z.string(),
});
export type VerifyResult = z.infer<typeof VerifyResult>;

/** `?stream=true`: NDJSON lines, progress while the chain is walked, then the result. */
export type VerifyStreamLine =
  | { type: "progress"; checked: number; total: number }
  | { type: "result"; result: VerifyResult }
  | { type: "error"; message: string };

export const VerifyQuery = z.object({
  stream: z.enum(["true", "false"]).default("false").transform((value) => value === "true"),
  /** "false": verify without signing a checkpoint */
  checkpoint: z.enum(["true", "false"]).default("true").transform((value) => value === "true"),
});

export const CheckpointExport = z.object({
  format: z.literal("vigil.audit-checkpoints.v1"),
  exportedAt: z.string(),
  exportedBy: z.string(),
  algorithm: z.literal("Ed25519"),
  signedMessage: z.string(),
  currentKeyId: z.string(),
  keys: z.array(z.object({ keyId: z.string(), publicKey: z.string() })),
  checkpoints: z.array(CheckpointView),
  howToVerify: z.array(z.string()),
});
export type CheckpointExport = z.infer<typeof CheckpointExport>;

export const RetentionInfo = z.object({
  years: z.number(),
  oldestPrediction: z.string().nullable(),
  oldestAuditEvent: z.string().nullable(),
  /** the earliest moment any stored record leaves its retention period */
  earliestExpiry: z.string().nullable(),
});
export type RetentionInfo = z.infer<typeof RetentionInfo>;
