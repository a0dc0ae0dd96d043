// The statistics drift events are judged on, from the same roll-up counts as the report: drift
// of trailing 7-day windows and of single days against the reference, and the input check
// behind a performance drop. Pure.
import type { DriftConfig } from "@/lib/stats/drift-decision";
import { type DailyCounts, type FeatureLayout, sumWindow } from "./daily-counts";
import type { DayDrift, InputCheck, WeekPerformance, WindowDrift } from "./drift-episodes";
import { computeFeatureDrift, computeScoreShift } from "./drift-compute";
import { type Reference, referenceFromWindow } from "./reference";
import type { Baseline } from "@/lib/registry/schemas";
import { DAY_MS, WEEK_MS } from "./time-windows";

/** Trailing 7-day windows ending after each day of [firstEnd − 1 day, lastEnd − 1 day]. */
export function trailingWindowDrift(daily: DailyCounts, layout: readonly FeatureLayout[], reference: Reference, config: DriftConfig, firstEnd: number, lastEnd: number): WindowDrift[] {
  const out: WindowDrift[] = [];
  for (let to = firstEnd; to <= lastEnd; to += DAY_MS) {
    const counts = sumWindow(daily, to - WEEK_MS, to);
    out.push({ from: to - WEEK_MS, to, features: computeFeatureDrift(layout, reference, counts, config), score: computeScoreShift(reference, counts, config) });
  }
  return out;
}

/** Each day on its own, to date an episode's onset. */
export function dailyDrift(daily: DailyCounts, layout: readonly FeatureLayout[], reference: Reference, config: DriftConfig): DayDrift[] {
  const out: DayDrift[] = [];
  for (let i = 0; i < daily.days; i++) {
    if (daily.n[i] === 0) continue;
    const day = daily.from + i * DAY_MS;
    out.push({ day, features: computeFeatureDrift(layout, reference, sumWindow(daily, day, day + DAY_MS), config) });
  }
  return out;
}

/**
 * What moved between the last good week and a dropped one (both whole weeks, so weekday mixes
 * match); without a good week, against the reference the version is monitored against.
 */
export function inputCheck(daily: DailyCounts, layout: readonly FeatureLayout[], baseline: Baseline | null, reference: Reference, config: DriftConfig) {
  return (window: WeekPerformance, good: WeekPerformance | null): InputCheck => {
    const against = good ? referenceFromWindow(baseline, layout, sumWindow(daily, good.from, good.to)) : reference;
    const counts = sumWindow(daily, window.from, window.to);
    const features = computeFeatureDrift(layout, against, counts, config).filter((f) => f.drift).map((f) => f.feature);
    return { features, scorePsi: computeScoreShift(against, counts, config).psi, against: good ? "window" : "reference" };
  };
}
