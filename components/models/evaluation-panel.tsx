"use client";
// The version on live traffic in the URL's range: which estimate the numbers are, training vs
// live, PR and ROC curves with bootstrap bands, the reliability diagram, the confusion matrix,
// and the threshold tuner.
import { useSearchParams } from "next/navigation";
import { EmptyState } from "@/components/ui/empty-state";
import { ESTIMATE_LABELS } from "@/components/charts/prepare-evaluation";
import { PrCurveChart } from "@/components/charts/pr-curve-chart";
import { ReliabilityChart } from "@/components/charts/reliability-chart";
import { RocCurveChart } from "@/components/charts/roc-curve-chart";
import { EvaluationQuery, type EvaluationResponse } from "@/lib/evaluation/schemas";
import { useEvaluation, type RangeParams } from "@/lib/evaluation/use-evaluation";
import { ConfusionMatrix } from "./confusion-matrix";
import { metricRows } from "./metric-rows";
import { MetricsTable } from "./metrics-table";
import { RangePicker } from "./range-picker";
import { SectionCard } from "./section-card";
import { ThresholdTuner } from "./threshold-tuner";

/** The URL's range, or the first problem with it. */
export function useRangeParams(): { range: RangeParams | null; error?: string } {
  const params = useSearchParams();
  const raw = { from: params.get("from") ?? undefined, to: params.get("to") ?? undefined };
  const parsed = EvaluationQuery.safeParse(raw);
  if (!parsed.success) return { range: null, error: parsed.error.issues[0]?.message };
  return { range: { ...(raw.from ? { from: raw.from } : {}), ...(raw.to ? { to: raw.to } : {}) } };
}

export function EvaluationPanel({ model, version, canTune }: { model: string; version: string; canTune: boolean }) {
  const { range, error } = useRangeParams();
  return (
    <section className="space-y-4" aria-labelledby="evaluation-heading" data-testid="evaluation">
      <h2 id="evaluation-heading" className="text-base font-semibold">
        Live evaluation
      </h2>
      <RangePicker error={error} />
      {range ? <Loaded model={model} version={version} range={range} canTune={canTune} /> : null}
    </section>
  );
}

function Loaded({ model, version, range, canTune }: { model: string; version: string; range: RangeParams; canTune: boolean }) {
  const evaluation = useEvaluation(model, version, range);
  if (evaluation.isError) return <EmptyState title="The evaluation could not be loaded" description={evaluation.error.message} />;
  if (!evaluation.data) {
    return (
      <p className="text-sm text-muted" role="status">
        Evaluating {version} on live traffic…
      </p>
    );
  }
  return <Report evaluation={evaluation.data} canTune={canTune} updating={evaluation.isPlaceholderData} />;
}

function EstimateBanner({ evaluation }: { evaluation: EvaluationResponse }) {
  const { design } = evaluation;
  const label = ESTIMATE_LABELS[evaluation.estimate];
  const excluded = Object.entries(design.excludedByMapping)
    .map(([verdict, n]) => `${n} ${verdict.toLowerCase().replace("_", " ")}`)
    .join(", ");
  return (
    <div className="rounded-md border border-border bg-panel p-3 text-sm" data-testid="estimate-banner" data-estimate={evaluation.estimate}>
      <p className="font-medium">{label.short}</p>
      <p className="text-muted">{label.long}</p>
      <p className="mt-1 text-xs text-subtle" data-testid="design-counts">
        {design.predictions.toLocaleString("en-US")} predictions over {evaluation.traffic.days} days · {design.labelled.toLocaleString("en-US")} with a verdict · {design.used.toLocaleString("en-US")} used
        ({evaluation.positives.toLocaleString("en-US")} attacks){excluded ? ` · left out by the verdict mapping: ${excluded}` : ""}
        {design.excludedUnknownDesign ? ` · ${design.excludedUnknownDesign} labelled outside the alert and audit-sample design` : ""}
      </p>
      {design.strata.length > 0 ? (
        <ul className="mt-1 space-y-0.5 text-xs text-subtle" data-testid="design-strata">
          {design.strata
            .filter((s) => s.kind !== "other")
            .map((s) => (
              <li key={s.key}>
                {s.kind === "alerted" ? "Alerts" : `Audit sample (π = ${s.inclusionProbability})`} of {s.version}: {s.labelled.toLocaleString("en-US")} judged of {s.population?.toLocaleString("en-US") ?? "?"}
                {s.coverage !== null ? ` (${(s.coverage * 100).toFixed(0)}%)` : ""}
                {evaluation.estimate === "weighted" ? ` · each stands for ${s.weight.toFixed(s.weight < 10 ? 2 : 1)} predictions` : ""}
              </li>
            ))}
        </ul>
      ) : null}
    </div>
  );
}

function Report({ evaluation, canTune, updating }: { evaluation: EvaluationResponse; canTune: boolean; updating: boolean }) {
  const level = evaluation.intervals.level;
  const atThreshold = evaluation.atThreshold;
  const currentPoint = evaluation.operatingPoints.find((p) => p.threshold === evaluation.threshold);
  const alertRate = currentPoint?.flagged !== null && currentPoint?.flagged !== undefined && evaluation.traffic.predictions > 0 ? currentPoint.flagged / evaluation.traffic.predictions : null;
  const rows = metricRows(evaluation.training, { ...evaluation, alertRate });
  const prevalence = evaluation.estimate !== "alerted-only" && evaluation.weightedN > 0 ? evaluation.weightedPositives / evaluation.weightedN : null;
  if (evaluation.n === 0) {
    return (
      <div data-testid="evaluation-empty">
        <EstimateBanner evaluation={evaluation} />
        <EmptyState title="No labelled events in this range" description="Verdicts on alerts, or an audit sample, are what an evaluation is made of. Widen the range or wait for verdicts." />
      </div>
    );
  }
  return (
    <div className="space-y-4" aria-busy={updating || undefined}>
      <EstimateBanner evaluation={evaluation} />
      {updating ? (
        <p className="text-xs text-muted" role="status">
          Loading the new range…
        </p>
      ) : null}
      <SectionCard
        title="Training vs live"
        testId="training-vs-live"
        caption={`Metrics the pipeline registered against this range, at threshold ${evaluation.threshold.toFixed(4)}.`}
        hint={`Live intervals are ${Math.round(level * 100)}% percentile bootstrap intervals (${evaluation.intervals.resamples} resamples, seed ${evaluation.intervals.seed}), resampling alerts and audit sample separately, as they were drawn.`}
      >
        <MetricsTable rows={rows} estimate={evaluation.estimate} level={level} />
      </SectionCard>
      <div className="grid gap-4 xl:grid-cols-2">
        <SectionCard
          title="Precision–recall"
          testId="pr-card"
          caption={`Average precision ${evaluation.averagePrecision?.toFixed(3) ?? "—"}; the dot is the current threshold.`}
          hint="Each point is a threshold: lower it and recall rises while precision usually falls. Average precision summarises the curve step by step (scikit-learn's definition). The band is where the curve lies in 95% of bootstrap resamples. The dashed line is the attack rate: what random alerting would reach."
        >
          <PrCurveChart pr={evaluation.pr} band={evaluation.bands.pr} current={atThreshold} estimate={evaluation.estimate} averagePrecision={evaluation.averagePrecision} prevalence={prevalence} level={level} />
        </SectionCard>
        <SectionCard
          title="ROC"
          testId="roc-card"
          caption={`ROC-AUC ${evaluation.rocAuc?.toFixed(3) ?? "—"}; the dot is the current threshold.`}
          hint="True-positive rate against false-positive rate. With attacks rare, even a small false-positive rate is many alerts: read the left edge, and prefer the PR curve for alert volume."
        >
          <RocCurveChart roc={evaluation.roc} band={evaluation.bands.roc} current={{ fpr: atThreshold.fpr, recall: atThreshold.recall }} estimate={evaluation.estimate} rocAuc={evaluation.rocAuc} level={level} />
        </SectionCard>
        <SectionCard
          title="Reliability"
          testId="reliability-card"
          caption={`Brier ${evaluation.brier?.toFixed(4) ?? "—"} · ECE ${evaluation.ece?.toFixed(4) ?? "—"} over ${evaluation.calibration?.bins ?? 0} equal-width bins.`}
          hint="Does a score of 0.3 mean a 30% chance of attack? Points on the diagonal are calibrated; above it the model under-states risk, below it over-states. Bigger dots hold more labelled events."
        >
          <ReliabilityChart calibration={evaluation.calibration} estimate={evaluation.estimate} ece={evaluation.ece} />
        </SectionCard>
        <SectionCard title="Confusion at the threshold" testId="confusion-card" caption="Verdicts against decisions at the current threshold.">
          <ConfusionMatrix confusion={atThreshold} estimate={evaluation.estimate} threshold={evaluation.threshold} />
        </SectionCard>
      </div>
      <SectionCard
        title="Threshold tuner"
        testId="tuner-card"
        caption="Move the threshold and see precision, recall, F1 and the daily cost in alerts and analyst time."
        hint="Per-day figures use the days with traffic in the range. Presets pick a threshold by a rule from SOC practice, or say why no threshold meets it. A change is a proposal a lead approves."
      >
        <ThresholdTuner key={`${evaluation.threshold}|${evaluation.range.from}|${evaluation.range.to}`} evaluation={evaluation} canTune={canTune} model={evaluation.model} version={evaluation.version} />
      </SectionCard>
    </div>
  );
}
