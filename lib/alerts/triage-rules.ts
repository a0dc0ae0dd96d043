// The triage workflow's rules, shared by the service (which enforces them) and the UI (which
// only offers what they allow). Pure and client-safe.
import { z } from "zod";
import { AlertStatus, FALSE_POSITIVE_REASONS, Verdict, type Verdict as VerdictValue } from "./schemas";

export type AlertStatusValue = z.infer<typeof AlertStatus>;

/** NEW → IN_PROGRESS → RESOLVED; an analyst may release a claimed alert or reopen a resolved one. */
const TRANSITIONS: Record<AlertStatusValue, readonly AlertStatusValue[]> = {
  NEW: ["IN_PROGRESS", "RESOLVED"],
  IN_PROGRESS: ["NEW", "RESOLVED"],
  RESOLVED: ["IN_PROGRESS"],
};

/** Why a status change is refused, or null when it is allowed. */
export function statusChangeError(from: AlertStatusValue, to: AlertStatusValue, hasVerdict: boolean): string | null {
  if (from === to) return `The alert is already ${label(to)}`;
  if (!TRANSITIONS[from].includes(to)) return `An alert cannot go from ${label(from)} to ${label(to)}`;
  if (to === "RESOLVED" && !hasVerdict) return "Record a verdict before resolving the alert";
  return null;
}

/** The status the "s" key moves an alert to: forward through the workflow, reopening at the end. */
export function nextStatus(current: AlertStatusValue, hasVerdict: boolean): AlertStatusValue {
  if (current === "NEW") return "IN_PROGRESS";
  if (current === "IN_PROGRESS") return hasVerdict ? "RESOLVED" : "NEW";
  return "IN_PROGRESS";
}

const label = (status: AlertStatusValue) => status.replace("_", " ").toLowerCase();

export const REASON_CODES = Object.keys(FALSE_POSITIVE_REASONS) as [keyof typeof FALSE_POSITIVE_REASONS, ...(keyof typeof FALSE_POSITIVE_REASONS)[]];
export const ReasonCode = z.enum(REASON_CODES);
export type ReasonCode = z.infer<typeof ReasonCode>;

/** A verdict needs a reason when it says the detection was wrong. */
export const needsReason = (verdict: VerdictValue) => verdict === "FALSE_POSITIVE";

export const TriageAction = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("claim") }),
  z.object({ kind: z.literal("assign"), assigneeId: z.string().min(1).max(100).nullable() }),
  z.object({ kind: z.literal("status"), status: AlertStatus }),
  z
    .object({ kind: z.literal("verdict"), verdict: Verdict, reason: ReasonCode.optional(), note: z.string().trim().max(5000).optional() })
    .refine((action) => !needsReason(action.verdict) || !!action.reason, { path: ["reason"], message: "a false positive needs a reason" }),
]);
export type TriageAction = z.infer<typeof TriageAction>;

/** Each alert is named with the row version the client saw: a stale one is a conflict, not a lost update. */
export const TriageRequest = z.object({
  alerts: z
    .array(z.object({ id: z.number().int().positive(), rowVersion: z.number().int().min(0) }))
    .min(1)
    .max(500)
    .refine((alerts) => new Set(alerts.map((a) => a.id)).size === alerts.length, "each alert at most once"),
  action: TriageAction,
});
export type TriageRequest = z.infer<typeof TriageRequest>;
