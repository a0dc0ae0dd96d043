"use client";
// Reliability diagram: in each score bin, the share that were attacks against the mean score.
import { CartesianGrid, ComposedChart, Line, ReferenceLine, Scatter, Tooltip, XAxis, YAxis, ZAxis } from "recharts";
import type { TooltipContentProps } from "recharts";
import { ChartLegend, ChartTooltipBox } from "./chart-legend";
import { EstimateTag } from "./estimate-tag";
import { formatCount, prepareReliability, type Estimate, type ReliabilityPoint } from "./prepare-evaluation";

const HEIGHT = 260;
const axisTick = { fill: "var(--vg-subtle)", fontSize: 11 };
const DOT = "var(--vg-accent)";

export function ReliabilityChart({
  calibration,
  estimate,
  ece,
}: {
  calibration: { meanPredicted: number[]; fractionPositive: number[]; count: number[]; weight: number[] } | null;
  estimate: Estimate;
  ece: number | null;
}) {
  const { points, reach } = prepareReliability(calibration);
  const ticks = [0, reach / 4, reach / 2, (3 * reach) / 4, reach];
  const weighted = estimate === "weighted";
  return (
    <figure className="flex flex-col gap-2" data-testid="reliability-chart">
      <EstimateTag as="figcaption" estimate={estimate} testId="reliability-chart-estimate" />
      <ChartLegend
        items={[
          { label: "observed share of attacks per score bin", color: DOT },
          { label: "perfectly calibrated", color: "var(--vg-subtle)", dashed: true },
        ]}
      />
      <div role="img" aria-label={`Reliability diagram over ${points.length} score bins; expected calibration error ${ece === null ? "not defined" : ece.toFixed(3)}`}>
        <ComposedChart responsive style={{ width: "100%", height: HEIGHT }} margin={{ top: 8, right: 12, bottom: 16, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--vg-border)" />
          <XAxis type="number" dataKey="predicted" domain={[0, reach]} ticks={ticks} tickFormatter={(v: number) => v.toFixed(reach < 0.2 ? 3 : 2)} tick={axisTick} stroke="var(--vg-border-strong)" label={{ value: "mean score in bin", position: "insideBottom", offset: -10, fill: "var(--vg-muted)", fontSize: 11 }} />
          <YAxis type="number" dataKey="observed" domain={[0, reach]} ticks={ticks} tickFormatter={(v: number) => v.toFixed(reach < 0.2 ? 3 : 2)} tick={axisTick} stroke="var(--vg-border-strong)" width={48} allowDataOverflow />
          <ZAxis type="number" dataKey="count" range={[30, 220]} />
          <ReferenceLine segment={[{ x: 0, y: 0 }, { x: reach, y: reach }]} stroke="var(--vg-subtle)" strokeDasharray="4 3" />
          <Line data={points} dataKey="observed" type="linear" stroke={DOT} strokeWidth={1.5} dot={false} isAnimationActive={false} />
          <Scatter data={points} dataKey="observed" fill={DOT} isAnimationActive={false} />
          <Tooltip isAnimationActive={false} content={(props: TooltipContentProps) => <BinTooltip point={props.payload?.[0]?.payload as ReliabilityPoint | undefined} weighted={weighted} />} />
        </ComposedChart>
      </div>
    </figure>
  );
}

function BinTooltip({ point, weighted }: { point: ReliabilityPoint | undefined; weighted: boolean }) {
  if (!point) return null;
  return (
    <ChartTooltipBox title={`mean score ${point.predicted.toFixed(3)}`}>
      <p className="font-mono">{(point.observed * 100).toFixed(1)}% attacks</p>
      <p className="text-muted">
        {point.count} labelled events{weighted ? ` standing for ${formatCount(point.weight, true)}` : ""}
      </p>
    </ChartTooltipBox>
  );
}
