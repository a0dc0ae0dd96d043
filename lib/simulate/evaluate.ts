// Training-time metrics recorded with a model version. Kept local to the simulator (the product's
// evaluation lives in lib/stats and is checked against scikit-learn); definitions are the same:
// ROC-AUC with tied scores counted half, average precision as the step-wise sum Σ (Rₖ − Rₖ₋₁)·Pₖ.

/** Mann–Whitney form of the ROC-AUC; ties between a positive and a negative count 1/2. */
export function rocAuc(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const order = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && scores[order[j + 1]] === scores[order[i]]) j++;
    const averageRank = (i + j + 2) / 2; // 1-based ranks i+1 … j+1
    for (let k = i; k <= j; k++) {
      if (labels[order[k]] === 1) {
        positives++;
        rankSum += averageRank;
      }
    }
    i = j + 1;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export function averagePrecision(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const order = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[b] - scores[a]);
  let total = 0;
  for (let i = 0; i < labels.length; i++) total += labels[i] === 1 ? 1 : 0;
  if (total === 0) return Number.NaN;
  let tp = 0;
  let fp = 0;
  let previousRecall = 0;
  let ap = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    for (; j < order.length && scores[order[j]] === scores[order[i]]; j++) {
      if (labels[order[j]] === 1) tp++;
      else fp++;
    }
    const recall = tp / total;
    ap += (recall - previousRecall) * (tp / (tp + fp));
    previousRecall = recall;
    i = j;
  }
  return ap;
}

export type TrainingMetrics = Record<string, number>;

/** Metrics of scores against truth at a threshold: what the registry shows for a version. */
export function trainingMetrics(scores: ArrayLike<number>, labels: ArrayLike<number>, threshold: number): TrainingMetrics {
  let logLoss = 0;
  let brier = 0;
  let tp = 0;
  let fp = 0;
  let positives = 0;
  for (let i = 0; i < scores.length; i++) {
    const p = Math.min(1 - 1e-15, Math.max(1e-15, scores[i]));
    const y = labels[i];
    logLoss -= y === 1 ? Math.log(p) : Math.log(1 - p);
    brier += (scores[i] - y) ** 2;
    positives += y;
    if (scores[i] >= threshold) {
      if (y === 1) tp++;
      else fp++;
    }
  }
  const n = scores.length;
  return {
    rocAuc: rocAuc(scores, labels),
    averagePrecision: averagePrecision(scores, labels),
    logLoss: logLoss / n,
    brier: brier / n,
    trainingRows: n,
    positiveRate: positives / n,
    alertRate: (tp + fp) / n,
    precisionAtThreshold: tp + fp > 0 ? tp / (tp + fp) : 0,
    recallAtThreshold: positives > 0 ? tp / positives : 0,
  };
}
