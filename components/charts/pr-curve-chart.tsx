"use client";
import { CurveChart } from "./curve-chart";
import { preparePrChart, type Estimate } from "./prepare-evaluation";

type Band = { recall: number[]; estimate: (number | null)[]; lower: (number | null)[]; upper: (number | null)[] };

/** Precision against recall as the threshold falls, with the bootstrap band and today's threshold. */
export function PrCurveChart(props: {
  pr: { precision: number[]; recall: number[] };
  band: Band;
  current: { precision: number; recall: number } | null;
  estimate: Estimate;
  averagePrecision: number | null;
  prevalence: number | null;
  level: number;
}) {
  const data = preparePrChart(props.pr, props.band, props.current);
  return (
    <CurveChart
      data={data}
      estimate={props.estimate}
      xLabel="recall"
      yLabel="precision"
      testId="pr-chart"
      level={props.level}
      chance={props.prevalence === null ? undefined : { kind: "horizontal", y: props.prevalence }}
      ariaLabel={`Precision–recall curve, average precision ${props.averagePrecision === null ? "not defined" : props.averagePrecision.toFixed(3)}`}
    />
  );
}
