// Alert queue and verdict resources (client-safe).
import { z } from "zod";

export const ALERT_STATUSES = ["NEW", "IN_PROGRESS", "RESOLVED"] as const;
export const AlertStatus = z.enum(ALERT_STATUSES);
export type AlertStatus = z.infer<typeof AlertStatus>;

export const SEVERITY_LEVELS = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;
export const Severity = z.enum(SEVERITY_LEVELS);
export type Severity = z.infer<typeof Severity>;

export const VERDICTS = ["TRUE_POSITIVE", "FALSE_POSITIVE", "BENIGN_POSITIVE", "UNDETERMINED"] as const;
export const Verdict = z.enum(VERDICTS);
export type Verdict = z.infer<typeof Verdict>;

/** Verdict → training class; the mapping is recorded wherever it is used. */
export const DEFAULT_VERDICT_CLASS: Record<Verdict, 0 | 1 | null> = {
  TRUE_POSITIVE: 1,
  FALSE_POSITIVE: 0,
  BENIGN_POSITIVE: null,
  UNDETERMINED: null,
};

export const FALSE_POSITIVE_REASONS = {
  detection_logic: "Detection logic wrong",
  bad_data: "Bad or missing data",
  authorised_activity: "Authorised activity",
  known_benign_tool: "Known benign tool",
  duplicate: "Duplicate",
} as const;

const commaList = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (typeof value === "string" && value ? value.split(",") : undefined), z.array(item).optional());

const isoInstant = z.iso.datetime({ offset: true }).or(z.iso.date()).transform((text) => new Date(text.length === 10 ? `${text}T00:00:00Z` : text));
const score = z.coerce.number().min(0).max(1);

export const QUEUE_SORTS = ["time", "priority", "score"] as const;

/** The queue's URL state: filters, sort and the keyset cursor. Time ranges are half-open [from, to). */
export const AlertListQuery = z
  .object({
    status: commaList(AlertStatus),
    severity: commaList(Severity),
    model: z.string().max(200).optional(),
    version: z.string().max(64).optional(),
    scoreMin: score.optional(),
    scoreMax: score.optional(),
    businessUnit: commaList(z.string().max(100)),
    attackType: commaList(z.string().max(100)),
    /** "me", "none", or a user id */
    assignee: z.string().max(100).optional(),
    from: isoInstant.optional(),
    to: isoInstant.optional(),
    /** free text on host, user and source IP */
    q: z.string().trim().max(100).optional(),
    sort: z.enum(QUEUE_SORTS).default("time"),
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .refine((query) => query.scoreMin === undefined || query.scoreMax === undefined || query.scoreMin <= query.scoreMax, {
    path: ["scoreMax"],
    message: "scoreMax must not be below scoreMin",
  })
  .refine((query) => !query.from || !query.to || query.from < query.to, { path: ["to"], message: "to must be after from" });
export type AlertListQuery = z.infer<typeof AlertListQuery>;

/** The queue's filter keys as they appear in the URL (everything but the cursor). */
export const QUEUE_URL_KEYS = ["status", "severity", "model", "version", "scoreMin", "scoreMax", "businessUnit", "attackType", "assignee", "from", "to", "q", "sort"] as const;

export const Reason = z.object({ feature: z.string(), value: z.unknown(), contribution: z.number() });

export const AlertRow = z.object({
  id: z.number(),
  time: z.string(),
  severity: Severity,
  score: z.number(),
  status: AlertStatus,
  host: z.string().nullable(),
  userName: z.string().nullable(),
  sourceIp: z.string().nullable(),
  businessUnit: z.string().nullable(),
  attackType: z.string().nullable(),
  topReasons: z.array(Reason),
  assignee: z.string().nullable(),
  assigneeId: z.string().nullable(),
  slaDueAt: z.string(),
  createdAt: z.string(),
  acknowledgedAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  statusChangedAt: z.string().nullable(),
  rowVersion: z.number(),
  verdict: Verdict.nullable(),
  model: z.string(),
  version: z.string(),
});
export type AlertRow = z.infer<typeof AlertRow>;

export const AlertPage = z.object({
  rows: z.array(AlertRow),
  nextCursor: z.string().nullable(),
  /** alerts per status under the same filters (ignoring the status filter) */
  counts: z.record(z.string(), z.number()),
});
export type AlertPage = z.infer<typeof AlertPage>;

/** POST /api/v1/labels, as the contract spells verdicts. */
export const LabelIn = z
  .object({
    eventId: z.string().min(1).max(200),
    model: z.string().min(1).max(200),
    version: z.string().min(1).max(64),
    verdict: z.enum(["true_positive", "false_positive", "benign_positive", "undetermined"]),
    reason: z.string().max(100).optional(),
    note: z.string().max(5000).optional(),
  })
  .refine((label) => label.verdict !== "false_positive" || !!label.reason, {
    path: ["reason"],
    message: "a false positive needs a reason",
  });
export type LabelIn = z.infer<typeof LabelIn>;

/** A saved queue view: a name and the queue's URL query. */
export const SavedViewIn = z.object({ name: z.string().trim().min(1).max(60), query: z.string().max(2000) });
export type SavedViewIn = z.infer<typeof SavedViewIn>;
export const SavedView = z.object({ id: z.string(), name: z.string(), query: z.string(), createdAt: z.string() });
export type SavedView = z.infer<typeof SavedView>;

export const QueueFacets = z.object({
  businessUnits: z.array(z.string()),
  attackTypes: z.array(z.string()),
  modelVersions: z.array(z.object({ model: z.string(), version: z.string(), stage: z.string() })),
  assignees: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type QueueFacets = z.infer<typeof QueueFacets>;

/** The audit-sample list: below-threshold predictions drawn at random, pending or labelled. */
export const AuditSampleQuery = z.object({
  state: z.enum(["pending", "labelled"]).default("pending"),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditSampleQuery = z.infer<typeof AuditSampleQuery>;

/** A row of the sample queues (audit sample, second opinion): the event, its score and reasons. */
export const SampledEventRow = z.object({
  time: z.string(),
  score: z.number(),
  threshold: z.number(),
  host: z.string().nullable(),
  userName: z.string().nullable(),
  sourceIp: z.string().nullable(),
  businessUnit: z.string().nullable(),
  model: z.string(),
  version: z.string(),
  topReasons: z.array(Reason),
});

export const AuditSampleRow = SampledEventRow.extend({
  id: z.number(),
  inclusionProbability: z.number().nullable(),
  verdict: Verdict.nullable(),
  labelId: z.number().nullable(),
});
export type AuditSampleRow = z.infer<typeof AuditSampleRow>;
export const AuditSamplePage = z.object({ rows: z.array(AuditSampleRow), nextCursor: z.string().nullable(), pending: z.number().nullable() });
export type AuditSamplePage = z.infer<typeof AuditSamplePage>;

/** On the audit sample a verdict says whether the event was malicious; no detection fired, so no reason is required. */
export const AuditSampleLabelIn = z.object({
  predictionId: z.number().int().positive(),
  supersedes: z.number().int().positive().nullable(),
  verdict: Verdict,
  reason: z.enum(Object.keys(FALSE_POSITIVE_REASONS) as [keyof typeof FALSE_POSITIVE_REASONS]).optional(),
  note: z.string().trim().max(5000).optional(),
});
export type AuditSampleLabelIn = z.infer<typeof AuditSampleLabelIn>;
