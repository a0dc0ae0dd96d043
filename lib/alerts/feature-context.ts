// Each feature of an alerted prediction beside its contribution and how unusual its value is
// against the model's baseline. Pure.
import type { Explanation } from "@/lib/ingest/schemas";
import type { Baseline } from "@/lib/registry/schemas";
import { percentileRank } from "@/lib/stats/quantiles";

export type FeatureContext = {
  feature: string;
  value: number | string | boolean | null;
  contribution: number | null;
  /** numeric: percentile of the value in the baseline (0–100); categorical: the category's baseline share in % */
  percentile: number | null;
  frequency: number | null;
};

export function featureContext(
  features: Record<string, number | string | boolean | null>,
  explanation: Explanation | null,
  baseline: Baseline | null,
): FeatureContext[] {
  return Object.entries(features)
    .map(([feature, value]) => {
      const reference = baseline?.features[feature];
      const percentile =
        reference?.type === "numeric" && reference.percentiles && typeof value === "number"
          ? percentileRank(reference.percentiles, value)
          : null;
      const frequency = reference?.type === "categorical" && value !== null ? (reference.frequencies[String(value)] ?? 0) * 100 : null;
      return { feature, value, contribution: explanation?.values[feature] ?? null, percentile, frequency };
    })
    .sort((a, b) => Math.abs(b.contribution ?? 0) - Math.abs(a.contribution ?? 0));
}
