"use client";
import { CurveChart } from "./curve-chart";
import { prepareRocChart, type Estimate } from "./prepare-evaluation";

type Band = { fpr: number[]; estimate: (number | null)[]; lower: (number | null)[]; upper: (number | null)[] };

/** True-positive rate against false-positive rate, with the bootstrap band and today's threshold. */
export function RocCurveChart(props: {
  roc: { fpr: (number | null)[]; tpr: (number | null)[] };
  band: Band;
  current: { fpr: number; recall: number } | null;
  estimate: Estimate;
  rocAuc: number | null;
  level: number;
}) {
  const data = prepareRocChart(props.roc, props.band, props.current);
  return (
    <CurveChart
      data={data}
      estimate={props.estimate}
      xLabel="false-positive rate"
      yLabel="true-positive rate"
      testId="roc-chart"
      level={props.level}
      chance={{ kind: "diagonal" }}
      ariaLabel={`ROC curve, area ${props.rocAuc === null ? "not defined" : props.rocAuc.toFixed(3)}`}
    />
  );
}
