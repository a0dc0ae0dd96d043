"use client";
// Open alerts grouped by host and top reason, with one verdict applied to a whole group
// (the same all-or-nothing bulk request the queue's selection uses).
import { useState } from "react";
import type { AlertGroup } from "@/lib/alerts/context-schemas";
import type { Me } from "@/lib/alerts/optimistic";
import { VERDICTS, type Verdict } from "@/lib/alerts/schemas";
import { useTriage } from "@/lib/alerts/use-triage";
import { roleHas, type Role } from "@/lib/auth/permissions";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { VERDICT_HINTS, VERDICT_LABELS } from "@/components/ui/verdict-badge";
import { AlertGroups } from "./alert-groups";
import { VerdictDialog } from "./verdict-dialog";

export function AlertGroupsView({ me, role }: { me: Me; role: Role }) {
  const triage = useTriage(me);
  const [group, setGroup] = useState<AlertGroup | null>(null);
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const close = () => {
    setGroup(null);
    setVerdict(null);
  };
  return (
    <div className="space-y-3">
      {triage.error && <p role="alert" className="rounded-md border border-sev-critical/40 bg-sev-critical/10 px-3 py-2 text-sm" data-testid="triage-error">{triage.error.message}</p>}
      {triage.isSuccess && <p role="status" className="text-sm text-muted" data-testid="group-verdict-done">Recorded a verdict on {triage.data.alerts.length} alerts.</p>}
      <AlertGroups canApply={roleHas(role, "alerts:bulk")} onApplyVerdict={setGroup} />
      <Dialog open={!!group && !verdict} onOpenChange={(open) => !open && close()} title={`Verdict for ${group?.alerts.length ?? 0} alerts`} description={group ? `${group.host ?? "no host"} · ${group.count} open alerts` : undefined} testId="group-verdict-chooser">
        <div className="grid gap-2">
          {VERDICTS.map((v) => (
            <Button key={v} variant="secondary" className="justify-start" onClick={() => setVerdict(v)} title={VERDICT_HINTS[v]} data-testid={`group-verdict-${v}`}>
              {VERDICT_LABELS[v]}
            </Button>
          ))}
        </div>
      </Dialog>
      <VerdictDialog
        verdict={verdict}
        count={group?.alerts.length ?? 0}
        onCancel={close}
        onConfirm={({ verdict: chosen, reason, note }) => {
          if (group) triage.mutate({ alerts: group.alerts, action: { kind: "verdict", verdict: chosen, reason, note } });
          close();
        }}
      />
    </div>
  );
}
