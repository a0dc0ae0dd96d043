"use client";

import { Bar, BarChart, CartesianGrid, Rectangle, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { BarShapeProps, TooltipContentProps } from "recharts";
import { ChartLegend, ChartTooltipBox } from "./chart-legend";
import { formatPerDay, prepareAnalystLoad, type AnalystInput, type LoadRow } from "./prepare-team";

const ROW_HEIGHT = 44;
const AXIS_HEIGHT = 28;
const axisTick = { fill: "var(--vg-subtle)", fontSize: 11 };
const RESOLVED = "var(--vg-accent)";
const OVER = "var(--vg-danger)";
const OPEN = "var(--vg-status-progress)";

/** Per analyst: alerts resolved per day and open alerts held now, against the daily capacity line. */
export function AnalystLoadChart({ analysts, capacity }: { analysts: readonly AnalystInput[]; capacity: number }) {
  const { rows, ticks } = prepareAnalystLoad(analysts, capacity);
  const over = rows.filter((r) => r.overCapacity).length;
  return (
    <figure className="flex flex-col gap-2" data-testid="analyst-load-chart">
      <ChartLegend
        items={[
          { label: "resolved per day", color: RESOLVED },
          { label: "over capacity", color: OVER },
          { label: "open alerts held now", color: OPEN },
          { label: `capacity ${capacity}/day`, color: OVER, dashed: true },
        ]}
      />
      <div role="img" aria-label={`Load per analyst against a capacity of ${capacity} alerts a day: ${over} of ${rows.length} over capacity`}>
        <BarChart
          layout="vertical"
          data={rows}
          responsive
          style={{ width: "100%", height: rows.length * ROW_HEIGHT + AXIS_HEIGHT + 12 }}
          margin={{ top: 12, right: 16, bottom: 0, left: 0 }}
          barCategoryGap={8}
          barGap={2}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke="var(--vg-border)" />
          <XAxis type="number" domain={[0, ticks[ticks.length - 1]]} ticks={ticks} tick={axisTick} stroke="var(--vg-border-strong)" height={AXIS_HEIGHT} />
          <YAxis type="category" dataKey="label" width={150} interval={0} tickLine={false} tick={{ fill: "var(--vg-muted)", fontSize: 12 }} stroke="var(--vg-border-strong)" />
          <ReferenceLine
            x={capacity}
            stroke={OVER}
            strokeDasharray="4 3"
            label={{ value: `capacity ${capacity}`, position: "top", fill: "var(--vg-subtle)", fontSize: 10 }}
          />
          <Tooltip
            cursor={{ fill: "var(--vg-raised)" }}
            isAnimationActive={false}
            content={(props: TooltipContentProps) => <LoadTooltip row={props.payload?.[0]?.payload as LoadRow | undefined} capacity={capacity} />}
          />
          <Bar dataKey="resolvedPerDay" name="resolved per day" isAnimationActive={false} shape={(props: BarShapeProps) => <ResolvedBar {...props} />} />
          <Bar dataKey="openAssigned" name="open now" fill={OPEN} fillOpacity={0.85} radius={2} isAnimationActive={false} />
        </BarChart>
      </div>
    </figure>
  );
}

function ResolvedBar(props: BarShapeProps) {
  const row = props.payload as LoadRow;
  return <Rectangle x={props.x} y={props.y} width={props.width} height={props.height} radius={2} fill={row.overCapacity ? OVER : RESOLVED} fillOpacity={0.9} />;
}

function LoadTooltip({ row, capacity }: { row: LoadRow | undefined; capacity: number }) {
  if (!row) return null;
  return (
    <ChartTooltipBox title={row.name}>
      <p className="font-mono">
        {formatPerDay(row.resolvedPerDay)} resolved / day ({Math.round(row.utilisation * 100)}% of {capacity})
      </p>
      <p className="font-mono text-muted">{row.openAssigned} open alerts held now</p>
    </ChartTooltipBox>
  );
}
