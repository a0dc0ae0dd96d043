// What a threshold costs and buys, per day: the tuner's read-out. Pure and client-safe.

import type { OperatingPoint } from "./operating-points";

export const DEFAULT_FP_MINUTES = 7.5;

export type TunerReadout = {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
  /** Predictions a day at or above the threshold (null without the score histogram or days). */
  alertsPerDay: number | null;
  /** alertsPerDay × (1 − precision): null where nothing labelled is flagged (precision unknown). */
  falsePositivesPerDay: number | null;
  /** falsePositivesPerDay × minutes per false positive, in hours. */
  analystHoursPerDay: number | null;
};

export function tunerReadout(point: OperatingPoint, days: number, fpMinutes = DEFAULT_FP_MINUTES): TunerReadout {
  const alertsPerDay = point.flagged !== null && days > 0 ? point.flagged / days : null;
  const judged = point.tp + point.fp > 0;
  const falsePositivesPerDay = alertsPerDay !== null && judged ? alertsPerDay * (1 - point.precision) : null;
  return {
    threshold: point.threshold,
    precision: point.precision,
    recall: point.recall,
    f1: point.f1,
    alertsPerDay,
    falsePositivesPerDay,
    analystHoursPerDay: falsePositivesPerDay === null ? null : (falsePositivesPerDay * fpMinutes) / 60,
  };
}

/** The operating point for a threshold: the one with the highest threshold at or below it. */
export function pointAt(points: readonly OperatingPoint[], threshold: number): OperatingPoint | null {
  let found: OperatingPoint | null = null;
  for (const p of points) if (p.threshold <= threshold && (!found || p.threshold > found.threshold)) found = p;
  return found ?? points.reduce<OperatingPoint | null>((a, b) => (!a || b.threshold < a.threshold ? b : a), null);
}

/** Index of the point nearest a threshold, for a slider over the points (ascending). */
export function nearestIndex(points: readonly OperatingPoint[], threshold: number): number {
  let best = 0;
  for (let i = 1; i < points.length; i++) if (Math.abs(points[i].threshold - threshold) < Math.abs(points[best].threshold - threshold)) best = i;
  return best;
}
