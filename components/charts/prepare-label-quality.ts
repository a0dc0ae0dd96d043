// Shapes the label-quality report for its chart and tables. Pure: no React, no Recharts, unit-tested.
import { FALSE_POSITIVE_REASONS } from "@/lib/alerts/schemas";
import { countTicks } from "./prepare-team";

/** Structurally a row of lib/label-quality's ReasonQuality, restated so charts stay dependency-free. */
export type ReasonInput = { reasonCode: string | null; labels: number; overturned: number; overturnRate: number | null };

/** The reason as people read it; verdicts without one are true positives, benign or undetermined. */
export function reasonLabel(code: string | null): string {
  if (code === null) return "No reason given";
  return (FALSE_POSITIVE_REASONS as Record<string, string>)[code] ?? code;
}

export type OverturnBar = { key: string; label: string; percent: number; overturned: number; labels: number };

export function prepareOverturnBars(reasons: readonly ReasonInput[]): { rows: OverturnBar[]; ticks: number[] } {
  const rows = reasons
    .filter((r) => r.labels > 0)
    .map((r) => ({ key: r.reasonCode ?? "(none)", label: reasonLabel(r.reasonCode), percent: (100 * r.overturned) / r.labels, overturned: r.overturned, labels: r.labels }));
  const top = Math.max(1, ...rows.map((r) => r.percent));
  return { rows, ticks: countTicks(Math.ceil(top), 5) };
}

/** Landis & Koch's (1977) words for kappa: the usual, if rough, reading of its size. */
export function kappaBand(kappa: number): string {
  if (kappa < 0) return "worse than chance";
  if (kappa <= 0.2) return "slight";
  if (kappa <= 0.4) return "fair";
  if (kappa <= 0.6) return "moderate";
  if (kappa <= 0.8) return "substantial";
  return "almost perfect";
}

/** A rate as a whole percentage, below 10 % with one decimal; "—" when there is nothing to divide. */
export function formatRate(rate: number | null): string {
  if (rate === null) return "—";
  const percent = rate * 100;
  return percent > 0 && percent < 10 ? `${percent.toFixed(1)}%` : `${Math.round(percent)}%`;
}
