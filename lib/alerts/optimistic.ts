// What a triage action will do to a queue row, applied before the server answers so the queue
// responds at once; the server's rows replace these when they arrive. Pure, client-safe.
import type { AlertRow } from "./schemas";
import type { TriageAction } from "./triage-rules";

export type Me = { id: string; name: string };

export function applyOptimistic(row: AlertRow, action: TriageAction, me: Me, now: string): AlertRow {
  const claimed = row.status === "NEW" ? { status: "IN_PROGRESS" as const, statusChangedAt: now, acknowledgedAt: row.acknowledgedAt ?? now } : {};
  switch (action.kind) {
    case "claim":
      return { ...row, ...claimed, assigneeId: me.id, assignee: me.name };
    case "assign":
      return { ...row, assigneeId: action.assigneeId, assignee: action.assigneeId === null ? null : action.assigneeId === me.id ? me.name : "…" };
    case "status":
      return { ...row, status: action.status, statusChangedAt: now, resolvedAt: action.status === "RESOLVED" ? now : null };
    case "verdict":
      return {
        ...row,
        verdict: action.verdict,
        status: "RESOLVED",
        statusChangedAt: row.status === "RESOLVED" ? row.statusChangedAt : now,
        resolvedAt: now,
        assigneeId: row.assigneeId ?? me.id,
        assignee: row.assignee ?? me.name,
      };
  }
}

type Pages = { pages: { rows: AlertRow[] }[] };

/** Replaces rows by id across every loaded page of an infinite queue. */
export function replaceRows<T extends Pages>(data: T | undefined, replace: (row: AlertRow) => AlertRow | undefined): T | undefined {
  if (!data) return data;
  return { ...data, pages: data.pages.map((page) => ({ ...page, rows: page.rows.map((row) => replace(row) ?? row) })) };
}
