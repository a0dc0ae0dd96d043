// What the built-in trainer can retrain: the demo's model family, logistic regression on the
// demo's featurisation. A version with other inputs is retrained by its own pipeline and
// registered through the API. Pure.
import { FEATURES } from "@/lib/simulate/features";

type FeatureLike = { name?: unknown; type?: unknown };

/** Why a version with these features is not of the built-in family, or null when it is. */
export function familyMismatch(features: unknown): string | null {
  const list = Array.isArray(features) ? (features as FeatureLike[]) : [];
  const own = new Map(list.map((f) => [String(f.name), String(f.type)]));
  const missing = FEATURES.filter((f) => own.get(f.name) !== f.type).map((f) => f.name);
  const extra = [...own.keys()].filter((name) => !FEATURES.some((f) => f.name === name));
  if (missing.length === 0 && extra.length === 0) return null;
  const parts = [
    missing.length ? `lacks ${missing.slice(0, 3).join(", ")}${missing.length > 3 ? ` and ${missing.length - 3} more` : ""}` : "",
    extra.length ? `has ${extra.slice(0, 3).join(", ")}${extra.length > 3 ? ` and ${extra.length - 3} more` : ""} besides` : "",
  ].filter(Boolean);
  return `the built-in trainer fits the demo's logistic model on its ${FEATURES.length} features; this version ${parts.join(" and ")}`;
}

/** The base version's L2 penalty, kept for the challenger; 1 (the demo champion's) when it names none. */
export function inheritedL2(hyperparameters: unknown): number {
  const l2 = (hyperparameters as { l2?: unknown } | null)?.l2;
  return typeof l2 === "number" && Number.isFinite(l2) && l2 >= 0 ? l2 : 1;
}
