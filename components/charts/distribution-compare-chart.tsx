"use client";

import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from "recharts";
import type { TooltipContentProps } from "recharts";
import { ChartLegend, ChartTooltipBox } from "./chart-legend";
import { type DistributionBar, type DistributionInput, prepareDistribution } from "./prepare-drift";

const HEIGHT = 220;
const axisTick = { fill: "var(--vg-subtle)", fontSize: 11 };
const REFERENCE = "var(--vg-border-strong)";
const CURRENT = "var(--vg-accent)";
const MOVED = "var(--vg-danger)";

/**
 * Reference and current proportions per bin, side by side. Bins that carry most of the PSI are
 * drawn in the alarm colour, so the eye goes where the distribution moved.
 */
export function DistributionCompareChart({ distribution, referenceLabel, currentLabel, testId }: { distribution: DistributionInput; referenceLabel: string; currentLabel: string; testId?: string }) {
  const { bars, max } = prepareDistribution(distribution);
  return (
    <figure className="flex flex-col gap-2" data-testid={testId}>
      <ChartLegend
        items={[
          { label: referenceLabel, color: REFERENCE },
          { label: currentLabel, color: CURRENT },
          { label: "bins that moved most", color: MOVED },
        ]}
      />
      <div role="img" aria-label={`${referenceLabel} against ${currentLabel} over ${bars.length} bins; ${bars.filter((b) => b.moved).length} moved markedly`}>
        <BarChart data={bars} responsive style={{ width: "100%", height: HEIGHT }} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} barCategoryGap="20%" accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke="var(--vg-border)" />
          <XAxis dataKey="label" tick={axisTick} stroke="var(--vg-border-strong)" interval="preserveStartEnd" minTickGap={8} tickLine={false} />
          <YAxis domain={[0, max]} tickFormatter={(v: number) => `${v}%`} tick={axisTick} stroke="var(--vg-border-strong)" width={44} />
          <Tooltip cursor={{ fill: "var(--vg-raised)" }} isAnimationActive={false} content={(props: TooltipContentProps) => <BinTooltip bar={props.payload?.[0]?.payload as DistributionBar | undefined} referenceLabel={referenceLabel} currentLabel={currentLabel} />} />
          <Bar dataKey="reference" fill={REFERENCE} isAnimationActive={false} />
          <Bar dataKey="current" isAnimationActive={false}>
            {bars.map((bar) => (
              <Cell key={bar.label} fill={bar.moved ? MOVED : CURRENT} />
            ))}
          </Bar>
        </BarChart>
      </div>
    </figure>
  );
}

function BinTooltip({ bar, referenceLabel, currentLabel }: { bar: DistributionBar | undefined; referenceLabel: string; currentLabel: string }) {
  if (!bar) return null;
  return (
    <ChartTooltipBox title={bar.label}>
      <p>
        {referenceLabel}: <span className="font-mono">{bar.reference.toFixed(1)}%</span>
      </p>
      <p>
        {currentLabel}: <span className="font-mono">{bar.current.toFixed(1)}%</span>
      </p>
      <p className="text-muted">
        adds <span className="font-mono">{bar.contribution.toFixed(3)}</span> to the PSI
      </p>
    </ChartTooltipBox>
  );
}
