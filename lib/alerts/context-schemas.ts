// The alert Context resources (client-safe): related alerts on the same host or user, similar
// past alerts by explanation, and open alerts grouped for one verdict per group.
import { z } from "zod";
import { AlertStatus, Severity, Verdict } from "./schemas";

/** Related alerts: this many days either side of the alert's time. */
export const RELATED_WINDOW_DAYS = 7;
/** At most this many related alerts are listed (newest first); `truncated` says when more exist. */
export const RELATED_LIMIT = 50;
/**
 * Similar-alert search compares against at most this many of the most recent labelled alerts of
 * the same model version before this one: computed on the fly, so the bound keeps it fast.
 */
export const SIMILAR_CANDIDATE_LIMIT = 2000;
export const SIMILAR_DEFAULT_K = 10;
export const SIMILAR_MAX_K = 50;
export const GROUPS_DEFAULT_LIMIT = 50;

export const AlertContextQuery = z.object({ k: z.coerce.number().int().min(1).max(SIMILAR_MAX_K).default(SIMILAR_DEFAULT_K) });
export type AlertContextQuery = z.infer<typeof AlertContextQuery>;

export const AlertGroupsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(GROUPS_DEFAULT_LIMIT),
  /** smallest group listed; 2 by default because a group of one is just the queue */
  minCount: z.coerce.number().int().min(1).max(10_000).default(2),
});
export type AlertGroupsQuery = z.infer<typeof AlertGroupsQuery>;

const ContextAlert = z.object({
  id: z.number(),
  time: z.string(),
  severity: Severity,
  status: AlertStatus,
  score: z.number(),
  host: z.string().nullable(),
  userName: z.string().nullable(),
  /** first feature of the alert's top reasons */
  topReason: z.string().nullable(),
  /** the latest (not superseded) verdict, if any */
  verdict: Verdict.nullable(),
  reasonCode: z.string().nullable(),
});

export const RelatedAlert = ContextAlert.extend({
  /** which of this alert's entities it shares */
  matchedOn: z.array(z.enum(["host", "user"])),
  model: z.string(),
  version: z.string(),
});
export type RelatedAlert = z.infer<typeof RelatedAlert>;

export const RelatedAlerts = z.object({
  /** the half-open window [from, to) searched */
  from: z.string(),
  to: z.string(),
  host: z.string().nullable(),
  userName: z.string().nullable(),
  alerts: z.array(RelatedAlert),
  /** more than RELATED_LIMIT matched; the newest are listed */
  truncated: z.boolean(),
});
export type RelatedAlerts = z.infer<typeof RelatedAlerts>;

export const SimilarAlert = ContextAlert.extend({
  /** cosine similarity of the explanation vectors, in (0, 1] */
  similarity: z.number(),
  verdict: Verdict,
});
export type SimilarAlert = z.infer<typeof SimilarAlert>;

export const VerdictCount = z.object({
  verdict: Verdict,
  count: z.number().int(),
  reasonCode: z.string().nullable(),
  reasonCount: z.number().int(),
});

export const SimilarAlerts = z.object({
  k: z.number().int(),
  /** labelled alerts compared (at most candidateLimit) */
  candidates: z.number().int(),
  candidateLimit: z.number().int(),
  alerts: z.array(SimilarAlert),
  mix: z.array(VerdictCount),
  /** e.g. "7 of 10 similar alerts were false positives: known benign tool" */
  summary: z.string().nullable(),
  /** why no search was possible: the alert carries no (non-zero) explanation */
  unavailable: z.enum(["no_explanation"]).nullable(),
});
export type SimilarAlerts = z.infer<typeof SimilarAlerts>;

export const AlertContext = z.object({ related: RelatedAlerts, similar: SimilarAlerts });
export type AlertContext = z.infer<typeof AlertContext>;

export const AlertGroup = z.object({
  key: z.string(),
  host: z.string().nullable(),
  topReason: z.string().nullable(),
  count: z.number().int(),
  maxSeverity: Severity,
  firstTime: z.string(),
  lastTime: z.string(),
  /** what POST /api/v1/alerts/bulk takes: each member with the row version it must match */
  alerts: z.array(z.object({ id: z.number(), rowVersion: z.number() })),
});
export type AlertGroup = z.infer<typeof AlertGroup>;

export const AlertGroups = z.object({
  groups: z.array(AlertGroup),
  /** groups of at least minCount, before the limit */
  totalGroups: z.number().int(),
  /** open (NEW or IN_PROGRESS) alerts considered */
  openAlerts: z.number().int(),
  /** only the most recent `scanLimit` open alerts were grouped */
  truncated: z.boolean(),
  scanLimit: z.number().int(),
});
export type AlertGroups = z.infer<typeof AlertGroups>;
