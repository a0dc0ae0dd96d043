"use client";

import { Bar, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from "recharts";
import type { TooltipContentProps } from "recharts";
import { ChartLegend, ChartTooltipBox } from "./chart-legend";
import { formatDuration, type LabelHealthPoint } from "./prepare-performance";

const HEIGHT = 200;
const axisTick = { fill: "var(--vg-subtle)", fontSize: 11 };
const COVERAGE = "var(--vg-border-strong)";
const MEDIAN = "var(--vg-accent)";
const P90 = "var(--vg-sev-medium)";

/** Share of alerts with a verdict (bars, left axis) and hours from event to first verdict (lines, right axis). */
export function LabelHealthChart({ points }: { points: readonly LabelHealthPoint[] }) {
  const delayTop = Math.max(1, ...points.map((p) => p.p90Hours ?? 0)) * 1.1;
  return (
    <figure className="flex flex-col gap-2" data-testid="label-health-chart">
      <ChartLegend items={[{ label: "alerts with a verdict", color: COVERAGE }, { label: "median delay", color: MEDIAN }, { label: "90th percentile delay", color: P90 }]} />
      <div role="img" aria-label={`Label coverage and delay over ${points.length} windows`}>
        <ComposedChart data={points as LabelHealthPoint[]} responsive style={{ width: "100%", height: HEIGHT }} margin={{ top: 8, right: 0, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke="var(--vg-border)" />
          <XAxis dataKey="label" tick={axisTick} stroke="var(--vg-border-strong)" interval="preserveStartEnd" minTickGap={12} tickLine={false} />
          <YAxis yAxisId="coverage" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(v: number) => `${v}%`} tick={axisTick} stroke="var(--vg-border-strong)" width={44} />
          <YAxis yAxisId="delay" orientation="right" domain={[0, Math.ceil(delayTop)]} tickFormatter={(v: number) => `${v} h`} tick={axisTick} stroke="var(--vg-border-strong)" width={48} />
          <Tooltip cursor={{ fill: "var(--vg-raised)" }} isAnimationActive={false} content={(props: TooltipContentProps) => <HealthTooltip point={props.payload?.[0]?.payload as LabelHealthPoint | undefined} />} />
          <Bar yAxisId="coverage" dataKey="coverage" fill={COVERAGE} isAnimationActive={false} />
          <Line yAxisId="delay" dataKey="medianHours" stroke={MEDIAN} strokeWidth={2} dot={{ r: 2, fill: MEDIAN }} connectNulls={false} isAnimationActive={false} />
          <Line yAxisId="delay" dataKey="p90Hours" stroke={P90} strokeWidth={1.5} dot={{ r: 2, fill: P90 }} connectNulls={false} isAnimationActive={false} />
        </ComposedChart>
      </div>
    </figure>
  );
}

function HealthTooltip({ point }: { point: LabelHealthPoint | undefined }) {
  if (!point) return null;
  return (
    <ChartTooltipBox title={point.label}>
      <p className="font-mono">
        {point.labelledAlerts} of {point.alerts} alerts judged ({point.coverage === null ? "—" : `${point.coverage.toFixed(0)}%`})
      </p>
      <p>
        delay: median <span className="font-mono">{formatDuration(point.medianHours)}</span>, 90 % within <span className="font-mono">{formatDuration(point.p90Hours)}</span>
      </p>
    </ChartTooltipBox>
  );
}
