// Turning per-feature drift statistics into a yes/no per feature.
//
// With the sample sizes monitoring sees (tens of thousands a day), a p-value alone flags
// shifts nobody cares about: D = 0.01 is "significant" at n = 100,000. So a feature drifts only
// when the change is both real and large enough to matter:
//   numeric:     PSI >= config.psi
//                AND adjusted KS p-value < config.alpha
//                AND KS statistic D > max(config.ksMinEffect, c(α)·√((n + m)/(n·m)))
//   categorical: PSI >= config.psi AND adjusted chi-square p-value < config.alpha
// c(α) = √(−ln(α/2)/2) is the asymptotic two-sample critical value: the second term is the D
// that noise alone reaches at these sizes (it matters for small windows), the floor is the
// smallest effect worth an alert (it matters for large ones).
// p-values are adjusted across all features tested together (Benjamini–Hochberg by default),
// since testing 23 features at α = 0.01 would otherwise flag one every few days by chance.

import { benjaminiHochberg, holm } from "@/lib/stats/multiple-testing";
import { type PsiBand, psiBand } from "@/lib/stats/psi";

export type FeatureDriftStats = {
  feature: string;
  kind: "numeric" | "categorical";
  /** Reference (baseline) and current window sizes. */
  referenceN: number;
  currentN: number;
  psi: number;
  /** Numeric features: the two-sample KS test. */
  ks?: { statistic: number; pValue: number };
  /** Categorical features: the chi-square test of homogeneity. */
  chiSquare?: { statistic: number; dof: number; pValue: number };
};

export type DriftConfig = {
  /** PSI at or above which a feature may drift (0.1 = the "moderate" band). */
  psi: number;
  /** Smallest KS statistic that counts, whatever the sample size. */
  ksMinEffect: number;
  /** Significance level applied to adjusted p-values. */
  alpha: number;
  correction: "benjamini-hochberg" | "holm" | "none";
};

export const DEFAULT_DRIFT_CONFIG: DriftConfig = { psi: 0.1, ksMinEffect: 0.1, alpha: 0.01, correction: "benjamini-hochberg" };

export type FeatureDriftDecision = {
  feature: string;
  drift: boolean;
  /** One line a lead can read: the verdict and each condition with its numbers. */
  reason: string;
  pValue: number;
  adjustedPValue: number;
  /** The D a numeric feature had to exceed; null for categorical features. */
  ksThreshold: number | null;
  psiBand: PsiBand | null;
};

/** c(α)·√((n + m)/(n·m)): the two-sample KS statistic noise alone exceeds with probability ≈ α. */
export function ksCriticalValue(alpha: number, n: number, m: number): number {
  return Math.sqrt(-Math.log(alpha / 2) / 2) * Math.sqrt((n + m) / (n * m));
}

function testPValue(stats: FeatureDriftStats): number {
  const p = stats.kind === "numeric" ? stats.ks?.pValue : stats.chiSquare?.pValue;
  return p === undefined ? Number.NaN : p;
}

function adjust(pValues: number[], correction: DriftConfig["correction"]): Float64Array {
  if (correction === "benjamini-hochberg") return benjaminiHochberg(pValues);
  if (correction === "holm") return holm(pValues);
  return Float64Array.from(pValues);
}

const format = (value: number) => (Math.abs(value) >= 1e-3 || value === 0 ? value.toFixed(3) : value.toExponential(1));

function decideOne(stats: FeatureDriftStats, p: number, adjusted: number, config: DriftConfig): FeatureDriftDecision {
  const base = { feature: stats.feature, pValue: p, adjustedPValue: adjusted, psiBand: psiBand(stats.psi) };
  const missing =
    !(stats.referenceN > 0) ? "no reference data" : !(stats.currentN > 0) ? "no data in the window" : Number.isNaN(stats.psi) ? "PSI unavailable" : Number.isNaN(p) ? "test unavailable" : null;
  if (missing !== null) return { ...base, drift: false, reason: `insufficient data: ${missing}`, ksThreshold: null };

  const conditions: { ok: boolean; text: string }[] = [];
  const psiOk = stats.psi >= config.psi;
  conditions.push({ ok: psiOk, text: `PSI ${format(stats.psi)} ${psiOk ? ">=" : "<"} ${config.psi}` });
  const label = config.correction === "none" ? "p" : "adjusted p";
  const pOk = adjusted < config.alpha;
  conditions.push({ ok: pOk, text: `${label} ${format(adjusted)} ${pOk ? "<" : ">="} ${config.alpha}` });

  let ksThreshold: number | null = null;
  if (stats.kind === "numeric" && stats.ks) {
    const critical = ksCriticalValue(config.alpha, stats.referenceN, stats.currentN);
    ksThreshold = Math.max(config.ksMinEffect, critical);
    const why = critical > config.ksMinEffect ? `critical value at n=${stats.referenceN}, m=${stats.currentN}` : "minimum effect";
    const dOk = stats.ks.statistic > ksThreshold;
    conditions.push({ ok: dOk, text: `KS D ${format(stats.ks.statistic)} ${dOk ? ">" : "<="} ${format(ksThreshold)} (${why})` });
  }
  const drift = conditions.every((c) => c.ok);
  // On "no drift" lead with what failed: that is the answer to "why not?".
  const ordered = drift ? conditions : [...conditions.filter((c) => !c.ok), ...conditions.filter((c) => c.ok)];
  return { ...base, drift, reason: `${drift ? "drift" : "no drift"}: ${ordered.map((c) => c.text).join("; ")}`, ksThreshold };
}

/**
 * Drift verdicts for features tested together (one window): p-values adjusted across the
 * features, then the rules in the header applied per feature. Output order = input order.
 */
export function decideDrift(features: readonly FeatureDriftStats[], config: DriftConfig = DEFAULT_DRIFT_CONFIG): FeatureDriftDecision[] {
  if (!(config.alpha > 0 && config.alpha < 1)) throw new RangeError(`decideDrift: alpha must be in (0, 1), got ${config.alpha}`);
  const pValues = features.map(testPValue);
  const adjusted = adjust(pValues, config.correction);
  return features.map((stats, i) => decideOne(stats, pValues[i], adjusted[i], config));
}
