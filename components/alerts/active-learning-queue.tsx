"use client";
// The active-learning queue: the unlabelled predictions whose verdict would teach the model the
// most (nearest the threshold, or where champion and challenger disagree), within a daily
// budget. A list with a keyboard cursor (j / k) beside the focused pick, judged in place.
import { useState } from "react";
import { budgetMeter } from "@/lib/active-learning/budget-rules";
import { STRATEGIES, STRATEGY_LABELS, Strategy, type ActiveLearningItem } from "@/lib/active-learning/schemas";
import { useActiveLearning, useLabelPick } from "@/lib/active-learning/use-active-learning";
import { whyText } from "@/lib/active-learning/why-text";
import { useShortcuts } from "@/lib/alerts/use-shortcuts";
import { roleHas, type Role } from "@/lib/auth/permissions";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Kbd } from "@/components/ui/kbd";
import { Select } from "@/components/ui/select";
import { Table, TD, TH, THead, TRow } from "@/components/ui/table";
import { BudgetForm, BudgetMeter } from "./active-learning-budget";
import { ActiveLearningPick } from "./active-learning-pick";
import { formatReason, formatTime } from "./format";
import { useQueueUrl } from "./queue-filters";
import type { VerdictChoice } from "./verdict-dialog";

const HINTS: Record<Strategy, string> = {
  uncertainty: "Predictions scored closest to the operating threshold, on either side: where the model is least sure.",
  disagreement: "Events the champion and a challenger (a shadow or canary version) scored very differently: decision flips first.",
};

export function ActiveLearningQueue({ role }: { role: Role }) {
  const { params, set } = useQueueUrl();
  const strategy = Strategy.catch("uncertainty").parse(params.get("strategy") ?? undefined);
  const model = params.get("model") ?? undefined;
  const queue = useActiveLearning({ model, strategy });
  const label = useLabelPick({ model, strategy });
  const [focus, setFocus] = useState(0);
  const items = queue.data?.items ?? [];
  const focusIndex = Math.max(0, Math.min(focus, items.length - 1));
  const focused: ActiveLearningItem | undefined = items[focusIndex];
  const canLabel = roleHas(role, "alerts:triage");

  const move = (by: number) => {
    const next = Math.max(0, Math.min(items.length - 1, focusIndex + by));
    setFocus(next);
    document.querySelector(`[data-al-id="${items[next]?.predictionId}"]`)?.scrollIntoView({ block: "nearest" });
  };
  useShortcuts((command) => {
    if (command.kind === "move") move(command.by);
  });
  const switchTo = (changes: Record<string, string | undefined>) => {
    setFocus(0);
    set(changes);
  };
  // The focus stays at the same place in the list, so the next pick comes up after a verdict.
  const judge = (choice: VerdictChoice) => {
    if (!focused) return;
    label.reset();
    label.mutate({ predictionId: focused.predictionId, verdict: choice.verdict, reason: choice.reason, note: choice.note });
  };

  return (
    <div className="space-y-3" data-testid="active-learning-queue">
      <p className="max-w-3xl text-sm text-muted">
        Each day the team labels a few predictions picked for what they teach the model, alerts or not. Their verdicts are marked <em>active learning</em>:
        retraining datasets can use them, but they are not a random sample, so evaluation leaves them out of its weighted recall and curves.
      </p>
      <div className="flex flex-wrap items-end gap-4">
        {queue.data && queue.data.models.length > 1 && (
          <div className="w-48">
            <Select aria-label="Model" value={queue.data.model} onChange={(event) => switchTo({ model: event.target.value })} data-testid="al-model">
              {queue.data.models.map((name) => <option key={name} value={name}>{name}</option>)}
            </Select>
          </div>
        )}
        <div className="flex gap-1" role="group" aria-label="Strategy">
          {STRATEGIES.map((s) => (
            <Button key={s} size="sm" variant={strategy === s ? "primary" : "secondary"} aria-pressed={strategy === s} onClick={() => switchTo({ strategy: s === "uncertainty" ? undefined : s })} data-testid={`strategy-${s}`}>
              {STRATEGY_LABELS[s]}
            </Button>
          ))}
        </div>
        {queue.data && <BudgetMeter queue={queue.data} />}
        {queue.data && roleHas(role, "datasets:write") && <BudgetForm key={`${queue.data.model}:${queue.data.budget}`} model={queue.data.model} current={queue.data.budget} />}
      </div>
      <p className="text-xs text-muted">{HINTS[strategy]}</p>
      {body()}
    </div>
  );

  function body() {
    if (queue.isPending) return <p role="status" className="text-sm text-muted">Loading…</p>;
    if (queue.isError) return <EmptyState title="The active-learning queue could not be loaded" description={queue.error.message} />;
    const q = queue.data;
    if (q.remaining === 0) {
      return (
        <EmptyState
          title={q.budget === 0 ? "Active learning is paused for this model" : "Today's budget is spent"}
          description={
            <span data-testid="al-spent">
              {q.budget === 0 ? "The daily budget is 0." : `${budgetMeter(q.budget, q.usedToday).text}: thank you.`} It renews at {formatTime(q.renewsAt)}.
              {roleHas(role, "datasets:write") ? " Raise the budget above to keep going." : ""}
            </span>
          }
        />
      );
    }
    if (strategy === "disagreement" && q.challengers.length === 0) {
      return <EmptyState title="No challenger to compare with" description={`${q.model} has no shadow or canary version scoring its traffic. Retrain one (it shadow-scores recent events) or use "${STRATEGY_LABELS.uncertainty}".`} />;
    }
    if (items.length === 0) {
      return <EmptyState title="Nothing to pick" description={`Every prediction of ${q.model} ${q.champion.version} in the last ${q.window.days} days that could be picked has a verdict.`} />;
    }
    return (
      <div className="grid gap-4 xl:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]">
        <div className="space-y-2">
          <Table aria-label="Active-learning picks">
            <THead>
              <tr><TH>#</TH><TH>Time</TH><TH>Why</TH><TH>Entity</TH><TH>Top reasons</TH></tr>
            </THead>
            <tbody>
              {items.map((item, index) => (
                <TRow key={item.predictionId} selected={index === focusIndex} data-testid="al-row" data-al-id={item.predictionId} onClick={() => setFocus(index)} className="cursor-pointer">
                  <TD className="tabular-nums text-muted">{index + 1}</TD>
                  <TD className="whitespace-nowrap tabular-nums text-muted">{formatTime(item.time)}</TD>
                  <TD className="whitespace-nowrap tabular-nums">
                    {whyText(item.why, item.score, item.threshold, q.champion.version).short}
                    {item.alertId !== null && <span className="ml-1.5 text-xs text-muted">alert</span>}
                  </TD>
                  <TD>
                    <div className="font-medium">{item.entity.host ?? "—"}</div>
                    <div className="text-xs text-muted">{[item.entity.user, item.entity.businessUnit].filter(Boolean).join(" · ")}</div>
                  </TD>
                  <TD className="max-w-56 text-xs">{item.topReasons.slice(0, 2).map((r) => <div key={r.feature} className="truncate">{formatReason(r)}</div>)}</TD>
                </TRow>
              ))}
            </tbody>
          </Table>
          <p className="text-xs text-muted">
            {items.length} of {q.remaining} left today, from {q.model} {q.champion.version}&apos;s last {q.window.days} days · <Kbd>j</Kbd> <Kbd>k</Kbd> move ·{" "}
            <Kbd>t</Kbd> <Kbd>f</Kbd> <Kbd>b</Kbd> <Kbd>u</Kbd> verdict
          </p>
        </div>
        {focused && (
          <ActiveLearningPick
            key={focused.predictionId}
            item={focused}
            queue={q}
            canLabel={canLabel}
            pending={label.isPending}
            error={label.error?.message ?? null}
            onVerdict={judge}
          />
        )}
      </div>
    );
  }
}
