"use client";
// Actions on the selected alerts: one request, all-or-nothing.
import { ALERT_STATUSES, VERDICTS, type QueueFacets, type Verdict } from "@/lib/alerts/schemas";
import type { TriageAction } from "@/lib/alerts/triage-rules";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { VERDICT_LABELS } from "@/components/ui/verdict-badge";

export function BulkBar({
  count,
  canAssign,
  assignees,
  onAction,
  onVerdict,
  onClear,
}: {
  count: number;
  canAssign: boolean;
  assignees: QueueFacets["assignees"];
  onAction: (action: TriageAction) => void;
  onVerdict: (verdict: Verdict) => void;
  onClear: () => void;
}) {
  return (
    <div className="sticky top-0 z-10 flex flex-wrap items-center gap-2 rounded-md border border-accent/40 bg-panel px-3 py-2 text-sm shadow" data-testid="bulk-bar">
      <span className="font-medium" data-testid="bulk-count">{count} selected</span>
      <Button size="sm" variant="secondary" onClick={() => onAction({ kind: "claim" })} data-testid="bulk-claim">Assign to me</Button>
      {canAssign && (
        <Select
          aria-label="Assign the selection to"
          className="w-40"
          value=""
          onChange={(event) => event.target.value && onAction({ kind: "assign", assigneeId: event.target.value === "-" ? null : event.target.value })}
          data-testid="bulk-assign"
        >
          <option value="">Assign to…</option>
          <option value="-">nobody</option>
          {assignees.map((person) => <option key={person.id} value={person.id}>{person.name}</option>)}
        </Select>
      )}
      <Select aria-label="Set the selection's status" className="w-36" value="" onChange={(event) => event.target.value && onAction({ kind: "status", status: event.target.value as (typeof ALERT_STATUSES)[number] })} data-testid="bulk-status">
        <option value="">Status…</option>
        {ALERT_STATUSES.map((status) => <option key={status} value={status}>{status.replace("_", " ").toLowerCase()}</option>)}
      </Select>
      {VERDICTS.map((verdict) => (
        <Button key={verdict} size="sm" variant="secondary" onClick={() => onVerdict(verdict)} data-testid={`bulk-verdict-${verdict}`}>
          {VERDICT_LABELS[verdict]}
        </Button>
      ))}
      <Button size="sm" variant="ghost" onClick={onClear} className="ml-auto">Clear selection</Button>
    </div>
  );
}
