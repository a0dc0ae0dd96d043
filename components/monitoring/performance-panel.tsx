"use client";
// Performance over time against training, calibration over time, and the health of the labels
// behind them. Draws what the server computed; the charts only shape it.
import { CalibrationOverTimeChart, ReliabilityDiagram } from "@/components/charts/calibration-over-time-chart";
import { LabelHealthChart } from "@/components/charts/label-health-chart";
import { MetricOverTimeChart } from "@/components/charts/metric-over-time-chart";
import { windowLabel } from "@/components/charts/prepare-drift";
import { formatPercent, METRIC_LABELS, type MetricKey, prepareCalibrationOverTime, prepareLabelHealth, prepareMetricChart, prepareReliability } from "@/components/charts/prepare-performance";
import { EmptyState } from "@/components/ui/empty-state";
import type { PerformanceReport } from "@/lib/monitoring/schemas";
import { CALIBRATION_HINT, LABELS_HINT, PERFORMANCE_HINT } from "./explanations";
import { MonitoringCard } from "./monitoring-card";

const METRICS: MetricKey[] = ["precision", "recall", "fpr"];
// The full estimator of each metric is in the card's hint; this is the line under the title.
const ESTIMATE_NOTE: Record<MetricKey, string> = { precision: "from verdicts on alerts", recall: "inverse-probability weighted with the audit sample", fpr: "inverse-probability weighted with the audit sample" };

function trainingNote(report: PerformanceReport, metric: MetricKey): string {
  const value = report.training[metric];
  const source = report.training.sources[metric];
  if (value === null) return "no training value registered: nothing to flag against";
  return `training ${formatPercent(100 * value)}${source === "derived" ? " (derived from the registered alert and positive rates)" : source ? ` (${source})` : ""}`;
}

export function PerformancePanel({ report, kind }: { report: PerformanceReport; kind: "day" | "week" }) {
  const labelled = report.windows.reduce((a, w) => a + w.labelledAlerts + w.labelledAudit, 0);
  if (labelled === 0) {
    return (
      <MonitoringCard title="Performance over time" hint={PERFORMANCE_HINT} testId="performance-card">
        <EmptyState
          title="No verdicts in this range"
          description="Precision, recall and calibration need analysts' verdicts on this version's alerts and audit sample. A shadow version raises no alerts of its own: compare it with production on its model page."
        />
      </MonitoringCard>
    );
  }
  const latest = [...report.windows].reverse().find((w) => w.calibration.bins.length > 0);
  return (
    <>
      <MonitoringCard
        title="Performance over time"
        caption={`Per ${kind === "week" ? "ISO week" : "UTC day"} from verdicts, against training; flagged when more than ${Math.round(100 * report.performanceDrop)} % worse.`}
        hint={PERFORMANCE_HINT}
        testId="performance-card"
      >
        <div className="grid gap-6 xl:grid-cols-3">
          {METRICS.map((metric) => {
            const chart = prepareMetricChart(report.windows, metric, kind, report.training[metric], report.performanceDrop);
            return (
              <section key={metric} className="space-y-1" data-testid={`performance-${metric}`} data-flagged={chart.flaggedWindows}>
                <h3 className="text-sm font-medium">{METRIC_LABELS[metric]}</h3>
                <p className="text-xs text-muted">
                  {trainingNote(report, metric)} · <span title={report.estimators[metric]}>{ESTIMATE_NOTE[metric]}</span>
                </p>
                <MetricOverTimeChart chart={chart} label={METRIC_LABELS[metric]} testId={`metric-chart-${metric}`} />
              </section>
            );
          })}
        </div>
      </MonitoringCard>
      <div className="grid gap-4 xl:grid-cols-2">
        <MonitoringCard title="Calibration over time" caption="Expected calibration error and Brier score per window, weighted like the estimates above." hint={CALIBRATION_HINT} testId="calibration-card">
          <div className="grid gap-4 lg:grid-cols-2">
            <CalibrationOverTimeChart points={prepareCalibrationOverTime(report.windows, kind)} />
            <ReliabilityDiagram points={prepareReliability(latest)} title={latest ? `${windowLabel(latest, kind)}: observed vs predicted` : "observed vs predicted"} />
          </div>
        </MonitoringCard>
        <MonitoringCard title="Label coverage and delay" caption="Share of alerts with a verdict, and time from event to first verdict." hint={LABELS_HINT} testId="labels-card">
          <LabelHealthChart points={prepareLabelHealth(report.windows, kind)} />
        </MonitoringCard>
      </div>
    </>
  );
}
