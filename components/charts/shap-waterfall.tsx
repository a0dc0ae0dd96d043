"use client";

import { useId } from "react";
import { Bar, BarChart, CartesianGrid, Rectangle, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { BarShapeProps, TooltipContentProps } from "recharts";
import { cn } from "@/components/ui/cn";
import { DEFAULT_MAX_BARS, formatProbability, niceTicks, prepareWaterfall } from "./prepare-waterfall";
import type { FeatureValue, ShapExplanation, WaterfallRow } from "./prepare-waterfall";

export type ShapWaterfallProps = {
  explanation: ShapExplanation;
  features: Record<string, FeatureValue>;
  /** Contribution bars before the tail folds into "N other features" (default 10). */
  maxBars?: number;
  title?: string;
  className?: string;
};

const ROW_HEIGHT = 26;
const AXIS_HEIGHT = 28;
const LABEL_WIDTH = 210;
const LABEL_CHARS = 30;

type ChartRow = WaterfallRow & { range: [number, number] };

const fmt = (x: number) => String(Number(x.toPrecision(4)));
const signed = (x: number) => (x > 0 ? `+${fmt(x)}` : fmt(x));
const truncate = (s: string) => (s.length > LABEL_CHARS ? `${s.slice(0, LABEL_CHARS - 1)}…` : s);

function barFill(row: WaterfallRow): string {
  if (row.kind === "output") return "var(--vg-accent)";
  return row.contribution >= 0 ? "var(--vg-push-up)" : "var(--vg-push-down)";
}

function spaceName(space: ShapExplanation["space"]): string {
  return space === "logit" ? "log-odds" : "probability";
}

/** Horizontal SHAP waterfall: each bar floats from the running total before it to the one after. */
export function ShapWaterfall({
  explanation,
  features,
  maxBars = DEFAULT_MAX_BARS,
  title = "Why the model scored this event",
  className,
}: ShapWaterfallProps) {
  const titleId = useId();
  const wf = prepareWaterfall(explanation, features, maxBars);
  // Recharts draws a floating bar from a [low, high] pair; direction is carried by the colour.
  const data: ChartRow[] = wf.rows.map((r) => ({ ...r, range: [Math.min(r.start, r.end), Math.max(r.start, r.end)] }));
  const ends = wf.rows.flatMap((r) => [r.start, r.end]);
  const lo = Math.min(...ends);
  const hi = Math.max(...ends);
  const ticks = niceTicks(lo, hi);

  return (
    <figure aria-labelledby={titleId} className={cn("flex flex-col gap-2", className)} data-testid="shap-waterfall">
      <figcaption className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <span id={titleId} className="text-sm font-medium text-fg">
          {title}
        </span>
        <span className="flex items-center gap-3 text-xs text-muted">
          <Swatch color="var(--vg-push-up)" label="toward malicious" />
          <Swatch color="var(--vg-push-down)" label="toward benign" />
          <span>
            base {fmt(wf.baseValue)} → {fmt(wf.output)}
            {wf.space === "logit" ? ` (p = ${formatProbability(wf.outputProbability)})` : ""} · {spaceName(wf.space)}
          </span>
        </span>
      </figcaption>

      <div aria-hidden>
        <BarChart
          layout="vertical"
          data={data}
          responsive
          style={{ width: "100%", height: data.length * ROW_HEIGHT + AXIS_HEIGHT + 10 }}
          margin={{ top: 14, right: 16, bottom: 0, left: 0 }}
          barCategoryGap={4}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke="var(--vg-border)" />
          <XAxis
            type="number"
            domain={[ticks[0], ticks[ticks.length - 1]]}
            ticks={ticks}
            interval={0}
            tickFormatter={fmt}
            tick={{ fill: "var(--vg-subtle)", fontSize: 11 }}
            stroke="var(--vg-border-strong)"
            height={AXIS_HEIGHT}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={LABEL_WIDTH}
            interval={0}
            tickLine={false}
            tickFormatter={truncate}
            tick={{ fill: "var(--vg-muted)", fontSize: 11 }}
            stroke="var(--vg-border-strong)"
          />
          <ReferenceLine
            x={wf.baseValue}
            stroke="var(--vg-subtle)"
            strokeDasharray="3 3"
            label={{ value: "base", position: "top", fill: "var(--vg-subtle)", fontSize: 10 }}
          />
          <Tooltip
            cursor={{ fill: "var(--vg-raised)" }}
            isAnimationActive={false}
            content={(props: TooltipContentProps) => <WaterfallTooltip payload={props.payload} space={wf.space} />}
          />
          <Bar dataKey="range" isAnimationActive={false} shape={(props: BarShapeProps) => <WaterfallBar {...props} />} />
        </BarChart>
      </div>

      {/* The drawing is aria-hidden; this table is what screen readers (and exact readers) get. */}
      <table className="sr-only">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Feature</th>
            <th scope="col">Value</th>
            <th scope="col">Contribution ({spaceName(wf.space)})</th>
            <th scope="col">Running total</th>
          </tr>
        </thead>
        <tbody>
          {wf.rows.map((r) => (
            <tr key={r.feature}>
              <th scope="row">{r.feature}</th>
              <td>{r.value}</td>
              <td>{signed(r.contribution)}</td>
              <td>
                {fmt(r.start)} to {fmt(r.end)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

function WaterfallBar(props: BarShapeProps) {
  const row = props.payload as ChartRow;
  // Tiny contributions still get a visible sliver so every listed feature has a bar.
  const width = Math.max(props.width, 2);
  const x = props.width < 2 ? props.x - (2 - props.width) / 2 : props.x;
  return (
    <Rectangle
      x={x}
      y={props.y}
      width={width}
      height={props.height}
      radius={2}
      fill={barFill(row)}
      fillOpacity={row.kind === "other" ? 0.55 : 0.9}
    />
  );
}

function WaterfallTooltip({ payload, space }: { payload: TooltipContentProps["payload"]; space: ShapExplanation["space"] }) {
  const row = payload?.[0]?.payload as ChartRow | undefined;
  if (!row) return null;
  return (
    <div className="rounded-md border border-border bg-panel px-3 py-2 text-xs text-fg shadow-lg shadow-black/20">
      <p className="font-medium">{row.feature}</p>
      {row.value && row.kind === "feature" ? <p className="text-muted">value: {row.value}</p> : null}
      {row.kind === "other" ? <p className="text-muted">{row.count} features with smaller effects, combined</p> : null}
      <p className="mt-1 font-mono">
        {row.kind === "output" ? "net effect" : "contribution"} {signed(row.contribution)} {spaceName(space)}
      </p>
      <p className="font-mono text-muted">
        {fmt(row.start)} → {fmt(row.end)}
      </p>
    </div>
  );
}

function Swatch({ color, label }: { color: string; label: string }) {
  return (
    <span className="inline-flex items-center gap-1">
      <span aria-hidden className="size-2 rounded-sm" style={{ backgroundColor: color }} />
      {label}
    </span>
  );
}
