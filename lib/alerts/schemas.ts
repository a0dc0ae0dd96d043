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

/** The queue's URL state: filters, sort and the keyset cursor. */
export const AlertListQuery = z.object({
  status: commaList(AlertStatus),
  severity: commaList(Severity),
  sort: z.enum(["time", "priority"]).default("time"),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AlertListQuery = z.infer<typeof AlertListQuery>;

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
  slaDueAt: z.string(),
  model: z.string(),
  version: z.string(),
});
export type AlertRow = z.infer<typeof AlertRow>;

export const AlertPage = z.object({ rows: z.array(AlertRow), nextCursor: z.string().nullable() });
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
