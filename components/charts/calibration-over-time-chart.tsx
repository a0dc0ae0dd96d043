"use client";

import { CartesianGrid, Line, LineChart, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from "recharts";
import type { TooltipContentProps } from "recharts";
import { ChartLegend, ChartTooltipBox } from "./chart-legend";
import type { CalibrationPoint, ReliabilityPoint } from "./prepare-performance";

const HEIGHT = 180;
const axisTick = { fill: "var(--vg-subtle)", fontSize: 11 };
const ECE = "var(--vg-accent)";
const BRIER = "var(--vg-sev-medium)";

/** Expected calibration error and Brier score per window: rising lines mean scores stop meaning what they say. */
export function CalibrationOverTimeChart({ points }: { points: readonly CalibrationPoint[] }) {
  const top = Math.max(0.05, ...points.flatMap((p) => [p.ece ?? 0, p.brier ?? 0])) * 1.1;
  return (
    <figure className="flex flex-col gap-2" data-testid="calibration-over-time-chart">
      <ChartLegend items={[{ label: "ECE", color: ECE }, { label: "Brier score", color: BRIER }]} />
      <div role="img" aria-label={`Calibration error and Brier score over ${points.length} windows`}>
        <LineChart data={points as CalibrationPoint[]} responsive style={{ width: "100%", height: HEIGHT }} margin={{ top: 8, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke="var(--vg-border)" />
          <XAxis dataKey="label" tick={axisTick} stroke="var(--vg-border-strong)" interval="preserveStartEnd" minTickGap={12} tickLine={false} />
          <YAxis domain={[0, Number(top.toPrecision(2))]} tick={axisTick} stroke="var(--vg-border-strong)" width={44} tickFormatter={(v: number) => v.toFixed(2)} />
          <Tooltip isAnimationActive={false} content={(props: TooltipContentProps) => <CalibrationTooltip point={props.payload?.[0]?.payload as CalibrationPoint | undefined} />} />
          <Line dataKey="ece" stroke={ECE} strokeWidth={2} dot={{ r: 2, fill: ECE }} connectNulls={false} isAnimationActive={false} />
          <Line dataKey="brier" stroke={BRIER} strokeWidth={1.5} dot={{ r: 2, fill: BRIER }} connectNulls={false} isAnimationActive={false} />
        </LineChart>
      </div>
    </figure>
  );
}

function CalibrationTooltip({ point }: { point: CalibrationPoint | undefined }) {
  if (!point) return null;
  return (
    <ChartTooltipBox title={point.label}>
      <p className="font-mono">ECE {point.ece === null ? "—" : point.ece.toFixed(3)}</p>
      <p className="font-mono">Brier {point.brier === null ? "—" : point.brier.toFixed(4)}</p>
      <p className="text-muted">{point.labelled} labelled predictions</p>
    </ChartTooltipBox>
  );
}

/** Mean predicted score against the observed positive rate per bin; the diagonal is perfect calibration. */
export function ReliabilityDiagram({ points, title }: { points: readonly ReliabilityPoint[]; title: string }) {
  const top = Math.max(10, ...points.flatMap((p) => [p.predicted, p.observed]));
  const domain = [0, Math.min(100, Math.ceil(top / 10) * 10)];
  return (
    <figure className="flex flex-col gap-2" data-testid="reliability-diagram">
      <ChartLegend items={[{ label: title, color: ECE }, { label: "perfect calibration", color: "var(--vg-subtle)", dashed: true }]} />
      <div role="img" aria-label={`Reliability diagram, ${points.length} bins`}>
        <ScatterChart responsive style={{ width: "100%", height: HEIGHT }} margin={{ top: 8, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--vg-border)" />
          <XAxis type="number" dataKey="predicted" domain={domain} tickFormatter={(v: number) => `${v}%`} tick={axisTick} stroke="var(--vg-border-strong)" name="predicted" />
          <YAxis type="number" dataKey="observed" domain={domain} tickFormatter={(v: number) => `${v}%`} tick={axisTick} stroke="var(--vg-border-strong)" width={44} name="observed" />
          <ZAxis type="number" dataKey="count" range={[20, 160]} />
          <ReferenceLine segment={[{ x: 0, y: 0 }, { x: domain[1], y: domain[1] }]} stroke="var(--vg-subtle)" strokeDasharray="5 3" />
          <Tooltip isAnimationActive={false} content={(props: TooltipContentProps) => <ReliabilityTooltip point={props.payload?.[0]?.payload as ReliabilityPoint | undefined} />} />
          <Scatter data={points as ReliabilityPoint[]} fill={ECE} isAnimationActive={false} />
        </ScatterChart>
      </div>
    </figure>
  );
}

function ReliabilityTooltip({ point }: { point: ReliabilityPoint | undefined }) {
  if (!point) return null;
  return (
    <ChartTooltipBox title={`scores near ${point.predicted.toFixed(1)}%`}>
      <p className="font-mono">{point.observed.toFixed(1)}% were attacks</p>
      <p className="text-muted">{point.count} labelled predictions</p>
    </ChartTooltipBox>
  );
}
