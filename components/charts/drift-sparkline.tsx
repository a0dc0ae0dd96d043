"use client";

import { Line, LineChart, YAxis } from "recharts";
import { type SparkPoint, sparkValue } from "./prepare-drift";

const WIDTH = 120;
const HEIGHT = 28;

/**
 * PSI over the windows of the range on a compressed scale (0.01 and 5 both visible); windows
 * where the feature drifted are red dots, gaps are windows without data.
 */
export function DriftSparkline({ points, feature }: { points: readonly SparkPoint[]; feature: string }) {
  const data = points.map((p) => ({ ...p, y: sparkValue(p.psi) }));
  const drifted = points.filter((p) => p.drift).length;
  return (
    <div role="img" aria-label={`${feature}: PSI over ${points.length} windows, drift in ${drifted}`} data-testid={`drift-sparkline-${feature}`}>
      <LineChart width={WIDTH} height={HEIGHT} data={data} margin={{ top: 3, right: 3, bottom: 3, left: 3 }} accessibilityLayer={false}>
        <YAxis hide domain={[0, sparkValue(5)!]} allowDataOverflow />
        <Line
          dataKey="y"
          stroke="var(--vg-subtle)"
          strokeWidth={1.25}
          isAnimationActive={false}
          connectNulls={false}
          dot={(props: { cx?: number; cy?: number; index?: number }) => {
            const point = data[props.index ?? 0];
            if (!point?.drift || props.cx === undefined || props.cy === undefined) return <g key={props.index} />;
            return <circle key={props.index} cx={props.cx} cy={props.cy} r={2.25} fill="var(--vg-danger)" />;
          }}
        />
      </LineChart>
    </div>
  );
}
