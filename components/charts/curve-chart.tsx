"use client";
// A curve with its bootstrap confidence band and the current operating point, on [0, 1] axes.
// Draws what prepare-evaluation.ts shaped; shared by the PR and ROC charts.
import { Area, CartesianGrid, ComposedChart, Line, ReferenceDot, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { TooltipContentProps } from "recharts";
import { ChartLegend, ChartTooltipBox } from "./chart-legend";
import { EstimateTag } from "./estimate-tag";
import type { CurveChart as CurveData, Estimate } from "./prepare-evaluation";

const HEIGHT = 260;
const axisTick = { fill: "var(--vg-subtle)", fontSize: 11 };
const LINE = "var(--vg-accent)";
const MARKER = "var(--vg-sev-high)";
const TICKS = [0, 0.25, 0.5, 0.75, 1];

export type CurveChartProps = {
  data: CurveData;
  estimate: Estimate;
  xLabel: string;
  yLabel: string;
  ariaLabel: string;
  testId: string;
  /** The chance line: ROC's diagonal, or PR's prevalence. */
  chance?: { kind: "diagonal" } | { kind: "horizontal"; y: number };
  level: number;
};

export function CurveChart({ data, estimate, xLabel, yLabel, ariaLabel, testId, chance, level }: CurveChartProps) {
  return (
    <figure className="flex flex-col gap-2" data-testid={testId}>
      <EstimateTag as="figcaption" estimate={estimate} testId={`${testId}-estimate`} />
      <ChartLegend
        items={[
          { label: yLabel, color: LINE },
          { label: `${Math.round(level * 100)}% bootstrap band`, color: "color-mix(in srgb, var(--vg-accent) 25%, transparent)" },
          ...(data.marker ? [{ label: "current threshold", color: MARKER }] : []),
          ...(chance ? [{ label: "chance", color: "var(--vg-subtle)", dashed: true }] : []),
        ]}
      />
      <div role="img" aria-label={ariaLabel}>
        <ComposedChart responsive style={{ width: "100%", height: HEIGHT }} margin={{ top: 8, right: 12, bottom: 16, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--vg-border)" />
          <XAxis type="number" dataKey="x" domain={[0, 1]} ticks={TICKS} tick={axisTick} stroke="var(--vg-border-strong)" label={{ value: xLabel, position: "insideBottom", offset: -10, fill: "var(--vg-muted)", fontSize: 11 }} allowDuplicatedCategory={false} />
          <YAxis type="number" domain={[0, 1]} ticks={TICKS} tick={axisTick} stroke="var(--vg-border-strong)" width={40} />
          {chance?.kind === "diagonal" ? <ReferenceLine segment={[{ x: 0, y: 0 }, { x: 1, y: 1 }]} stroke="var(--vg-subtle)" strokeDasharray="4 3" /> : null}
          {chance?.kind === "horizontal" ? <ReferenceLine y={chance.y} stroke="var(--vg-subtle)" strokeDasharray="4 3" /> : null}
          <Area data={data.band} dataKey="range" type="linear" stroke="none" fill="var(--vg-accent)" fillOpacity={0.18} isAnimationActive={false} activeDot={false} />
          <Line data={data.curve} dataKey="y" type="linear" stroke={LINE} strokeWidth={2} dot={false} isAnimationActive={false} />
          {data.marker ? <ReferenceDot x={data.marker.x} y={data.marker.y} r={5} fill={MARKER} stroke="var(--vg-panel)" strokeWidth={2} /> : null}
          <Tooltip isAnimationActive={false} content={(props: TooltipContentProps) => <PointTooltip props={props} xLabel={xLabel} yLabel={yLabel} />} />
        </ComposedChart>
      </div>
    </figure>
  );
}

function PointTooltip({ props, xLabel, yLabel }: { props: TooltipContentProps; xLabel: string; yLabel: string }) {
  const item = props.payload?.find((p) => p.dataKey === "y") ?? props.payload?.[0];
  const point = item?.payload as { x: number; y?: number; range?: [number, number] } | undefined;
  if (!point) return null;
  return (
    <ChartTooltipBox title={`${xLabel} ${point.x.toFixed(3)}`}>
      {point.y !== undefined ? <p className="font-mono">{yLabel} {point.y.toFixed(3)}</p> : null}
      {point.range ? <p className="font-mono text-muted">band {point.range[0].toFixed(3)}–{point.range[1].toFixed(3)}</p> : null}
    </ChartTooltipBox>
  );
}
