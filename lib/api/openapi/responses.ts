// Response shapes for routes whose services return plain TypeScript types rather than a zod
// schema. The type checks at the bottom fail `tsc` if a service's return type and its
// documented shape drift apart, in either direction. Client-safe (type-only imports).
import { z } from "zod";
import type { AlertDetail as AlertDetailType } from "@/lib/alerts/detail";
import type { AuditSamplePrediction as AuditSamplePredictionType } from "@/lib/alerts/audit-sample";
import { AlertRow, AlertStatus, Severity, Verdict } from "@/lib/alerts/schemas";
import { Explanation } from "@/lib/ingest/schemas";
import type { RegisteredVersion as RegisteredVersionType } from "@/lib/registry/register";
import { Baseline, Stage } from "@/lib/registry/schemas";

const Features = z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.null()]));
const EntityOut = z.object({ host: z.string().nullable(), user: z.string().nullable(), sourceIp: z.string().nullable(), businessUnit: z.string().nullable() });

export const LabelOut = z.object({
  id: z.number(),
  verdict: Verdict,
  reasonCode: z.string().nullable(),
  note: z.string().nullable(),
  source: z.enum(["ANALYST", "AUDIT_SAMPLE", "IMPORT", "ACTIVE_LEARNING"]),
  at: z.string(),
  /** who gave it; null for imported verdicts */
  by: z.string().nullable(),
  /** the verdict this one replaced */
  supersedesId: z.number().nullable(),
});

export const AlertDetail = z.object({
  id: z.number(),
  status: AlertStatus,
  severity: Severity,
  score: z.number(),
  time: z.string(),
  slaDueAt: z.string(),
  acknowledgedAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  statusChangedAt: z.string().nullable(),
  rowVersion: z.number(),
  assignee: z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
  attackType: z.string().nullable(),
  entity: EntityOut,
  model: z.object({ name: z.string(), version: z.string(), stage: Stage }),
  threshold: z.number(),
  prediction: z.object({
    id: z.number(),
    eventId: z.string(),
    features: Features,
    explanation: Explanation.nullable(),
    rawEvent: z.record(z.string(), z.unknown()).nullable(),
  }),
  baseline: Baseline.nullable(),
  /** newest first */
  labels: z.array(LabelOut),
});

export const AuditSamplePrediction = z.object({
  id: z.number(),
  eventId: z.string(),
  time: z.string(),
  score: z.number(),
  threshold: z.number(),
  inclusionProbability: z.number().nullable(),
  entity: EntityOut,
  model: z.object({ name: z.string(), version: z.string() }),
  features: Features,
  explanation: Explanation.nullable(),
  rawEvent: z.record(z.string(), z.unknown()).nullable(),
  baseline: Baseline.nullable(),
  labels: z.array(LabelOut),
});

export const RegisteredVersion = z.object({ id: z.number(), model: z.string(), version: z.string(), stage: z.string(), threshold: z.number() });
export const LabelsRecorded = z.object({ recorded: z.number().int() });
export const TriageResult = z.object({ alerts: z.array(AlertRow) });
export const ViewDeleted = z.object({ deleted: z.string() });
export const Health = z.object({ status: z.enum(["ok", "unavailable"]), db: z.string() });
/** The OpenAPI document itself: an object, described by the OpenAPI 3.1 specification. */
export const OpenApiDocument = z.object({ openapi: z.string(), info: z.object({ title: z.string(), version: z.string() }) }).passthrough();

// Drift guards: compile-time equality of each documented shape with the service's real type.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const guards: [
  Same<z.infer<typeof AlertDetail>, AlertDetailType>,
  Same<z.infer<typeof AuditSamplePrediction>, AuditSamplePredictionType>,
  Same<z.infer<typeof RegisteredVersion>, RegisteredVersionType>,
] = [true, true, true];
void guards;
