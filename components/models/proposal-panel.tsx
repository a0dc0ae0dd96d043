"use client";
// Threshold proposals for this version: the open one to approve or reject, and the record of
// past decisions. A lead approving their own proposal ticks an explicit confirmation; the
// audit trail marks the change self-approved.
import { Check, X } from "lucide-react";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { formatTime } from "@/components/alerts/format";
import { formatMetric } from "@/components/charts/prepare-evaluation";
import type { ProposalOut } from "@/lib/registry/catalog-schemas";
import { useDecideProposal } from "@/lib/registry/use-registry";
import { formatRate } from "./metric-rows";
import { SectionCard } from "./section-card";
import type { Viewer } from "./viewer";

const num = (x: unknown) => (typeof x === "number" ? x : null);

function Expected({ expected }: { expected: Record<string, unknown> }) {
  return (
    <span className="text-xs text-muted">
      expected precision {formatMetric(num(expected.precision))}, recall {formatMetric(num(expected.recall))}, {formatRate(num(expected.alertsPerDay))} alerts/day, {formatRate(num(expected.analystHoursPerDay))} analyst h/day
      {typeof expected.estimate === "string" ? ` (${expected.estimate})` : ""}
    </span>
  );
}

export function ProposalPanel({ proposals, viewer, model, version }: { proposals: ProposalOut[]; viewer: Viewer; model: string; version: string }) {
  const open = proposals.find((p) => p.status === "PENDING") ?? null;
  const past = proposals.filter((p) => p.status !== "PENDING");
  return (
    <SectionCard
      title="Threshold proposals"
      testId="proposals"
      caption="A new threshold takes effect only when a lead approves it."
      hint="Two-person review by default: another lead approves. A lead alone on shift may approve their own proposal after confirming it; the audit trail marks it self-approved."
    >
      {open ? <OpenProposal key={open.id} proposal={open} viewer={viewer} model={model} version={version} /> : <p className="text-sm text-muted" data-testid="no-open-proposal">No proposal awaits a decision.</p>}
      {past.length > 0 ? (
        <ul className="mt-3 space-y-1.5 text-xs" data-testid="past-proposals">
          {past.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center gap-x-2" data-testid={`proposal-${p.id}`}>
              <Badge tone={p.status === "APPROVED" ? "accent" : "outline"}>{p.status.toLowerCase()}</Badge>
              <span className="font-mono">
                {p.fromThreshold.toFixed(4)} → {p.toThreshold.toFixed(4)}
              </span>
              <span className="text-muted">
                proposed by {p.proposedBy} {formatTime(p.proposedAt)}
                {p.decidedBy ? `; ${p.status.toLowerCase()} by ${p.decidedBy}${p.selfApproved ? " (self-approved)" : ""}` : ""}
              </span>
              <span>— {p.reason}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </SectionCard>
  );
}

function OpenProposal({ proposal, viewer, model, version }: { proposal: ProposalOut; viewer: Viewer; model: string; version: string }) {
  const decide = useDecideProposal(model, version);
  const [note, setNote] = useState("");
  const [confirmSelf, setConfirmSelf] = useState(false);
  const own = proposal.proposedById === viewer.id;
  const act = (decision: "approve" | "reject" | "withdraw") => decide.mutate({ id: proposal.id, decision, note: note.trim() || undefined, confirmSelfApproval: decision === "approve" && own ? confirmSelf : undefined });
  return (
    <div className="space-y-2 rounded-md border border-accent/30 bg-accent/5 p-3" data-testid="open-proposal" data-proposal-id={proposal.id}>
      <p className="text-sm">
        <span className="font-mono" data-testid="open-proposal-thresholds">
          {proposal.fromThreshold.toFixed(4)} → {proposal.toThreshold.toFixed(4)}
        </span>{" "}
        {proposal.preset ? <Badge tone="accent">{proposal.preset}</Badge> : null} proposed by {proposal.proposedBy} {formatTime(proposal.proposedAt)}
      </p>
      <p className="text-sm">“{proposal.reason}”</p>
      <Expected expected={proposal.expected} />
      {viewer.canTune ? (
        <div className="flex flex-wrap items-center gap-2 pt-1">
          <Input className="max-w-sm" value={note} onChange={(e) => setNote(e.target.value)} placeholder="Note for the record (optional)" aria-label="Decision note" data-testid="decision-note" />
          {own ? (
            <label className="flex items-center gap-1.5 text-xs text-muted">
              <input type="checkbox" checked={confirmSelf} onChange={(e) => setConfirmSelf(e.target.checked)} data-testid="confirm-self-approval" />
              I proposed this and no other lead can review it: I approve it myself
            </label>
          ) : null}
          <Button size="sm" onClick={() => act("approve")} disabled={decide.isPending || (own && !confirmSelf)} data-testid="approve-proposal">
            <Check aria-hidden />
            Approve
          </Button>
          <Button size="sm" variant="secondary" onClick={() => act("reject")} disabled={decide.isPending} data-testid="reject-proposal">
            <X aria-hidden />
            Reject
          </Button>
          {own ? (
            <Button size="sm" variant="ghost" onClick={() => act("withdraw")} disabled={decide.isPending} data-testid="withdraw-proposal">
              Withdraw
            </Button>
          ) : null}
        </div>
      ) : (
        <p className="text-xs text-subtle">A team lead decides on it.</p>
      )}
      {decide.isError ? (
        <p className="text-sm text-danger" role="alert" data-testid="decision-error">
          {decide.error.message}
        </p>
      ) : null}
    </div>
  );
}
