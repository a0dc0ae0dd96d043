"use client";
// Move the threshold and see what it buys and costs per day; presets from SOC practice pick a
// threshold or say why none fits. A lead turns the chosen threshold into a proposal that
// another lead (or they themselves, with an explicit confirmation) approves.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input, Label } from "@/components/ui/input";
import { EstimateTag } from "@/components/charts/estimate-tag";
import { formatMetric } from "@/components/charts/prepare-evaluation";
import { MetricHint } from "@/components/team/metric-hint";
import { choosePreset, PRESETS, type PresetChoice, type PresetId } from "@/lib/evaluation/presets";
import type { EvaluationResponse } from "@/lib/evaluation/schemas";
import { DEFAULT_FP_MINUTES, nearestIndex, tunerReadout, type TunerReadout } from "@/lib/evaluation/tuner";
import { useProposeThreshold } from "@/lib/registry/use-registry";
import { formatRate } from "./metric-rows";

type Field = { key: keyof TunerReadout; label: string; format: (r: TunerReadout) => string; hint: string; higherIsBetter: boolean };

const FIELDS: Field[] = [
  { key: "precision", label: "Precision", format: (r) => formatMetric(r.precision), hint: "Of the alerts raised, the share that are real attacks.", higherIsBetter: true },
  { key: "recall", label: "Recall", format: (r) => formatMetric(r.recall), hint: "Of all attacks, the share that raise an alert.", higherIsBetter: true },
  { key: "f1", label: "F1", format: (r) => formatMetric(r.f1), hint: "The balance of precision and recall (their harmonic mean).", higherIsBetter: true },
  { key: "alertsPerDay", label: "Alerts / day", format: (r) => formatRate(r.alertsPerDay), hint: "Predictions a day at or above the threshold, from the daily score roll-ups.", higherIsBetter: false },
  { key: "falsePositivesPerDay", label: "False positives / day", format: (r) => formatRate(r.falsePositivesPerDay), hint: "Alerts a day × (1 − precision).", higherIsBetter: false },
  { key: "analystHoursPerDay", label: "Analyst hours / day", format: (r) => formatRate(r.analystHoursPerDay), hint: "False positives a day × minutes per false positive: the time the noise costs.", higherIsBetter: false },
];

export function ThresholdTuner({ evaluation, canTune, model, version }: { evaluation: EvaluationResponse; canTune: boolean; model: string; version: string }) {
  const points = evaluation.operatingPoints;
  const currentIndex = nearestIndex(points, evaluation.threshold);
  const [index, setIndex] = useState(currentIndex);
  const [fpMinutes, setFpMinutes] = useState(String(DEFAULT_FP_MINUTES));
  const [choice, setChoice] = useState<PresetChoice | null>(null);
  const [reason, setReason] = useState("");
  const propose = useProposeThreshold(model, version);

  if (points.length === 0) return <p className="text-sm text-muted">No operating points: no labelled events in this range.</p>;
  const minutes = Number(fpMinutes) > 0 ? Number(fpMinutes) : DEFAULT_FP_MINUTES;
  const safeIndex = Math.min(index, points.length - 1);
  const point = points[safeIndex];
  const days = evaluation.traffic.days;
  const readout = tunerReadout(point, days, minutes);
  const current = tunerReadout(points[currentIndex], days, minutes);
  const changed = point.threshold !== evaluation.threshold;

  const applyPreset = (id: PresetId) => {
    const picked = choosePreset(id, points, { estimate: evaluation.estimate, floor: evaluation.estimate === "alerted-only" ? evaluation.threshold : undefined });
    setChoice(picked);
    if (picked.threshold !== null) setIndex(nearestIndex(points, picked.threshold));
    propose.reset();
  };
  const moveTo = (next: number) => {
    setIndex(next);
    setChoice(null);
    propose.reset();
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    propose.mutate({
      threshold: point.threshold,
      reason,
      preset: choice?.threshold === point.threshold ? choice.preset : undefined,
      expected: {
        estimate: evaluation.estimate,
        precision: readout.precision,
        recall: readout.recall,
        f1: readout.f1,
        alertsPerDay: readout.alertsPerDay,
        falsePositivesPerDay: readout.falsePositivesPerDay,
        analystHoursPerDay: readout.analystHoursPerDay,
        fpMinutes: minutes,
        rangeFrom: evaluation.range.from,
        rangeTo: evaluation.range.to,
      },
    });
  };

  return (
    <div className="space-y-4" data-testid="threshold-tuner">
      <EstimateTag estimate={evaluation.estimate} testId="tuner-estimate" />
      <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Threshold presets">
        {PRESETS.map((preset) => (
          <Button key={preset.id} type="button" variant={choice?.preset === preset.id ? "primary" : "secondary"} size="sm" onClick={() => applyPreset(preset.id)} title={preset.why} data-testid={`preset-${preset.id}`}>
            {preset.label} <span className="font-normal opacity-75">({preset.goal})</span>
          </Button>
        ))}
      </div>
      {choice ? (
        <p className={cn("text-sm", choice.met ? "text-status-resolved" : "text-status-progress")} role="status" data-testid="preset-message" data-met={choice.met}>
          {choice.message}
        </p>
      ) : null}

      <div className="flex flex-wrap items-end gap-4">
        <div className="flex min-w-72 flex-1 flex-col gap-1">
          <Label htmlFor="tuner-slider">
            Threshold <span className="font-mono text-fg" data-testid="tuner-threshold">{point.threshold.toFixed(4)}</span>
            {changed ? <span className="text-subtle"> (now {evaluation.threshold.toFixed(4)})</span> : <span className="text-subtle"> (current)</span>}
          </Label>
          <input
            id="tuner-slider"
            type="range"
            min={0}
            max={points.length - 1}
            step={1}
            value={safeIndex}
            onChange={(e) => moveTo(Number(e.target.value))}
            className="w-full accent-[var(--vg-accent)]"
            aria-valuetext={`threshold ${point.threshold.toFixed(4)}`}
            data-testid="tuner-slider"
          />
        </div>
        <div className="flex w-32 flex-col gap-1">
          <Label htmlFor="tuner-exact">Type a threshold</Label>
          <Input
            id="tuner-exact"
            inputMode="decimal"
            placeholder={evaluation.threshold.toFixed(4)}
            onKeyDown={(e) => {
              const value = Number((e.target as HTMLInputElement).value);
              if (e.key === "Enter" && value >= 0 && value <= 1) {
                e.preventDefault();
                moveTo(nearestIndex(points, value));
              }
            }}
            data-testid="tuner-exact"
          />
        </div>
        <div className="flex w-36 flex-col gap-1">
          <Label htmlFor="tuner-minutes">Minutes per false positive</Label>
          <Input id="tuner-minutes" inputMode="decimal" value={fpMinutes} onChange={(e) => setFpMinutes(e.target.value)} data-testid="tuner-minutes" />
        </div>
        <Button type="button" variant="ghost" size="sm" onClick={() => moveTo(currentIndex)} disabled={!changed}>
          Back to current
        </Button>
      </div>

      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 xl:grid-cols-6">
        {FIELDS.map((field) => {
          const now = current[field.key] as number | null;
          const then = readout[field.key] as number | null;
          const delta = changed && now !== null && then !== null ? then - now : null;
          const better = delta !== null && delta !== 0 && (field.higherIsBetter ? delta > 0 : delta < 0);
          return (
            <div key={field.key} className="rounded-md border border-border p-3" data-testid={`tuner-${field.key}`}>
              <dt className="flex items-center gap-1 text-xs text-muted">
                {field.label}
                <MetricHint label={field.label}>{field.hint}</MetricHint>
              </dt>
              <dd className="mt-1 font-mono text-lg" data-testid={`tuner-${field.key}-value`}>
                {field.format(readout)}
              </dd>
              {delta !== null && delta !== 0 ? <dd className={cn("text-xs", better ? "text-status-resolved" : "text-danger")}>was {field.format(current)}</dd> : null}
            </div>
          );
        })}
      </dl>
      {evaluation.estimate === "alerted-only" ? (
        <p className="text-xs text-status-progress">Alerted events only: recall and F1 here are relative to what was alerted, and thresholds below the current one cannot be judged.</p>
      ) : null}

      {canTune && changed ? (
        <form onSubmit={submit} className="flex flex-wrap items-end gap-3 rounded-md border border-border bg-raised/40 p-3" data-testid="propose-form">
          <div className="flex min-w-72 flex-1 flex-col gap-1">
            <Label htmlFor="propose-reason">Why change the threshold to {point.threshold.toFixed(4)}?</Label>
            <Input id="propose-reason" value={reason} onChange={(e) => setReason(e.target.value)} placeholder="e.g. SIEM alerting preset: best F1 on the last 30 days" data-testid="propose-reason" />
          </div>
          <Button type="submit" disabled={propose.isPending || reason.trim().length < 10} data-testid="propose-submit" title={reason.trim().length < 10 ? "Give a reason of at least 10 characters" : undefined}>
            Propose threshold
          </Button>
          {propose.isError ? (
            <p className="w-full text-sm text-danger" role="alert" data-testid="propose-error">
              {propose.error.message}
            </p>
          ) : null}
          {propose.isSuccess ? (
            <p className="w-full text-sm text-status-resolved" role="status" data-testid="propose-done">
              Proposed. The threshold changes when a lead approves it (below).
            </p>
          ) : null}
        </form>
      ) : null}
      {!canTune ? <p className="text-xs text-subtle">Changing the threshold is for team leads: they propose it here and another lead approves it.</p> : null}
    </div>
  );
}
