// Training and hold-out metrics recorded with a retrained version: ROC-AUC and average
// precision as scikit-learn computes them (lib/stats), log loss, Brier score and the confusion
// at the chosen threshold. A metric a side cannot have (AUC with one class) is left out, never
// written as NaN. Pure.
import { confusionAtThreshold } from "@/lib/stats/confusion";
import { averagePrecision } from "@/lib/stats/precision-recall";
import { rocAuc } from "@/lib/stats/roc";

export type SplitMetrics = Record<string, number>;

export function splitMetrics(scores: ArrayLike<number>, labels: ArrayLike<number>, threshold: number): SplitMetrics {
  const n = scores.length;
  let positives = 0;
  let logLoss = 0;
  let brier = 0;
  for (let i = 0; i < n; i++) {
    const y = labels[i];
    const p = Math.min(1 - 1e-15, Math.max(1e-15, scores[i]));
    positives += y;
    logLoss -= y === 1 ? Math.log(p) : Math.log(1 - p);
    brier += (scores[i] - y) ** 2;
  }
  const out: SplitMetrics = { rows: n, positives };
  if (n === 0) return out;
  out.logLoss = logLoss / n;
  out.brier = brier / n;
  if (positives > 0 && positives < n) {
    out.rocAuc = rocAuc(scores, labels);
    out.averagePrecision = averagePrecision(scores, labels);
  }
  const at = confusionAtThreshold(scores, labels, threshold);
  out.precisionAtThreshold = at.precision;
  out.recallAtThreshold = at.recall;
  out.alertRate = (at.tp + at.fp) / n;
  return out;
}

/** Only finite numbers: what the registry's metrics record accepts. */
export function finiteOnly(record: Record<string, number | undefined>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).filter((entry): entry is [string, number] => typeof entry[1] === "number" && Number.isFinite(entry[1])));
}
