"use client";
// "Retrain challenger" on a dataset version (leads): confirm what it challenges and what it
// trains on, start the run, follow it to the new version in shadow.
import { useState } from "react";
import { formatShare } from "@/components/datasets/format";
import { Item } from "@/components/datasets/preview-summary";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { RetrainPlan } from "@/lib/training/schemas";
import { useStartRetrain } from "@/lib/training/use-training";
import { TrainingProgress } from "./training-progress";

export function RetrainChallenger({ dataset, version, plan }: { dataset: string; version: number; plan: RetrainPlan }) {
  const [open, setOpen] = useState(false);
  const start = useStartRetrain(dataset, version);
  const runId = start.data?.runId ?? null;

  if (!plan.ready) {
    return (
      <div className="flex max-w-80 flex-col items-end gap-1">
        <Button size="sm" variant="secondary" disabled data-testid="retrain-open">
          Retrain challenger
        </Button>
        <p className="text-right text-xs text-muted" data-testid="retrain-blocked">
          {plan.reason}
        </p>
      </div>
    );
  }

  const confirm = () => start.mutate({ baseVersion: plan.baseVersion }, { onSuccess: () => setOpen(false) });
  return (
    <div className="flex flex-col items-end gap-2">
      <Button size="sm" variant="secondary" onClick={() => setOpen(true)} disabled={start.isPending || runId !== null} data-testid="retrain-open">
        Retrain challenger
      </Button>
      {runId !== null ? <TrainingProgress runId={runId} /> : null}
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title={`Retrain a challenger to ${plan.model} ${plan.baseVersion}`}
        description="The built-in trainer fits the model's logistic family on this snapshot (20 % held out), registers the next version in shadow with its lineage, and shadow-scores the last 7 days of events: no alerts, compared with the champion on the same events."
        testId="retrain-dialog"
      >
        <dl className="grid grid-cols-2 gap-x-6 gap-y-2 text-sm">
          <Item term="Challenges" value={<span data-testid="retrain-base">{`${plan.model} ${plan.baseVersion} (${plan.baseStage.toLowerCase()})`}</span>} />
          <Item term="Training data" value={`${dataset} v${version}`} />
          <Item term="Rows" value={<span data-testid="retrain-rows">{plan.rows.toLocaleString("en")}</span>} />
          <Item term="Positives / negatives" value={`${plan.positives.toLocaleString("en")} / ${plan.negatives.toLocaleString("en")}`} />
          <Item term="Class balance (positive share)" value={<span data-testid="retrain-balance">{formatShare(plan.classBalance)}</span>} />
          <Item term="Threshold" value="where it alerts on the champion's share of recent events" />
        </dl>
        {start.isError ? (
          <p role="alert" className="mt-3 text-sm text-danger" data-testid="retrain-start-error">
            {start.error.message}
          </p>
        ) : null}
        <div className="mt-4 flex justify-end gap-2">
          <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
            Cancel
          </Button>
          <Button type="button" onClick={confirm} disabled={start.isPending} data-testid="retrain-confirm">
            {start.isPending ? "Starting…" : "Start retraining"}
          </Button>
        </div>
      </Dialog>
    </div>
  );
}
