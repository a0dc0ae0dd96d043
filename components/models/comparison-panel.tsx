"use client";
// Champion vs challenger on the same labelled events, the promotion gate, and the promotion
// itself: a lead's approval with a reason, refused by the server while the gate is closed.
import { CircleCheck, CircleX, CircleDashed } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Dialog } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { Input, Label } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Table, TBody, TD, TH, THead, TRow } from "@/components/ui/table";
import { EstimateTag } from "@/components/charts/estimate-tag";
import { formatInterval } from "@/components/charts/prepare-evaluation";
import type { ComparisonResponse, GateCheck } from "@/lib/evaluation/schemas";
import { useComparison, type RangeParams } from "@/lib/evaluation/use-evaluation";
import type { VersionDetail } from "@/lib/registry/catalog-schemas";
import { EVIDENCE_STAGES, GATED_STAGES, PROMOTION_TARGETS } from "@/lib/registry/governance-schemas";
import { usePromote } from "@/lib/registry/use-registry";
import { useRangeParams } from "./evaluation-panel";
import { SectionCard } from "./section-card";
import { STAGE_LABELS } from "./stage-badge";
import type { Viewer } from "./viewer";

const METRICS = [
  { key: "precision", label: "Precision at threshold" },
  { key: "recall", label: "Recall at threshold" },
  { key: "f1", label: "F1 at threshold" },
  { key: "averagePrecision", label: "Average precision" },
  { key: "rocAuc", label: "ROC-AUC" },
] as const;

export function ComparisonPanel({ detail, viewer }: { detail: VersionDetail; viewer: Viewer }) {
  const { range } = useRangeParams();
  const production = detail.siblings.find((s) => s.stage === "PRODUCTION")?.version ?? null;
  const [against, setAgainst] = useState<string | null>(production ?? detail.siblings[0]?.version ?? null);
  if (detail.stage === "PRODUCTION" && detail.siblings.length === 0) return null;
  return (
    <SectionCard
      title={detail.stage === "PRODUCTION" ? "Compare with another version" : "Champion vs challenger"}
      testId="comparison"
      caption="Both versions on the same labelled events, each at its own threshold."
      hint="Differences are challenger − champion with paired bootstrap intervals: resampling the same events for both keeps what they share, so the interval is much narrower than two separate ones. McNemar tests whether they err on different events more often one way than the other."
      actions={
        detail.siblings.length > 0 ? (
          <span className="flex items-center gap-2">
            <Label htmlFor="compare-against">Against</Label>
            <Select id="compare-against" value={against ?? ""} onChange={(e) => setAgainst(e.target.value || null)} className="w-40" data-testid="compare-against">
              {detail.siblings.map((s) => (
                <option key={s.version} value={s.version}>
                  {s.version} ({STAGE_LABELS[s.stage].toLowerCase()})
                </option>
              ))}
            </Select>
          </span>
        ) : null
      }
    >
      {!range || !against ? (
        <p className="text-sm text-muted">Nothing to compare with.</p>
      ) : (
        <Comparison detail={detail} viewer={viewer} against={against} range={range} />
      )}
    </SectionCard>
  );
}

function Comparison({ detail, viewer, against, range }: { detail: VersionDetail; viewer: Viewer; against: string; range: RangeParams }) {
  const comparison = useComparison(detail.model.name, detail.version, against, range);
  if (comparison.isError) return <EmptyState title="The comparison could not be loaded" description={comparison.error.message} />;
  if (!comparison.data) {
    return (
      <p className="text-sm text-muted" role="status">
        Comparing {detail.version} with {against}…
      </p>
    );
  }
  const c = comparison.data;
  const againstProduction = c.champion.stage === "PRODUCTION";
  return (
    <div className="space-y-4" aria-busy={comparison.isPlaceholderData || undefined}>
      <EstimateTag estimate={c.estimate} testId="comparison-estimate" />
      <Table>
        <THead>
          <tr>
            <TH>Metric</TH>
            <TH className="text-right">
              {c.champion.version} ({STAGE_LABELS[c.champion.stage].toLowerCase()}, {c.champion.threshold.toFixed(4)})
            </TH>
            <TH className="text-right">
              {c.challenger.version} ({c.challenger.threshold.toFixed(4)})
            </TH>
            <TH className="text-right">Difference ({Math.round(c.paired.level * 100)}% interval)</TH>
          </tr>
        </THead>
        <TBody>
          {METRICS.map((m) => {
            const d = c.paired.difference[m.key];
            const significant = d.lower !== null && d.upper !== null && (d.lower > 0 || d.upper < 0);
            return (
              <TRow key={m.key} data-testid={`compare-${m.key}`}>
                <TD>{m.label}</TD>
                <TD className="text-right font-mono text-xs">{formatInterval(c.paired.champion[m.key])}</TD>
                <TD className="text-right font-mono text-xs">{formatInterval(c.paired.challenger[m.key])}</TD>
                <TD className={cn("text-right font-mono text-xs", significant ? (d.upper! < 0 ? "text-danger" : "text-status-resolved") : "")}>{formatInterval(d)}</TD>
              </TRow>
            );
          })}
        </TBody>
      </Table>
      <p className="text-xs text-muted" data-testid="mcnemar">
        {c.events.toLocaleString("en-US")} labelled events ({c.positives} attacks, {c.negatives} benign). McNemar on their decisions: {c.mcnemar.b} events only {c.champion.version} got right, {c.mcnemar.c} only{" "}
        {c.challenger.version}; p = {c.mcnemar.pValue < 0.0001 ? c.mcnemar.pValue.toExponential(1) : c.mcnemar.pValue.toFixed(4)} ({c.mcnemar.method === "exact" ? "exact binomial" : "chi-square, continuity-corrected"}; counts of labelled events, unweighted).
      </p>
      {againstProduction ? <Gate checks={c.gate.checks} /> : null}
      {viewer.canPromote && detail.stage !== "PRODUCTION" ? <Promote detail={detail} comparison={c} range={range} /> : null}
    </div>
  );
}

function Gate({ checks }: { checks: GateCheck[] }) {
  return (
    <div data-testid="gate">
      <h3 className="mb-1 text-xs font-medium text-muted">Promotion gate</h3>
      <ul className="space-y-1">
        {checks.map((check) => {
          const Icon = check.id === "approval" ? CircleDashed : check.passed ? CircleCheck : CircleX;
          return (
            <li key={check.id} className="flex gap-2 text-sm" data-testid={`gate-${check.id}`} data-passed={check.passed}>
              <Icon aria-hidden className={cn("mt-0.5 size-4 shrink-0", check.id === "approval" ? "text-subtle" : check.passed ? "text-status-resolved" : "text-danger")} />
              <span>
                <span className="font-medium">{check.label}.</span> <span className="text-muted">{check.detail}</span>
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function Promote({ detail, comparison, range }: { detail: VersionDetail; comparison: ComparisonResponse; range: RangeParams }) {
  const promote = usePromote(detail.model.name, detail.version);
  const [open, setOpen] = useState(false);
  const targets = PROMOTION_TARGETS.filter((s) => s !== detail.stage);
  const [toStage, setToStage] = useState<(typeof PROMOTION_TARGETS)[number]>(targets.includes("PRODUCTION") ? "PRODUCTION" : targets[0]);
  const [reason, setReason] = useState("");
  const gated = (GATED_STAGES as readonly string[]).includes(toStage);
  const recorded = (EVIDENCE_STAGES as readonly string[]).includes(toStage);
  const againstProduction = comparison.champion.stage === "PRODUCTION";
  const failed = comparison.gate.checks.filter((c) => c.id !== "approval" && !c.passed).map((c) => c.label.toLowerCase());
  const closed = gated && againstProduction && !comparison.gate.passed;
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    promote.mutate({ toStage, reason, ...range }, { onSuccess: () => setOpen(false) });
  };
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button onClick={() => setOpen(true)} data-testid="promote-open">
        Promote {detail.version}…
      </Button>
      {promote.isSuccess ? (
        <p className="text-sm text-status-resolved" role="status" data-testid="promote-done">
          {detail.version} is now in {STAGE_LABELS[promote.data.toStage as keyof typeof STAGE_LABELS]?.toLowerCase() ?? promote.data.toStage}
          {promote.data.replaced ? `; ${promote.data.replaced} was archived` : ""}.
        </p>
      ) : null}
      <Dialog open={open} onOpenChange={setOpen} title={`Promote ${detail.model.name} ${detail.version}`} description="Your approval, with its reason and the gate's evidence, goes into the stage history and the audit trail." testId="promote-dialog">
        <form onSubmit={submit} className="space-y-3">
          <div className="flex flex-col gap-1">
            <Label htmlFor="promote-stage">To stage</Label>
            <Select id="promote-stage" value={toStage} onChange={(e) => setToStage(e.target.value as typeof toStage)} data-testid="promote-stage">
              {targets.map((s) => (
                <option key={s} value={s}>
                  {STAGE_LABELS[s]}
                  {s === "PRODUCTION" ? ` (archives ${comparison.champion.stage === "PRODUCTION" ? comparison.champion.version : "the current one"})` : ""}
                </option>
              ))}
            </Select>
          </div>
          <div className="flex flex-col gap-1">
            <Label htmlFor="promote-reason">Reason</Label>
            <Input id="promote-reason" value={reason} onChange={(e) => setReason(e.target.value)} placeholder="e.g. higher AP and recall on the last 30 days, gate passed" data-testid="promote-reason" />
          </div>
          {closed ? (
            <p className="text-sm text-danger" data-testid="promote-gate-closed">
              The gate is closed ({failed.join(", ")}): promotion into production is refused until it passes.
            </p>
          ) : recorded && againstProduction && failed.length ? (
            <p className="text-sm text-status-progress" data-testid="promote-gate-warning">
              The gate would refuse production ({failed.join(", ")}). A canary raises alerts alongside production to gather evidence; the comparison is recorded with your approval.
            </p>
          ) : null}
          {promote.isError ? (
            <p className="text-sm text-danger" role="alert" data-testid="promote-error">
              {promote.error.message}
            </p>
          ) : null}
          <div className="flex justify-end gap-2">
            <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={promote.isPending || closed || reason.trim().length < 10} data-testid="promote-confirm">
              Approve promotion
            </Button>
          </div>
        </form>
      </Dialog>
    </div>
  );
}
