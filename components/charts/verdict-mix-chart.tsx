"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import type { TooltipContentProps } from "recharts";
import { ChartLegend, ChartTooltipBox } from "./chart-legend";
import { MIX_SERIES, prepareVerdictMix, type DayInput, type MixRow } from "./prepare-team";

const HEIGHT = 240;
const axisTick = { fill: "var(--vg-subtle)", fontSize: 11 };

/** Alerts per UTC day, each bar stacked by the alerts' latest verdict. */
export function VerdictMixChart({ days }: { days: readonly DayInput[] }) {
  const { rows, ticks } = prepareVerdictMix(days);
  const total = rows.reduce((sum, r) => sum + r.total, 0);
  return (
    <figure className="flex flex-col gap-2" data-testid="verdict-mix-chart">
      <ChartLegend items={MIX_SERIES} />
      <div role="img" aria-label={`Alerts per day by verdict: ${total} alerts over ${rows.length} days`}>
        <BarChart
          data={rows}
          responsive
          style={{ width: "100%", height: HEIGHT }}
          margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
          barCategoryGap="18%"
          accessibilityLayer={false}
        >
          <CartesianGrid vertical={false} stroke="var(--vg-border)" />
          <XAxis dataKey="label" tick={axisTick} stroke="var(--vg-border-strong)" interval="preserveStartEnd" minTickGap={16} tickLine={false} />
          <YAxis domain={[0, ticks[ticks.length - 1]]} ticks={ticks} allowDecimals={false} tick={axisTick} stroke="var(--vg-border-strong)" width={40} />
          <Tooltip
            cursor={{ fill: "var(--vg-raised)" }}
            isAnimationActive={false}
            content={(props: TooltipContentProps) => <MixTooltip row={props.payload?.[0]?.payload as MixRow | undefined} />}
          />
          {MIX_SERIES.map((series) => (
            <Bar key={series.key} dataKey={series.key} name={series.label} stackId="mix" fill={series.color} isAnimationActive={false} />
          ))}
        </BarChart>
      </div>
    </figure>
  );
}

function MixTooltip({ row }: { row: MixRow | undefined }) {
  if (!row) return null;
  return (
    <ChartTooltipBox title={`${row.day} · ${row.total} alerts`}>
      <ul className="space-y-0.5">
        {[...MIX_SERIES].reverse().map((series) => (
          <li key={series.key} className="flex items-center justify-between gap-4">
            <span className="inline-flex items-center gap-1 text-muted">
              <span aria-hidden className="size-2 rounded-sm" style={{ backgroundColor: series.color }} />
              {series.label}
            </span>
            <span className="font-mono">{row[series.key]}</span>
          </li>
        ))}
      </ul>
    </ChartTooltipBox>
  );
}
