"use client";
// The version's stage history and the model's promotions, with the one-click rollback of the
// latest promotion for those allowed to promote.
import { Undo2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Table, TBody, TD, TH, THead, TRow } from "@/components/ui/table";
import type { VersionDetail } from "@/lib/registry/catalog-schemas";
import { useRollback } from "@/lib/registry/use-registry";
import { formatTime } from "@/components/alerts/format";
import { SectionCard } from "./section-card";
import { StageBadge, STAGE_LABELS } from "./stage-badge";

export function StageHistory({ detail, canPromote }: { detail: VersionDetail; canPromote: boolean }) {
  const rollback = useRollback(detail.model.name);
  const candidate = detail.rollback;
  return (
    <SectionCard
      title="Stage history"
      testId="stage-history"
      caption="Every stage this version has been in, who approved it and why."
      hint="Promotions go through the gate (enough labels, no significant regression against production, a lead's approval with a reason). The latest promotion of a model can be rolled back in one click while nothing has moved since."
      actions={
        canPromote && candidate ? (
          <Button
            variant="secondary"
            size="sm"
            disabled={rollback.isPending}
            onClick={() => rollback.mutate({})}
            data-testid="rollback"
            title={`Return ${candidate.version} to its previous stage${candidate.replaced ? ` and ${candidate.replaced} to production` : ""}`}
          >
            <Undo2 aria-hidden />
            Roll back {candidate.version}
            {candidate.replaced ? ` → ${candidate.replaced}` : ""}
          </Button>
        ) : null
      }
    >
      {rollback.isError ? (
        <p className="mb-2 text-sm text-danger" role="alert" data-testid="rollback-error">
          {rollback.error.message}
        </p>
      ) : null}
      {rollback.isSuccess ? (
        <p className="mb-2 text-sm text-status-resolved" role="status" data-testid="rollback-done">
          Rolled back {rollback.data.version}
          {rollback.data.restored ? `; ${rollback.data.restored} is in production again` : ""}.
        </p>
      ) : null}
      <Table>
        <THead>
          <tr>
            <TH>When</TH>
            <TH>From</TH>
            <TH>To</TH>
            <TH>Requested / approved by</TH>
            <TH>Reason</TH>
          </tr>
        </THead>
        <TBody>
          {detail.stageHistory.map((change, i) => (
            <TRow key={`${change.at}-${i}`} data-testid="stage-change">
              <TD className="whitespace-nowrap text-xs text-muted">{formatTime(change.at)}</TD>
              <TD>{change.fromStage ? <StageBadge stage={change.fromStage} /> : <span className="text-xs text-subtle">new</span>}</TD>
              <TD>
                <StageBadge stage={change.toStage} />
              </TD>
              <TD className="text-xs">
                {change.requestedBy}
                {change.approvedBy && change.approvedBy !== change.requestedBy ? ` / ${change.approvedBy}` : ""}
              </TD>
              <TD className="text-xs">{change.reason ?? "—"}</TD>
            </TRow>
          ))}
        </TBody>
      </Table>
      {detail.promotions.length > 0 ? (
        <div className="mt-4 space-y-1">
          <h3 className="text-xs font-medium text-muted">Promotions of {detail.model.name}</h3>
          <ul className="space-y-1 text-xs" data-testid="promotions">
            {detail.promotions.map((p) => (
              <li key={p.id} className="flex flex-wrap gap-x-2" data-testid={`promotion-${p.id}`}>
                <span className="text-muted">{formatTime(p.at)}</span>
                <span>
                  #{p.id} {p.version}: {STAGE_LABELS[p.fromStage]} → {STAGE_LABELS[p.toStage]}
                  {p.replaced ? ` (replaced ${p.replaced})` : ""} by {p.approvedBy} — {p.reason}
                </span>
                {p.rolledBackAt ? (
                  <span className="text-status-progress">
                    rolled back {formatTime(p.rolledBackAt)} by {p.rolledBackBy}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </SectionCard>
  );
}
