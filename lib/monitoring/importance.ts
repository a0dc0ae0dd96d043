// How much the model leans on each feature, to rank drift by what it can do to the scores.
// Roll-ups keep no SHAP values, so mean |SHAP| is not available from them; for a linear model
// |w|·std(input) is its stand-in (mean |SHAP| of a linear model is |w|·E|x − E x|, proportional
// to |w|·std for a given shape of distribution). Pure.
import type { Baseline } from "@/lib/registry/schemas";
import type { FeatureSpecLike } from "./reference";

export type ImportanceMethod = "abs-weight-x-std" | "none";
export type Importance = { method: ImportanceMethod; values: Map<string, number> };

function numberRecord(value: unknown): Record<string, number> | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const out: Record<string, number> = {};
  for (const [key, v] of Object.entries(value)) if (typeof v === "number" && Number.isFinite(v)) out[key] = v;
  return Object.keys(out).length > 0 ? out : null;
}

/**
 * Relative importance per feature (summing to 1 over the features that have one) from the
 * registered hyperparameters' `weights`:
 * - numeric: |w|·std. When the hyperparameters say inputs are standardised (`standardise`), the
 *   weight already multiplies a unit-variance input and std is 1; otherwise the baseline's std.
 * - categorical, one-hot weights named "feature=level": Σ |w_level|·√(p(1−p)), p the level's
 *   baseline frequency (the standard deviation of its indicator).
 */
export function featureImportance(features: readonly FeatureSpecLike[], hyperparameters: unknown, baseline: Baseline | null): Importance {
  const record = hyperparameters && typeof hyperparameters === "object" ? (hyperparameters as Record<string, unknown>) : {};
  const weights = numberRecord(record.weights);
  if (!weights) return { method: "none", values: new Map() };
  const standardised = record.standardise !== undefined && record.standardise !== false && record.standardise !== null;
  const raw = new Map<string, number>();
  for (const feature of features) {
    const reference = baseline?.features[feature.name];
    if (feature.type === "numeric") {
      const w = weights[feature.name];
      if (w === undefined) continue;
      const std = standardised ? 1 : reference?.type === "numeric" ? reference.std : Number.NaN;
      if (Number.isFinite(std)) raw.set(feature.name, Math.abs(w) * std);
      continue;
    }
    const prefix = `${feature.name}=`;
    const frequencies = reference?.type === "categorical" ? reference.frequencies : {};
    let sum = 0;
    let found = false;
    for (const [key, w] of Object.entries(weights)) {
      if (!key.startsWith(prefix)) continue;
      found = true;
      const p = frequencies[key.slice(prefix.length)] ?? 0;
      sum += Math.abs(w) * Math.sqrt(p * (1 - p));
    }
    if (found) raw.set(feature.name, sum);
  }
  let totalImportance = 0;
  for (const v of raw.values()) totalImportance += v;
  if (!(totalImportance > 0)) return { method: "none", values: new Map() };
  const values = new Map<string, number>();
  for (const [name, v] of raw) values.set(name, v / totalImportance);
  return { method: "abs-weight-x-std", values };
}
