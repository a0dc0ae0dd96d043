// The detector: logistic regression on a fixed preprocessing (log1p for heavy-tailed counts,
// standardisation with the training mean/std, clipping at ±4 sd so one corrupt reading cannot
// dominate a score, one-hot categoricals). Being linear in the design columns, its SHAP values
// (interventional, features independent) are exact and cheap:
//   φ_i = Σ_{j ∈ columns(i)} w_j·(z_j − E[z_j]),  baseValue = b + Σ_j w_j·E[z_j],
// with E over the training design matrix, so baseValue + Σ_i φ_i = b + w·z = logit(score).
import { FEATURES, type FeatureValues } from "@/lib/simulate/features";
import { fitLogistic, type LogisticFit, sigmoid } from "@/lib/stats/logistic";

const CLIP = 4;

type Column = { feature: number; level?: string; log: boolean };

export type LinearModel = {
  columns: Column[];
  center: Float64Array;
  scale: Float64Array;
  weights: Float64Array;
  intercept: number;
  /** E[z_j] over the training design */
  expected: Float64Array;
  baseValue: number;
  fit: LogisticFit;
};

export type Scored = { logit: number; score: number; values: Record<string, number> };

/** The design columns, in order: one per numeric feature, one per level of a categorical one. */
export function buildColumns(): Column[] {
  const columns: Column[] = [];
  FEATURES.forEach((feature, index) => {
    if (feature.type === "numeric") columns.push({ feature: index, log: feature.transform === "log1p" });
    else for (const level of feature.levels) columns.push({ feature: index, level, log: false });
  });
  return columns;
}

/** Unscaled design row: transformed numerics and 0/1 indicators (an unknown level sets none). */
function transformRow(row: FeatureValues, out: Float64Array, offset: number): void {
  let j = offset;
  for (const feature of FEATURES) {
    const value = row[feature.name];
    if (feature.type === "categorical") {
      for (const level of feature.levels) out[j++] = value === level ? 1 : 0;
    } else {
      const x = typeof value === "number" && Number.isFinite(value) ? value : 0;
      out[j++] = feature.transform === "log1p" ? Math.log1p(Math.max(0, x)) : x;
    }
  }
}

/** Standardises and clips the numeric columns of a transformed row in place. */
function scaleRow(model: Pick<LinearModel, "columns" | "center" | "scale">, out: Float64Array, offset: number): void {
  for (let j = 0; j < model.columns.length; j++) {
    if (model.columns[j].level !== undefined) continue;
    out[offset + j] = Math.min(CLIP, Math.max(-CLIP, (out[offset + j] - model.center[j]) / model.scale[j]));
  }
}

export function trainModel(rows: FeatureValues[], labels: ArrayLike<number>, l2: number): LinearModel {
  const columns = buildColumns();
  const d = columns.length;
  const n = rows.length;
  const x = new Float64Array(n * d);
  rows.forEach((row, i) => transformRow(row, x, i * d));
  const center = new Float64Array(d);
  const scale = new Float64Array(d).fill(1);
  for (let j = 0; j < d; j++) {
    if (columns[j].level !== undefined) continue;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += x[i * d + j];
    center[j] = sum / n;
    let squares = 0;
    for (let i = 0; i < n; i++) squares += (x[i * d + j] - center[j]) ** 2;
    scale[j] = Math.sqrt(squares / n) || 1;
  }
  for (let i = 0; i < n; i++) scaleRow({ columns, center, scale }, x, i * d);
  const expected = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) expected[j] += x[i * d + j];
  for (let j = 0; j < d; j++) expected[j] /= n;

  const fit = fitLogistic(x, labels, d, { l2, tolerance: 1e-8, maxIterations: 100 });
  let baseValue = fit.intercept;
  for (let j = 0; j < d; j++) baseValue += fit.weights[j] * expected[j];
  return { columns, center, scale, weights: fit.weights, intercept: fit.intercept, expected, baseValue, fit };
}

/** What scoring needs: a fitted model, or one loaded back from its artifact (no fit diagnostics). */
export type ScoringModel = Omit<LinearModel, "fit">;

export function scoreEvent(model: ScoringModel, row: FeatureValues): Scored {
  const d = model.columns.length;
  const z = new Float64Array(d);
  transformRow(row, z, 0);
  scaleRow(model, z, 0);
  const phi = new Float64Array(FEATURES.length);
  let eta = model.intercept;
  for (let j = 0; j < d; j++) {
    eta += model.weights[j] * z[j];
    phi[model.columns[j].feature] += model.weights[j] * (z[j] - model.expected[j]);
  }
  const values: Record<string, number> = {};
  FEATURES.forEach((feature, i) => (values[feature.name] = phi[i]));
  return { logit: eta, score: sigmoid(eta), values };
}

/** Largest logit the model can produce (every design column at its most alarming clipped value). */
export function maxLogit(model: Pick<LinearModel, "columns" | "weights" | "intercept">): number {
  let eta = model.intercept;
  const categorical = new Map<number, number>();
  model.columns.forEach((column, j) => {
    const w = model.weights[j];
    if (column.level === undefined) eta += Math.abs(w) * CLIP;
    else categorical.set(column.feature, Math.max(categorical.get(column.feature) ?? 0, w));
  });
  for (const best of categorical.values()) eta += best;
  return eta;
}

/** Weight per design column, named like "bytes_out" or "protocol=udp" (for the registry). */
export function namedWeights(model: Pick<LinearModel, "columns" | "weights">): Record<string, number> {
  const out: Record<string, number> = {};
  model.columns.forEach((column, j) => {
    const name = FEATURES[column.feature].name;
    out[column.level === undefined ? name : `${name}=${column.level}`] = model.weights[j];
  });
  return out;
}
