// The team report's arithmetic: windows, per-day buckets, means and medians, SLA outcomes and
// false-positive cost. Pure (times are epoch milliseconds), so every number is unit-tested.
import type { AlertStatus, Severity, Verdict } from "@/lib/alerts/schemas";
import { SEVERITY_LEVELS } from "@/lib/alerts/schemas";
import type { AnalystLoad, DurationStat, TeamDay, TeamQuery, TeamReport, TimingRow, VerdictCounts } from "./schemas";

export const DAY_MS = 86_400_000;

/** What the report needs of one alert; `verdict` is the prediction's latest (unsuperseded) label. */
export type AlertFact = {
  time: number;
  severity: Severity;
  status: AlertStatus;
  acknowledgedAt: number | null;
  resolvedAt: number | null;
  slaDueAt: number;
  assigneeId: string | null;
  verdict: Verdict | null;
  /** who recorded that latest verdict */
  labelledById: string | null;
};

export type Person = { id: string; name: string; email: string };

export type ReportWindow = { from: number; to: number; days: number; elapsedDays: number };

export type TeamInput = {
  /** alerts that fired in the window or were resolved in it */
  alerts: AlertFact[];
  /** the analysts to list (everyone on the roster or with work in the window) */
  people: Person[];
  /** open alerts now, per assignee (null: nobody) */
  openByAssignee: { assigneeId: string | null; count: number }[];
  window: ReportWindow;
  settings: { fpMinutes: number; capacity: number };
  now: number;
};

export const startOfUtcDay = (ms: number) => Math.floor(ms / DAY_MS) * DAY_MS;
export const dayKey = (ms: number) => new Date(startOfUtcDay(ms)).toISOString().slice(0, 10);

/**
 * [to − days, to) in whole UTC days; without `to`, the window ends at tomorrow's midnight so
 * today's alerts show. Per-day averages divide by `elapsedDays`, which stops at `now` (days that
 * have not happened yet would understate the load) but is at least one day (an hour's work
 * extrapolated to a day would overstate it).
 */
export function reportWindow(query: Pick<TeamQuery, "days" | "to">, now: number): ReportWindow {
  const to = query.to ? Date.parse(`${query.to}T00:00:00Z`) : startOfUtcDay(now) + DAY_MS;
  const from = to - query.days * DAY_MS;
  const elapsedDays = Math.min(query.days, Math.max(1, (Math.min(now, to) - from) / DAY_MS));
  return { from, to, days: query.days, elapsedDays };
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/**
 * The k-th smallest (0-based) of `a`, reordering it so everything before index k is no larger
 * (Hoare's selection). Linear on average: a full sort made medians of 100,000 alerts the
 * report's slowest step.
 */
function select(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i++] = a[j];
        a[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k];
}

/** The middle value; the mean of the two middle ones for an even count. */
export function median(values: readonly number[]): number | null {
  const n = values.length;
  if (n === 0) return null;
  const scratch = Float64Array.from(values);
  const upper = select(scratch, n >> 1);
  if (n % 2) return upper;
  // select() left the lower half before the upper middle: its largest is the lower middle.
  let lower = scratch[0];
  for (let i = 1; i < n >> 1; i++) if (scratch[i] > lower) lower = scratch[i];
  return (lower + upper) / 2;
}

export function durationStat(values: readonly number[]): DurationStat {
  return { n: values.length, meanMs: mean(values), medianMs: median(values) };
}

export const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

export const fpHours = (falsePositives: number, fpMinutes: number) => (falsePositives * fpMinutes) / 60;

export type SlaOutcome = "met" | "late" | "overdue" | "running";

/** Breached = resolved after its due time ("late") or still open at or past it ("overdue"). */
export function slaOutcome(alert: Pick<AlertFact, "status" | "resolvedAt" | "slaDueAt">, now: number): SlaOutcome {
  if (alert.status === "RESOLVED" && alert.resolvedAt !== null) return alert.resolvedAt > alert.slaDueAt ? "late" : "met";
  return now >= alert.slaDueAt ? "overdue" : "running";
}

/** Event time to a timestamp; a clock-skewed timestamp before the event counts as instant, not negative. */
const since = (time: number, at: number | null) => (at === null ? null : Math.max(0, at - time));

const emptyVerdicts = (): VerdictCounts => ({ TRUE_POSITIVE: 0, FALSE_POSITIVE: 0, BENIGN_POSITIVE: 0, UNDETERMINED: 0 });
const judgedOf = (v: VerdictCounts) => v.TRUE_POSITIVE + v.FALSE_POSITIVE + v.BENIGN_POSITIVE + v.UNDETERMINED;

/** Alert volume, verdict mix, FP rate and hours, and SLA breaches per UTC day the alerts fired. */
export function dailyBuckets(alerts: readonly AlertFact[], window: ReportWindow, fpMinutes: number, now: number): TeamDay[] {
  const days = Array.from({ length: window.days }, (_, i) => ({
    day: dayKey(window.from + i * DAY_MS),
    alerts: 0,
    verdicts: emptyVerdicts(),
    pending: 0,
    slaBreaches: 0,
  }));
  for (const alert of alerts) {
    if (alert.time < window.from || alert.time >= window.to) continue;
    const bucket = days[Math.floor((alert.time - window.from) / DAY_MS)];
    bucket.alerts += 1;
    if (alert.verdict) bucket.verdicts[alert.verdict] += 1;
    else bucket.pending += 1;
    const outcome = slaOutcome(alert, now);
    if (outcome === "late" || outcome === "overdue") bucket.slaBreaches += 1;
  }
  return days.map((d) => ({
    ...d,
    fpRate: ratio(d.verdicts.FALSE_POSITIVE, judgedOf(d.verdicts)),
    fpHours: fpHours(d.verdicts.FALSE_POSITIVE, fpMinutes),
  }));
}

function timingRow(severity: TimingRow["severity"], alerts: readonly AlertFact[], now: number): TimingRow {
  const acknowledge: number[] = [];
  const resolve: number[] = [];
  const targets: number[] = [];
  let resolvedLate = 0;
  let openOverdue = 0;
  let settled = 0;
  for (const alert of alerts) {
    const ack = since(alert.time, alert.acknowledgedAt);
    if (ack !== null) acknowledge.push(ack);
    const done = alert.status === "RESOLVED" ? since(alert.time, alert.resolvedAt) : null;
    if (done !== null) resolve.push(done);
    targets.push(alert.slaDueAt - alert.time);
    const outcome = slaOutcome(alert, now);
    if (outcome === "late") resolvedLate += 1;
    if (outcome === "overdue") openOverdue += 1;
    if (outcome !== "running") settled += 1;
  }
  return {
    severity,
    alerts: alerts.length,
    acknowledge: durationStat(acknowledge),
    resolve: durationStat(resolve),
    slaTargetMs: median(targets),
    resolvedLate,
    openOverdue,
    breachRate: ratio(resolvedLate + openOverdue, settled),
  };
}

/** Time to acknowledge and to resolve (from the event) and SLA outcomes, per severity, most severe first, then all. */
export function timingBySeverity(alerts: readonly AlertFact[], window: ReportWindow, now: number): TimingRow[] {
  const bySeverity = new Map<Severity, AlertFact[]>(SEVERITY_LEVELS.map((s) => [s, []]));
  const inWindow: AlertFact[] = [];
  for (const alert of alerts) {
    if (alert.time < window.from || alert.time >= window.to) continue;
    inWindow.push(alert);
    bySeverity.get(alert.severity)!.push(alert);
  }
  const rows = [...SEVERITY_LEVELS].reverse().map((severity) => timingRow(severity, bySeverity.get(severity)!, now));
  return [...rows, timingRow("ALL", inWindow, now)];
}

/**
 * Who resolved an alert: the author of its latest verdict, who did the judging; the assignee
 * when the verdict has no author (imported from another system).
 */
export const resolverOf = (alert: AlertFact) => alert.labelledById ?? alert.assigneeId;

export const resolvedIn = (alert: AlertFact, window: ReportWindow): alert is AlertFact & { resolvedAt: number } =>
  alert.status === "RESOLVED" && alert.resolvedAt !== null && alert.resolvedAt >= window.from && alert.resolvedAt < window.to;

/** Per analyst: open alerts held now, and alerts resolved in the window against a daily capacity. */
export function analystLoad(input: TeamInput): { analysts: AnalystLoad[]; resolved: number; unattributedResolved: number } {
  const { window, settings } = input;
  const open = new Map(input.openByAssignee.map((o) => [o.assigneeId, o.count]));
  const work = new Map<string, { resolved: number; falsePositives: number; perDay: Map<number, number> }>();
  let resolved = 0;
  let unattributedResolved = 0;
  for (const alert of input.alerts) {
    if (!resolvedIn(alert, window)) continue;
    resolved += 1;
    const who = resolverOf(alert);
    if (!who) {
      unattributedResolved += 1;
      continue;
    }
    const entry = work.get(who) ?? { resolved: 0, falsePositives: 0, perDay: new Map() };
    entry.resolved += 1;
    if (alert.verdict === "FALSE_POSITIVE") entry.falsePositives += 1;
    const day = startOfUtcDay(alert.resolvedAt);
    entry.perDay.set(day, (entry.perDay.get(day) ?? 0) + 1);
    work.set(who, entry);
  }
  const analysts = input.people.map((person): AnalystLoad => {
    const done = work.get(person.id);
    const own = done?.resolved ?? 0;
    const resolvedPerDay = own / window.elapsedDays;
    const falsePositives = done?.falsePositives ?? 0;
    return {
      ...person,
      openAssigned: open.get(person.id) ?? 0,
      resolved: own,
      resolvedPerDay,
      busiestDay: done ? Math.max(...done.perDay.values()) : 0,
      utilisation: resolvedPerDay / settings.capacity,
      falsePositives,
      fpHours: fpHours(falsePositives, settings.fpMinutes),
    };
  });
  // Busiest first: the table and the chart read top-down as "who is overloaded".
  analysts.sort((a, b) => b.resolved - a.resolved || b.openAssigned - a.openAssigned || a.name.localeCompare(b.name));
  return { analysts, resolved, unattributedResolved };
}

export function buildTeamReport(input: TeamInput): TeamReport {
  const { window, settings, now } = input;
  const days = dailyBuckets(input.alerts, window, settings.fpMinutes, now);
  const timing = timingBySeverity(input.alerts, window, now);
  const { analysts, resolved, unattributedResolved } = analystLoad(input);
  const verdicts = emptyVerdicts();
  for (const d of days) for (const v of Object.keys(verdicts) as Verdict[]) verdicts[v] += d.verdicts[v];
  const alerts = days.reduce((sum, d) => sum + d.alerts, 0);
  const judged = judgedOf(verdicts);
  const all = timing[timing.length - 1];
  const perDay = (n: number) => n / window.elapsedDays;
  return {
    window: { from: new Date(window.from).toISOString(), to: new Date(window.to).toISOString(), days: window.days, elapsedDays: window.elapsedDays },
    settings: { ...settings },
    generatedAt: new Date(now).toISOString(),
    totals: {
      alerts,
      alertsPerDay: perDay(alerts),
      judged,
      verdicts,
      fpRate: ratio(verdicts.FALSE_POSITIVE, judged),
      fpHours: fpHours(verdicts.FALSE_POSITIVE, settings.fpMinutes),
      slaBreaches: all.resolvedLate + all.openOverdue,
      breachRate: all.breachRate,
      resolved,
      resolvedPerDay: perDay(resolved),
      unattributedResolved,
      openNow: input.openByAssignee.reduce((sum, o) => sum + o.count, 0),
      unassignedOpen: input.openByAssignee.find((o) => o.assigneeId === null)?.count ?? 0,
      analysts: analysts.length,
      teamCapacityPerDay: analysts.length * settings.capacity,
    },
    days,
    timing,
    analysts,
  };
}
