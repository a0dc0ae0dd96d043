"use client";
// The open alert's workflow: who has it, its status and time in that status, the SLA, and
// the actions (with their keys). Reads the alert through React Query so an optimistic change,
// a rollback or another analyst's change shows at once.
import { useState } from "react";
import type { AlertDetail } from "@/lib/alerts/detail";
import type { Me } from "@/lib/alerts/optimistic";
import { VERDICTS, type QueueFacets, type Verdict } from "@/lib/alerts/schemas";
import { statusSince } from "@/lib/alerts/sla";
import type { Command } from "@/lib/alerts/shortcuts";
import { nextStatus, statusChangeError, type TriageAction } from "@/lib/alerts/triage-rules";
import { useAlertDetail } from "@/lib/alerts/use-alert-detail";
import { useQueueFacets } from "@/lib/alerts/use-queue-meta";
import { useShortcuts } from "@/lib/alerts/use-shortcuts";
import { useTriage } from "@/lib/alerts/use-triage";
import { roleHas, type Role } from "@/lib/auth/permissions";
import { formatDuration } from "@/lib/time/duration";
import { useNow } from "@/lib/time/use-now";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Kbd } from "@/components/ui/kbd";
import { Select } from "@/components/ui/select";
import { StatusBadge } from "@/components/ui/status-badge";
import { VERDICT_LABELS } from "@/components/ui/verdict-badge";
import { SlaCountdown } from "./sla-countdown";
import { VerdictDialog, type VerdictChoice } from "./verdict-dialog";
import { VerdictHistory } from "./verdict-history";

const VERDICT_KEYS: Record<Verdict, string> = { TRUE_POSITIVE: "t", FALSE_POSITIVE: "f", BENIGN_POSITIVE: "b", UNDETERMINED: "u" };

export function TriagePanel({ initial, me, role, serverNow }: { initial: AlertDetail; me: Me; role: Role; serverNow: number }) {
  const { data: alert } = useAlertDetail(initial);
  const triage = useTriage(me);
  const facets = useQueueFacets();
  const [pendingVerdict, setPendingVerdict] = useState<Verdict | null>(null);
  const now = useNow(serverNow);
  const canTriage = roleHas(role, "alerts:triage");
  const hasVerdict = alert.labels.length > 0;
  const next = nextStatus(alert.status, hasVerdict);

  const send = (action: TriageAction) => canTriage && triage.mutate({ alerts: [{ id: alert.id, rowVersion: alert.rowVersion }], action });
  const confirm = ({ verdict, reason, note }: VerdictChoice) => {
    send({ kind: "verdict", verdict, reason, note });
    setPendingVerdict(null);
  };
  useShortcuts((command: Command) => {
    if (command.kind === "claim") send({ kind: "claim" });
    if (command.kind === "status") send({ kind: "status", status: next });
    if (command.kind === "verdict") setPendingVerdict(command.verdict);
  }, canTriage && !pendingVerdict);

  return (
    <Card data-testid="triage-panel">
      <CardHeader>
        <CardTitle>Triage</CardTitle>
        <StatusBadge status={alert.status} />
      </CardHeader>
      <CardContent className="space-y-4">
        <dl className="grid grid-cols-2 gap-3 text-sm">
          <div>
            <dt className="text-xs text-muted">Assignee</dt>
            <dd data-testid="detail-assignee">{alert.assignee?.name ?? "Unassigned"}</dd>
          </div>
          <div>
            <dt className="text-xs text-muted">In this status for</dt>
            <dd className="tabular-nums" data-testid="time-in-state">{formatDuration(now - statusSince(alert))}</dd>
          </div>
          <div className="col-span-2">
            <dt className="text-xs text-muted">SLA</dt>
            <dd><SlaCountdown alert={alert} serverNow={serverNow} /></dd>
          </div>
        </dl>
        {triage.error && (
          <p role="alert" className="rounded-md border border-sev-critical/40 bg-sev-critical/10 px-3 py-2 text-sm" data-testid="triage-error">
            {triage.error.message}
          </p>
        )}
        {canTriage && (
          <div className="space-y-3">
            <div className="flex flex-wrap gap-2">
              {alert.assignee?.id !== me.id && (
                <Button size="sm" variant="secondary" onClick={() => send({ kind: "claim" })} data-testid="claim">
                  Assign to me <Kbd>a</Kbd>
                </Button>
              )}
              {!statusChangeError(alert.status, next, hasVerdict) && (
                <Button size="sm" variant="secondary" onClick={() => send({ kind: "status", status: next })} data-testid="advance-status">
                  {alert.status === "RESOLVED" ? "Reopen" : next === "NEW" ? "Release" : next === "RESOLVED" ? "Resolve" : "Start work"} <Kbd>s</Kbd>
                </Button>
              )}
              {roleHas(role, "alerts:assign") && <AssignSelect assignees={facets.data?.assignees ?? []} onAssign={(assigneeId) => send({ kind: "assign", assigneeId })} />}
            </div>
            <div>
              <p className="mb-1.5 text-xs text-muted">Verdict</p>
              <div className="flex flex-wrap gap-2">
                {VERDICTS.map((verdict) => (
                  <Button key={verdict} size="sm" variant="secondary" onClick={() => setPendingVerdict(verdict)} data-testid={`verdict-${verdict}`}>
                    {VERDICT_LABELS[verdict]} <Kbd>{VERDICT_KEYS[verdict]}</Kbd>
                  </Button>
                ))}
              </div>
            </div>
          </div>
        )}
        <div>
          <p className="mb-1.5 text-xs text-muted">History</p>
          <VerdictHistory labels={alert.labels} />
        </div>
      </CardContent>
      <VerdictDialog verdict={pendingVerdict} count={1} onCancel={() => setPendingVerdict(null)} onConfirm={confirm} />
    </Card>
  );
}

function AssignSelect({ assignees, onAssign }: { assignees: QueueFacets["assignees"]; onAssign: (id: string | null) => void }) {
  return (
    <Select aria-label="Assign to" className="w-40" value="" onChange={(event) => event.target.value && onAssign(event.target.value === "-" ? null : event.target.value)} data-testid="assign-select">
      <option value="">Assign to…</option>
      <option value="-">nobody</option>
      {assignees.map((person) => <option key={person.id} value={person.id}>{person.name}</option>)}
    </Select>
  );
}
