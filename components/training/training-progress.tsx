"use client";
// A training run as it goes: a progress bar with the step it is on, polled every second; when
// it has finished, a link to the version it registered (in shadow) or the error it stopped on.
import Link from "next/link";
import { versionHref } from "@/components/models/model-registry";
import { formatMetric } from "@/components/charts/prepare-evaluation";
import type { TrainingRunOut } from "@/lib/training/schemas";
import { useTrainingRun } from "@/lib/training/use-training";

const STATUS_TEXT: Record<TrainingRunOut["status"], string> = { QUEUED: "queued", RUNNING: "running", SUCCEEDED: "finished", FAILED: "failed" };

function holdoutOf(run: TrainingRunOut): Record<string, number> {
  const metrics = run.details.metrics as { holdout?: Record<string, number> } | undefined;
  return metrics?.holdout ?? {};
}

export function TrainingProgress({ runId }: { runId: number }) {
  const run = useTrainingRun(runId);
  const data = run.data;
  const share = data?.progress ?? 0;
  return (
    <div className="w-80 space-y-1.5 rounded-md border border-border bg-panel p-2 text-xs" data-testid="retrain-progress" data-status={data?.status ?? "QUEUED"} aria-live="polite">
      <div className="flex justify-between gap-2">
        <span className="font-medium">Training run #{runId}</span>
        <span className="text-muted">{data ? STATUS_TEXT[data.status] : "starting"}</span>
      </div>
      <div className="h-2 overflow-hidden rounded bg-raised" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(share * 100)} aria-label="Retraining progress">
        <div className={`h-full transition-[width] ${data?.status === "FAILED" ? "bg-danger" : "bg-accent"}`} style={{ width: `${share * 100}%` }} />
      </div>
      <p className="text-muted tabular-nums" data-testid="retrain-step">
        {data?.step ?? "queued"} · {Math.round(share * 100)} %
      </p>
      {run.isError ? (
        <p role="alert" className="text-danger" data-testid="retrain-error">
          {run.error.message}
        </p>
      ) : null}
      {data?.status === "FAILED" ? (
        <p role="alert" className="text-danger" data-testid="retrain-error">
          {data.error}
        </p>
      ) : null}
      {data?.status === "SUCCEEDED" && data.resultVersion ? (
        <div className="space-y-1">
          <Link
            href={versionHref(data.resultVersion.model, data.resultVersion.version)}
            className="font-medium text-accent hover:underline"
            data-testid="retrain-result"
            data-version={data.resultVersion.version}
          >
            Open {data.resultVersion.model} {data.resultVersion.version} ({data.resultVersion.stage.toLowerCase()}) in Models
          </Link>
          <p className="text-muted">
            Hold-out AUC {formatMetric(holdoutOf(data).rocAuc)} · AP {formatMetric(holdoutOf(data).averagePrecision)} · challenging {data.baseVersion?.version ?? "—"}
          </p>
        </div>
      ) : null}
    </div>
  );
}
