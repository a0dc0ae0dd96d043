// Time helpers. The simulated company works 07:00–19:00 UTC on weekdays, so "off hours" is a
// property of the timestamp alone and the model can be re-scored from the logged event.

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** "20261024" for the UTC day holding ms (used in event ids and RNG stream names). */
export function dayKey(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10).replaceAll("-", "");
}

export function isWeekend(ms: number): boolean {
  const weekday = new Date(ms).getUTCDay();
  return weekday === 0 || weekday === 6;
}

export function isOffHours(ms: number): boolean {
  const hour = new Date(ms).getUTCHours();
  return isWeekend(ms) || hour < 7 || hour >= 19;
}

/** Relative benign activity per UTC hour: a working day with a lunch dip, a quiet night. */
const WEEKDAY_PROFILE = [0.25, 0.2, 0.2, 0.2, 0.22, 0.3, 0.5, 1.0, 1.7, 1.9, 1.9, 1.8, 1.4, 1.7, 1.9, 1.8, 1.6, 1.3, 0.9, 0.6, 0.5, 0.4, 0.35, 0.3];
const WEEKEND_PROFILE = [0.3, 0.25, 0.25, 0.25, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.65, 0.65, 0.65, 0.65, 0.65, 0.6, 0.6, 0.55, 0.5, 0.5, 0.45, 0.4, 0.35, 0.3];

export function hourProfile(dayStartMs: number): readonly number[] {
  return isWeekend(dayStartMs) ? WEEKEND_PROFILE : WEEKDAY_PROFILE;
}
