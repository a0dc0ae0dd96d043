// Where an alert stands against its SLA (time to resolve, per severity). Pure, client-safe.

export type SlaState =
  | { kind: "met"; marginMs: number }
  | { kind: "missed"; lateByMs: number }
  | { kind: "running"; remainingMs: number; urgent: boolean }
  | { kind: "breached"; overdueMs: number };

/** `urgent` in the last fifth of the SLA window, so attention comes before the breach. */
export function slaState(alert: { time: string; slaDueAt: string; resolvedAt: string | null }, now: number): SlaState {
  const due = Date.parse(alert.slaDueAt);
  if (alert.resolvedAt) {
    const resolved = Date.parse(alert.resolvedAt);
    return resolved <= due ? { kind: "met", marginMs: due - resolved } : { kind: "missed", lateByMs: resolved - due };
  }
  if (now >= due) return { kind: "breached", overdueMs: now - due };
  const window = due - Date.parse(alert.time);
  return { kind: "running", remainingMs: due - now, urgent: due - now <= window / 5 };
}

/** When the alert entered its current status. */
export function statusSince(alert: { time: string; statusChangedAt: string | null }): number {
  return Date.parse(alert.statusChangedAt ?? alert.time);
}
