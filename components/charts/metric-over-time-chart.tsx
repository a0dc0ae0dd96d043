"use client";

import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { TooltipContentProps } from "recharts";
import { ChartLegend, ChartTooltipBox } from "./chart-legend";
import { type MetricChart, type MetricChartPoint } from "./prepare-performance";

const HEIGHT = 200;
const axisTick = { fill: "var(--vg-subtle)", fontSize: 11 };
const LINE = "var(--vg-accent)";

/**
 * A metric per window with its 95 % interval as a band, the training value (dashed) and the
 * line a window must cross to be flagged (dotted). Flagged windows are red dots, hollow when
 * the interval still reaches back over the line.
 */
export function MetricOverTimeChart({ chart, label, testId }: { chart: MetricChart; label: string; testId?: string }) {
  return (
    <figure className="flex flex-col gap-2" data-testid={testId}>
      <ChartLegend
        items={[
          { label: `${label} (95 % interval)`, color: LINE },
          ...(chart.training === null ? [] : [{ label: `training ${chart.training.toFixed(1)}%`, color: "var(--vg-subtle)", dashed: true }]),
          ...(chart.flagLine === null ? [] : [{ label: "flag line", color: "var(--vg-danger)", dashed: true }]),
        ]}
      />
      <div role="img" aria-label={`${label} per window; ${chart.flaggedWindows} of ${chart.points.length} windows flagged against training`}>
        <ComposedChart data={chart.points} responsive style={{ width: "100%", height: HEIGHT }} margin={{ top: 8, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke="var(--vg-border)" />
          <XAxis dataKey="label" tick={axisTick} stroke="var(--vg-border-strong)" interval="preserveStartEnd" minTickGap={12} tickLine={false} />
          <YAxis domain={[0, chart.top]} tickFormatter={(v: number) => `${v}%`} tick={axisTick} stroke="var(--vg-border-strong)" width={44} allowDataOverflow />
          <Area dataKey="band" stroke="none" fill={LINE} fillOpacity={0.15} isAnimationActive={false} connectNulls={false} />
          {chart.training === null ? null : <ReferenceLine y={chart.training} stroke="var(--vg-subtle)" strokeDasharray="5 3" />}
          {chart.flagLine === null ? null : <ReferenceLine y={chart.flagLine} stroke="var(--vg-danger)" strokeDasharray="2 3" />}
          <Tooltip cursor={{ stroke: "var(--vg-border-strong)" }} isAnimationActive={false} content={(props: TooltipContentProps) => <PointTooltip point={props.payload?.[0]?.payload as MetricChartPoint | undefined} label={label} />} />
          <Line
            dataKey="estimate"
            stroke={LINE}
            strokeWidth={2}
            isAnimationActive={false}
            connectNulls={false}
            dot={(props: { cx?: number; cy?: number; index?: number }) => {
              const point = chart.points[props.index ?? 0];
              if (!point || point.estimate === null || props.cx === undefined || props.cy === undefined) return <g key={props.index} />;
              if (!point.flagged) return <circle key={props.index} cx={props.cx} cy={props.cy} r={2.5} fill={LINE} />;
              return <circle key={props.index} cx={props.cx} cy={props.cy} r={4} fill={point.confidentDrop ? "var(--vg-danger)" : "var(--vg-panel)"} stroke="var(--vg-danger)" strokeWidth={1.5} />;
            }}
          />
        </ComposedChart>
      </div>
    </figure>
  );
}

function PointTooltip({ point, label }: { point: MetricChartPoint | undefined; label: string }) {
  if (!point) return null;
  return (
    <ChartTooltipBox title={`${point.label}${point.partial ? " (part of a window)" : ""}`}>
      {point.estimate === null ? (
        <p className="text-muted">no estimate: no verdicts for it yet</p>
      ) : (
        <>
          <p className="font-mono">
            {label} {point.estimate.toFixed(1)}%{point.band ? ` [${point.band[0].toFixed(1)}, ${point.band[1].toFixed(1)}]` : ""}
          </p>
          <p className="text-muted">
            from {point.evidence} labelled {point.sufficient ? "" : "(too few for a drift event)"}
          </p>
          {point.flagged ? <p className="text-danger">{point.confidentDrop ? "below the flag line, interval included" : "below the flag line, but the interval reaches back over it"}</p> : null}
        </>
      )}
    </ChartTooltipBox>
  );
}
