// The "training vs live" table: which registered training metric matches which live estimate.
// Pure. Registration is free-form (metrics: Record<string, number>), so each row accepts the
// names pipelines commonly use.

type Interval = { lower: number | null; upper: number | null };

export type LiveEvaluation = {
  rocAuc: number | null;
  averagePrecision: number | null;
  brier: number | null;
  weightedN: number;
  weightedPositives: number;
  estimate: "census" | "weighted" | "alerted-only";
  atThreshold: { precision: number; recall: number; f1: number; tp: number; fp: number };
  intervals: { metrics: Record<"averagePrecision" | "rocAuc" | "precision" | "recall" | "f1", Interval & { estimate: number | null }> };
  /** Share of predictions the threshold flags (null without traffic). */
  alertRate: number | null;
};

export type MetricRow = {
  key: string;
  label: string;
  training: number | null;
  live: number | null;
  interval: Interval | null;
  /** live − training, where both exist. */
  delta: number | null;
  /** Why a live value is missing or needs care. */
  note: string | null;
  /** Larger is better (false for the Brier score). */
  higherIsBetter: boolean;
};

function pick(metrics: Record<string, number> | null, names: string[]): number | null {
  if (!metrics) return null;
  for (const name of names) if (typeof metrics[name] === "number" && Number.isFinite(metrics[name])) return metrics[name];
  return null;
}

export function metricRows(training: Record<string, number> | null, live: LiveEvaluation): MetricRow[] {
  const alertedOnly = live.estimate === "alerted-only";
  const trainingPrecision = pick(training, ["precisionAtThreshold", "precision"]);
  const trainingRecall = pick(training, ["recallAtThreshold", "recall"]);
  const trainingF1 =
    pick(training, ["f1AtThreshold", "f1"]) ??
    (trainingPrecision !== null && trainingRecall !== null && trainingPrecision + trainingRecall > 0 ? (2 * trainingPrecision * trainingRecall) / (trainingPrecision + trainingRecall) : null);
  const biased = alertedOnly ? "alerted events only: not comparable with training" : null;
  const rows: Omit<MetricRow, "delta">[] = [
    { key: "rocAuc", label: "ROC-AUC", training: pick(training, ["rocAuc", "roc_auc", "auc"]), live: live.rocAuc, interval: live.intervals.metrics.rocAuc, note: biased, higherIsBetter: true },
    { key: "averagePrecision", label: "Average precision", training: pick(training, ["averagePrecision", "average_precision", "ap"]), live: live.averagePrecision, interval: live.intervals.metrics.averagePrecision, note: biased, higherIsBetter: true },
    { key: "precision", label: "Precision at threshold", training: trainingPrecision, live: live.atThreshold.tp + live.atThreshold.fp > 0 ? live.atThreshold.precision : null, interval: live.intervals.metrics.precision, note: null, higherIsBetter: true },
    { key: "recall", label: "Recall at threshold", training: trainingRecall, live: alertedOnly ? null : live.atThreshold.recall, interval: alertedOnly ? null : live.intervals.metrics.recall, note: alertedOnly ? "needs an audit sample" : null, higherIsBetter: true },
    { key: "f1", label: "F1 at threshold", training: trainingF1, live: alertedOnly ? null : live.atThreshold.f1, interval: alertedOnly ? null : live.intervals.metrics.f1, note: alertedOnly ? "needs an audit sample" : null, higherIsBetter: true },
    { key: "brier", label: "Brier score", training: pick(training, ["brier", "brierScore"]), live: alertedOnly ? null : live.brier, interval: null, note: alertedOnly ? "needs an audit sample" : null, higherIsBetter: false },
    { key: "alertRate", label: "Alert rate", training: pick(training, ["alertRate"]), live: live.alertRate, interval: null, note: null, higherIsBetter: false },
    {
      key: "positiveRate",
      label: "Attack rate",
      training: pick(training, ["positiveRate", "prevalence"]),
      live: alertedOnly || live.weightedN <= 0 ? null : live.weightedPositives / live.weightedN,
      interval: null,
      note: alertedOnly ? "needs an audit sample" : null,
      higherIsBetter: true,
    },
  ];
  return rows.map((row) => ({ ...row, delta: row.training !== null && row.live !== null ? row.live - row.training : null }));
}

/** "a1b2c3d" from a 40-character commit, whole otherwise. */
export function shortCommit(commit: string | null): string | null {
  if (!commit) return null;
  return /^[0-9a-f]{12,}$/i.test(commit) ? commit.slice(0, 10) : commit;
}

/** "2026-11-03" from an ISO instant: registry dates are read by day, in UTC. */
export function formatDay(iso: string): string {
  return iso.slice(0, 10);
}

/** A per-day rate to a sensible precision: "1,234", "56", "7.5", "0.25". */
export function formatRate(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return "—";
  if (value >= 100) return Math.round(value).toLocaleString("en-US");
  if (value >= 10) return value.toFixed(0);
  if (value >= 1) return value.toFixed(1);
  return value.toFixed(2);
}
