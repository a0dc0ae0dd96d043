// The daily labelling budget's arithmetic: a UTC day, what is left of it, what the meter says.
// Pure and client-safe.

const DAY_MS = 86_400_000;

/** Midnight UTC at the start of `now`'s day: the budget counts verdicts from here. */
export function utcDayStart(now: Date): Date {
  return new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS);
}

/** The next midnight UTC, when the budget renews. */
export function nextUtcMidnight(now: Date): Date {
  return new Date(utcDayStart(now).getTime() + DAY_MS);
}

export function remainingBudget(budget: number, usedToday: number): number {
  return Math.max(0, budget - usedToday);
}

/** How many picks to offer: what the budget leaves, at most one page. */
export const picksToOffer = (remaining: number, limit: number) => Math.max(0, Math.min(remaining, limit));

/** "12 of 40 today" and the bar's fill (0–1; full when spent or when the budget is 0). */
export function budgetMeter(budget: number, usedToday: number): { text: string; fill: number; spent: boolean } {
  const spent = usedToday >= budget;
  return {
    text: `${usedToday.toLocaleString("en-US")} of ${budget.toLocaleString("en-US")} today`,
    fill: budget > 0 ? Math.min(1, usedToday / budget) : 1,
    spent,
  };
}
