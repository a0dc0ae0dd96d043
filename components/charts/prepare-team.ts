// Shapes the team report for its charts and tables. Pure: no React, no Recharts, unit-tested.

export type VerdictKey = "TRUE_POSITIVE" | "FALSE_POSITIVE" | "BENIGN_POSITIVE" | "UNDETERMINED";

/** Structurally a day of lib/team/schemas.ts's TeamReport, restated so charts stay dependency-free. */
export type DayInput = {
  day: string;
  alerts: number;
  verdicts: Record<VerdictKey, number>;
  pending: number;
  fpRate: number | null;
};

export type AnalystInput = { id: string; name: string; resolvedPerDay: number; openAssigned: number; utilisation: number };

export type MixKey = VerdictKey | "pending";
export type MixSeries = { key: MixKey; label: string; color: string };

/**
 * Bottom to top. False positives sit on the baseline so their height compares day to day
 * without mental subtraction; alerts still waiting for a verdict cap the stack.
 */
export const MIX_SERIES: readonly MixSeries[] = [
  { key: "FALSE_POSITIVE", label: "False positive", color: "var(--vg-verdict-fp)" },
  { key: "BENIGN_POSITIVE", label: "Benign positive", color: "var(--vg-verdict-bp)" },
  { key: "UNDETERMINED", label: "Undetermined", color: "var(--vg-verdict-und)" },
  { key: "TRUE_POSITIVE", label: "True positive", color: "var(--vg-verdict-tp)" },
  { key: "pending", label: "No verdict yet", color: "var(--vg-border-strong)" },
];

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2026-11-03" → "Nov 3": read as the UTC day it names, whatever the browser's time zone. */
export function formatDayLabel(day: string): string {
  const [, month, date] = day.split("-").map(Number);
  return `${MONTHS[month - 1]} ${date}`;
}

/** Whole-number axis ticks from 0 in steps of 1, 2 or 5 × 10^k, about `count` of them, reaching `max`. */
export function countTicks(max: number, count = 5): number[] {
  const top = Math.max(1, max);
  const raw = top / Math.max(1, count - 1);
  const mag = 10 ** Math.max(0, Math.floor(Math.log10(raw)));
  const step = ([1, 2, 5, 10].find((m) => m * mag >= raw) ?? 10) * mag;
  return Array.from({ length: Math.ceil(top / step) + 1 }, (_, i) => i * step);
}

export type MixRow = { day: string; label: string; total: number } & Record<MixKey, number>;

export function prepareVerdictMix(days: readonly DayInput[]): { rows: MixRow[]; ticks: number[] } {
  const rows = days.map((d) => ({ day: d.day, label: formatDayLabel(d.day), total: d.alerts, ...d.verdicts, pending: d.pending }));
  return { rows, ticks: countTicks(Math.max(0, ...rows.map((r) => r.total))) };
}

export type FpRatePoint = { day: string; label: string; percent: number | null; judged: number };

/** Rates as percentages on a fixed 0–100 axis, so a calm week never looks like a spike. */
export function prepareFpRate(days: readonly DayInput[], overall: number | null): { points: FpRatePoint[]; overallPercent: number | null } {
  const points = days.map((d) => ({
    day: d.day,
    label: formatDayLabel(d.day),
    percent: d.fpRate === null ? null : d.fpRate * 100,
    judged: d.verdicts.TRUE_POSITIVE + d.verdicts.FALSE_POSITIVE + d.verdicts.BENIGN_POSITIVE + d.verdicts.UNDETERMINED,
  }));
  return { points, overallPercent: overall === null ? null : overall * 100 };
}

export type LoadRow = AnalystInput & { label: string; overCapacity: boolean };

const LABEL_CHARS = 22;

/** One row per analyst, in the order given; the axis always reaches past the capacity line so it shows. */
export function prepareAnalystLoad(analysts: readonly AnalystInput[], capacity: number): { rows: LoadRow[]; ticks: number[] } {
  const rows = analysts.map((a) => ({
    ...a,
    label: a.name.length > LABEL_CHARS ? `${a.name.slice(0, LABEL_CHARS - 1)}…` : a.name,
    overCapacity: a.resolvedPerDay > capacity,
  }));
  const max = Math.max(capacity, ...rows.flatMap((r) => [r.resolvedPerDay, r.openAssigned]));
  return { rows, ticks: countTicks(max) };
}

export function formatPercent(rate: number | null, digits = 0): string {
  return rate === null ? "—" : `${(rate * 100).toFixed(digits)}%`;
}

/** Hours to a tenth below 100, whole above: "7.5 h", "1,234 h". */
export function formatHours(hours: number): string {
  return hours < 100 ? `${Number(hours.toFixed(1))} h` : `${Math.round(hours).toLocaleString("en-US")} h`;
}

/** A per-day average: one decimal below 10, whole above. */
export function formatPerDay(value: number): string {
  return value < 10 ? String(Number(value.toFixed(1))) : Math.round(value).toLocaleString("en-US");
}
