// Grouping for the Context panel, pure (client-safe): open alerts by host and top reason, so
// one verdict can settle a burst of look-alikes; and the verdict mix of similar past alerts.
import { FALSE_POSITIVE_REASONS, SEVERITY_LEVELS, VERDICTS, type Severity, type Verdict } from "./schemas";

/** The feature that pushed the score up the most: the first of an alert's top reasons. */
export function firstReason(topReasons: unknown): string | null {
  if (!Array.isArray(topReasons) || topReasons.length === 0) return null;
  const feature = (topReasons[0] as { feature?: unknown } | null)?.feature;
  return typeof feature === "string" ? feature : null;
}

export type GroupableAlert = {
  id: number;
  rowVersion: number;
  host: string | null;
  topReason: string | null;
  severity: Severity;
  time: Date;
};

export type OpenAlertGroup = {
  /** stable across refreshes while the group's host and reason stay the same */
  key: string;
  host: string | null;
  topReason: string | null;
  count: number;
  maxSeverity: Severity;
  firstTime: Date;
  lastTime: Date;
  /** every member with the row version a bulk write must check, newest first */
  alerts: { id: number; rowVersion: number }[];
};

const severityRank = (severity: Severity) => SEVERITY_LEVELS.indexOf(severity);

export const groupKey = (host: string | null, topReason: string | null) => JSON.stringify([host, topReason]);

/**
 * Groups alerts by (host, top reason). Biggest groups first, then the most severe, then the most
 * recent, so the bulk win and the risk are both at the top. Groups smaller than `minCount` are
 * dropped (a group of one is just the queue); `totalGroups` counts those that qualified.
 */
export function groupOpenAlerts(
  alerts: readonly GroupableAlert[],
  { minCount = 1, limit = Infinity }: { minCount?: number; limit?: number } = {},
): { groups: OpenAlertGroup[]; totalGroups: number } {
  type Building = Omit<OpenAlertGroup, "key" | "alerts"> & { members: GroupableAlert[] };
  // A cheap internal key (NUL cannot occur in a host or feature name); the public JSON key is
  // built only for the groups returned.
  const byKey = new Map<string, Building>();
  for (const alert of alerts) {
    const key = `${alert.host ?? "\u0001"}\u0000${alert.topReason ?? "\u0001"}`;
    let group = byKey.get(key);
    if (!group) {
      group = { host: alert.host, topReason: alert.topReason, count: 0, maxSeverity: alert.severity, firstTime: alert.time, lastTime: alert.time, members: [] };
      byKey.set(key, group);
    }
    group.count += 1;
    if (severityRank(alert.severity) > severityRank(group.maxSeverity)) group.maxSeverity = alert.severity;
    if (alert.time < group.firstTime) group.firstTime = alert.time;
    if (alert.time > group.lastTime) group.lastTime = alert.time;
    group.members.push(alert);
  }
  const qualified = [...byKey.values()].filter((group) => group.count >= minCount);
  qualified.sort(
    (a, b) =>
      b.count - a.count ||
      severityRank(b.maxSeverity) - severityRank(a.maxSeverity) ||
      b.lastTime.getTime() - a.lastTime.getTime() ||
      compareText(groupKey(a.host, a.topReason), groupKey(b.host, b.topReason)),
  );
  const groups = qualified.slice(0, limit).map(({ members, ...group }) => ({
    key: groupKey(group.host, group.topReason),
    ...group,
    alerts: members
      .sort((a, b) => b.time.getTime() - a.time.getTime() || b.id - a.id)
      .map(({ id, rowVersion }) => ({ id, rowVersion })),
  }));
  return { groups, totalGroups: qualified.length };
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export type JudgedNeighbour = { verdict: Verdict; reasonCode: string | null };

export type VerdictCount = {
  verdict: Verdict;
  count: number;
  /** the most common reason code given with this verdict, if any was */
  reasonCode: string | null;
  reasonCount: number;
};

/** Counts per verdict, most frequent first (ties in the fixed verdict order, TP first). */
export function verdictMix(neighbours: readonly JudgedNeighbour[]): VerdictCount[] {
  const counts = new Map<Verdict, { count: number; reasons: Map<string, number> }>();
  for (const { verdict, reasonCode } of neighbours) {
    const entry = counts.get(verdict) ?? { count: 0, reasons: new Map<string, number>() };
    entry.count += 1;
    if (reasonCode) entry.reasons.set(reasonCode, (entry.reasons.get(reasonCode) ?? 0) + 1);
    counts.set(verdict, entry);
  }
  const mix: VerdictCount[] = [];
  for (const verdict of VERDICTS) {
    const entry = counts.get(verdict);
    if (!entry) continue;
    let reasonCode: string | null = null;
    let reasonCount = 0;
    // Ties between reasons go to the alphabetically first code, so the summary is stable.
    for (const [code, n] of [...entry.reasons].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (n > reasonCount) [reasonCode, reasonCount] = [code, n];
    }
    mix.push({ verdict, count: entry.count, reasonCode, reasonCount });
  }
  return mix.sort((a, b) => b.count - a.count || VERDICTS.indexOf(a.verdict) - VERDICTS.indexOf(b.verdict));
}

const PLURAL: Record<Verdict, [string, string]> = {
  TRUE_POSITIVE: ["a true positive", "true positives"],
  FALSE_POSITIVE: ["a false positive", "false positives"],
  BENIGN_POSITIVE: ["a benign positive", "benign positives"],
  UNDETERMINED: ["undetermined", "undetermined"],
};

export function reasonLabel(code: string): string {
  return FALSE_POSITIVE_REASONS[code as keyof typeof FALSE_POSITIVE_REASONS]?.toLowerCase() ?? code.replaceAll("_", " ");
}

/**
 * One line an analyst can act on, e.g. "7 of 10 similar alerts were false positives: known
 * benign tool". A tie at the top is reported as a split rather than picking a side: leaning
 * towards "false positive" on a coin flip is how real attacks get dismissed.
 */
export function describeVerdictMix(mix: readonly VerdictCount[]): string | null {
  const total = mix.reduce((sum, entry) => sum + entry.count, 0);
  if (total === 0) return null;
  const [top, second] = mix;
  if (second && second.count === top.count) {
    const parts = mix.map((entry) => `${entry.count} ${PLURAL[entry.verdict][entry.count === 1 ? 0 : 1].replace(/^an? /, "")}`);
    return `The ${total} similar alerts were judged differently: ${parts.join(", ")}`;
  }
  const noun = total === 1 ? "similar alert" : "similar alerts";
  const verb = top.count === 1 ? "was" : "were";
  let line = `${top.count} of ${total} ${noun} ${verb} ${PLURAL[top.verdict][top.count === 1 ? 0 : 1]}`;
  if (top.reasonCode && top.reasonCount === top.count) line += `: ${reasonLabel(top.reasonCode)}`;
  else if (top.reasonCode && top.reasonCount * 2 > top.count) line += `: mostly ${reasonLabel(top.reasonCode)}`;
  return line;
}
