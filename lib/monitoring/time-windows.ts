// Monitoring windows on the roll-ups' UTC-day grid. Client-safe and pure.
// Weeks are ISO weeks (Monday 00:00 UTC): a fixed grid, so the same calendar week is the same
// window whatever range a reader asks for — drift events keyed by window stay idempotent.
// A window clipped by the range is `partial`; it mixes weekdays differently from the baseline,
// so features with a weekly rhythm (off-hours activity) can look drifted in it.

export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;

export type WindowKind = "day" | "week";
export type TimeWindow = { from: number; to: number; partial: boolean };

export function isUtcMidnight(ms: number): boolean {
  return Number.isFinite(ms) && ms % DAY_MS === 0;
}

export function floorDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/** Monday 00:00 UTC of the ISO week holding `ms`. */
export function isoWeekStart(ms: number): number {
  const day = floorDay(ms);
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday = 0
  return day - weekday * DAY_MS;
}

/** "2026-11-03" for the UTC day holding ms. */
export function formatDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The windows of `kind` covering [from, to), both UTC midnights, oldest first. */
export function windowsOf(kind: WindowKind, from: number, to: number): TimeWindow[] {
  if (!isUtcMidnight(from) || !isUtcMidnight(to)) throw new RangeError("windows: from and to must be UTC midnights");
  const out: TimeWindow[] = [];
  if (kind === "day") {
    for (let day = from; day < to; day += DAY_MS) out.push({ from: day, to: day + DAY_MS, partial: false });
    return out;
  }
  for (let start = isoWeekStart(from); start < to; start += WEEK_MS) {
    const clippedFrom = Math.max(start, from);
    const clippedTo = Math.min(start + WEEK_MS, to);
    out.push({ from: clippedFrom, to: clippedTo, partial: clippedTo - clippedFrom < WEEK_MS });
  }
  return out;
}

/** Whole days in a window. */
export function daysIn(window: { from: number; to: number }): number {
  return Math.round((window.to - window.from) / DAY_MS);
}

/**
 * "2026-11-01" or an ISO datetime, to epoch ms; null when it is neither. A bare date is its
 * midnight UTC (the REST contract's rule).
 */
export function parseInstant(value: string): number | null {
  const text = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const ms = Date.parse(`${text}T00:00:00Z`);
    return Number.isFinite(ms) && formatDay(ms) === text ? ms : null;
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/.test(text)) return null;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : null;
}
