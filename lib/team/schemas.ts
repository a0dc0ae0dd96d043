// The team report for leads: its URL settings and its response (client-safe).
import { z } from "zod";
import { SEVERITY_LEVELS } from "@/lib/alerts/schemas";

export const TEAM_DEFAULTS = { days: 30, fpMinutes: 7.5, capacity: 40 } as const;
export const TEAM_LIMITS = { days: 180, fpMinutes: 240, capacity: 1000 } as const;

/** The settings as they appear in the URL, in the order the form shows them. */
export const TEAM_URL_KEYS = ["days", "to", "fpMinutes", "capacity"] as const;
export type TeamUrlKey = (typeof TEAM_URL_KEYS)[number];

const wholeNumber = (name: string, what: string, max: number) =>
  z.coerce
    .number({ error: `${name} must be a number (${what})` })
    .int({ error: `${name} must be a whole number (${what})` })
    .min(1, { error: `${name} must be at least 1 (${what})` })
    .max(max, { error: `${name} must be at most ${max} (${what})` });

/**
 * `?days=30&to=2026-11-24&fpMinutes=7.5&capacity=40`. The window is the `days` UTC days before
 * `to` (a date: its midnight, excluded), so [to − days, to); without `to` it ends after today.
 */
export const TeamQuery = z.object({
  days: wholeNumber("days", "UTC days in the window", TEAM_LIMITS.days).default(TEAM_DEFAULTS.days),
  to: z.iso.date({ error: "to must be a date like 2026-11-24 (the window ends at its midnight UTC)" }).optional(),
  fpMinutes: z.coerce
    .number({ error: "fpMinutes must be a number (minutes an analyst spends on one false positive)" })
    .gt(0, { error: "fpMinutes must be more than 0 (minutes an analyst spends on one false positive)" })
    .max(TEAM_LIMITS.fpMinutes, { error: `fpMinutes must be at most ${TEAM_LIMITS.fpMinutes} (minutes per false positive)` })
    .default(TEAM_DEFAULTS.fpMinutes),
  capacity: wholeNumber("capacity", "alerts one analyst can resolve per day", TEAM_LIMITS.capacity).default(TEAM_DEFAULTS.capacity),
});
export type TeamQuery = z.infer<typeof TeamQuery>;

/** counts by the alert's latest verdict (a superseded verdict no longer counts) */
const Verdicts = z.object({ TRUE_POSITIVE: z.number(), FALSE_POSITIVE: z.number(), BENIGN_POSITIVE: z.number(), UNDETERMINED: z.number() });
export type VerdictCounts = z.infer<typeof Verdicts>;

/** null when there is nothing to average over, so "no data" never reads as zero. */
export const DurationStat = z.object({ n: z.number(), meanMs: z.number().nullable(), medianMs: z.number().nullable() });
export type DurationStat = z.infer<typeof DurationStat>;

export const TeamDay = z.object({
  /** YYYY-MM-DD, the UTC day the alerts fired */
  day: z.string(),
  alerts: z.number(),
  verdicts: Verdicts,
  /** alerts without a verdict yet */
  pending: z.number(),
  /** false positives ÷ alerts with a verdict */
  fpRate: z.number().nullable(),
  fpHours: z.number(),
  slaBreaches: z.number(),
});
export type TeamDay = z.infer<typeof TeamDay>;

export const TimingRow = z.object({
  severity: z.enum([...SEVERITY_LEVELS, "ALL"]),
  alerts: z.number(),
  acknowledge: DurationStat,
  resolve: DurationStat,
  /** the SLA these alerts were given (median of due − fired) */
  slaTargetMs: z.number().nullable(),
  /** resolved after their SLA */
  resolvedLate: z.number(),
  /** still open past their SLA */
  openOverdue: z.number(),
  /** breaches ÷ alerts whose SLA outcome is settled (resolved, or open past due) */
  breachRate: z.number().nullable(),
});
export type TimingRow = z.infer<typeof TimingRow>;

export const AnalystLoad = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  /** open alerts assigned now */
  openAssigned: z.number(),
  /** alerts this analyst resolved in the window */
  resolved: z.number(),
  resolvedPerDay: z.number(),
  busiestDay: z.number(),
  /** resolvedPerDay ÷ capacity */
  utilisation: z.number(),
  falsePositives: z.number(),
  fpHours: z.number(),
});
export type AnalystLoad = z.infer<typeof AnalystLoad>;

export const TeamReport = z.object({
  /** [from, to) in UTC; per-day averages divide by elapsedDays (the days passed so far, at least one) */
  window: z.object({ from: z.string(), to: z.string(), days: z.number(), elapsedDays: z.number() }),
  settings: z.object({ fpMinutes: z.number(), capacity: z.number() }),
  generatedAt: z.string(),
  totals: z.object({
    alerts: z.number(),
    alertsPerDay: z.number(),
    judged: z.number(),
    verdicts: Verdicts,
    fpRate: z.number().nullable(),
    fpHours: z.number(),
    slaBreaches: z.number(),
    breachRate: z.number().nullable(),
    resolved: z.number(),
    resolvedPerDay: z.number(),
    /** resolved in the window by nobody we can name (e.g. imported verdicts) */
    unattributedResolved: z.number(),
    openNow: z.number(),
    unassignedOpen: z.number(),
    analysts: z.number(),
    teamCapacityPerDay: z.number(),
  }),
  days: z.array(TeamDay),
  timing: z.array(TimingRow),
  analysts: z.array(AnalystLoad),
});
export type TeamReport = z.infer<typeof TeamReport>;
