"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import type { TooltipContentProps } from "recharts";
import { ChartLegend, ChartTooltipBox } from "./chart-legend";
import { prepareOverturnBars, type OverturnBar, type ReasonInput } from "./prepare-label-quality";

const ROW_HEIGHT = 36;
const AXIS_HEIGHT = 28;
const axisTick = { fill: "var(--vg-subtle)", fontSize: 11 };
const BAR = "var(--vg-verdict-fp)";

/** Per reason code of the first verdict: the share of those verdicts later changed to another verdict. */
export function OverturnRateChart({ reasons }: { reasons: readonly ReasonInput[] }) {
  const { rows, ticks } = prepareOverturnBars(reasons);
  const worst = rows.reduce<OverturnBar | undefined>((best, row) => (!best || row.percent > best.percent ? row : best), undefined);
  return (
    <figure className="flex flex-col gap-2" data-testid="overturn-rate-chart">
      <ChartLegend items={[{ label: "verdicts later changed to another verdict", color: BAR }]} />
      <div role="img" aria-label={`Overturned verdicts by reason code${worst ? `; highest: ${worst.label}, ${worst.percent.toFixed(1)} percent` : ""}`}>
        <BarChart
          layout="vertical"
          data={rows}
          responsive
          style={{ width: "100%", height: rows.length * ROW_HEIGHT + AXIS_HEIGHT + 12 }}
          margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
          barCategoryGap={8}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke="var(--vg-border)" />
          <XAxis type="number" domain={[0, ticks[ticks.length - 1]]} ticks={ticks} tickFormatter={(v: number) => `${v}%`} tick={axisTick} stroke="var(--vg-border-strong)" height={AXIS_HEIGHT} />
          <YAxis type="category" dataKey="label" width={160} interval={0} tickLine={false} tick={{ fill: "var(--vg-muted)", fontSize: 12 }} stroke="var(--vg-border-strong)" />
          <Tooltip
            cursor={{ fill: "var(--vg-raised)" }}
            isAnimationActive={false}
            content={(props: TooltipContentProps) => <OverturnTooltip row={props.payload?.[0]?.payload as OverturnBar | undefined} />}
          />
          <Bar dataKey="percent" name="overturned" fill={BAR} fillOpacity={0.85} radius={2} isAnimationActive={false} />
        </BarChart>
      </div>
    </figure>
  );
}

function OverturnTooltip({ row }: { row: OverturnBar | undefined }) {
  if (!row) return null;
  return (
    <ChartTooltipBox title={row.label}>
      <p className="font-mono">{row.percent.toFixed(1)}% overturned</p>
      <p className="text-muted">
        {row.overturned} of {row.labels} verdicts
      </p>
    </ChartTooltipBox>
  );
}
