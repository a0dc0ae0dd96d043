"use client";

import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { TooltipContentProps } from "recharts";
import { ChartLegend, ChartTooltipBox } from "./chart-legend";
import { prepareFpRate, type DayInput, type FpRatePoint } from "./prepare-team";

const HEIGHT = 200;
const axisTick = { fill: "var(--vg-subtle)", fontSize: 11 };
const LINE = "var(--vg-verdict-fp)";

/** False positives ÷ alerts with a verdict, per UTC day; days without verdicts leave a gap. */
export function FpRateChart({ days, overall }: { days: readonly DayInput[]; overall: number | null }) {
  const { points, overallPercent } = prepareFpRate(days, overall);
  return (
    <figure className="flex flex-col gap-2" data-testid="fp-rate-chart">
      <ChartLegend
        items={[
          { label: "FP rate per day", color: LINE },
          ...(overallPercent === null ? [] : [{ label: `window average ${overallPercent.toFixed(0)}%`, color: "var(--vg-subtle)", dashed: true }]),
        ]}
      />
      <div role="img" aria-label={`False-positive rate per day; window average ${overallPercent === null ? "not available" : `${overallPercent.toFixed(0)} percent`}`}>
        <LineChart data={points} responsive style={{ width: "100%", height: HEIGHT }} margin={{ top: 8, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke="var(--vg-border)" />
          <XAxis dataKey="label" tick={axisTick} stroke="var(--vg-border-strong)" interval="preserveStartEnd" minTickGap={16} tickLine={false} />
          <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(v: number) => `${v}%`} tick={axisTick} stroke="var(--vg-border-strong)" width={44} />
          {overallPercent === null ? null : <ReferenceLine y={overallPercent} stroke="var(--vg-subtle)" strokeDasharray="4 3" />}
          <Tooltip
            cursor={{ stroke: "var(--vg-border-strong)" }}
            isAnimationActive={false}
            content={(props: TooltipContentProps) => <RateTooltip point={props.payload?.[0]?.payload as FpRatePoint | undefined} />}
          />
          <Line dataKey="percent" stroke={LINE} strokeWidth={2} dot={{ r: 2, fill: LINE }} activeDot={{ r: 4 }} connectNulls={false} isAnimationActive={false} />
        </LineChart>
      </div>
    </figure>
  );
}

function RateTooltip({ point }: { point: FpRatePoint | undefined }) {
  if (!point) return null;
  return (
    <ChartTooltipBox title={point.day}>
      <p className="font-mono">{point.percent === null ? "no verdicts yet" : `${point.percent.toFixed(1)}% false positives`}</p>
      <p className="text-muted">of {point.judged} alerts with a verdict</p>
    </ChartTooltipBox>
  );
}
