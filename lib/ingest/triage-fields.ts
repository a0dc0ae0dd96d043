// What an alert carries for triage, derived from its prediction: severity, priority, SLA due
// time and the top reasons. Pure, so the queue never has to join or recompute.
import type { Explanation } from "./schemas";

export const SEVERITIES = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SEVERITY_WEIGHT: Record<Severity, number> = { LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 };

/**
 * Severity from how far above the threshold the score sits, as a share of the room left
 * above it: the top quarter is CRITICAL, then HIGH, MEDIUM, LOW.
 */
export function severityOf(score: number, threshold: number): Severity {
  const room = 1 - threshold;
  const margin = room > 0 ? (score - threshold) / room : 1;
  if (margin >= 0.75) return "CRITICAL";
  if (margin >= 0.5) return "HIGH";
  if (margin >= 0.25) return "MEDIUM";
  return "LOW";
}

export const priorityOf = (severity: Severity, score: number) => SEVERITY_WEIGHT[severity] * score;

export function slaDueAt(time: Date, severity: Severity, slaMinutes: Record<string, number>): Date {
  const minutes = slaMinutes[severity] ?? 24 * 60;
  return new Date(time.getTime() + minutes * 60_000);
}

export type Reason = { feature: string; value: number | string | boolean | null; contribution: number };

/** The features that pushed the score up the most (at most `count`). */
export function topReasons(
  explanation: Explanation | undefined,
  features: Record<string, number | string | boolean | null>,
  count = 3,
): Reason[] {
  if (!explanation) return [];
  return Object.entries(explanation.values)
    .filter(([, contribution]) => contribution > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([feature, contribution]) => ({ feature, value: features[feature] ?? null, contribution }));
}
