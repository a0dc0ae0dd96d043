import "server-only";
// The team report for leads. Loads only the columns the arithmetic needs for the window (plain
// Prisma queries, so SQLite and PostgreSQL behave the same), then shapes them in ./aggregate.
import { prisma } from "@/lib/db/client";
import type { Prisma as Db } from "@/generated/prisma/sqlite/client";
import { buildTeamReport, reportWindow, resolvedIn, resolverOf, type AlertFact, type Person, type ReportWindow } from "./aggregate";
import type { TeamQuery, TeamReport } from "./schemas";

const PERSON = { id: true, name: true, email: true } as const;

export async function teamReport(query: TeamQuery, now: Date = new Date()): Promise<TeamReport> {
  const window = reportWindow(query, now.getTime());
  const range = { gte: new Date(window.from), lt: new Date(window.to) };
  // Fired in the window (volume, verdicts, timing, SLA) or resolved in it (work done by analysts).
  const inScope: Db.AlertWhereInput = { OR: [{ time: range }, { resolvedAt: range }] };
  const db = prisma();
  const [alerts, labels, open, roster] = await Promise.all([
    db.alert.findMany({
      where: inScope,
      select: { predictionId: true, time: true, severity: true, status: true, acknowledgedAt: true, resolvedAt: true, slaDueAt: true, assigneeId: true },
    }),
    // The latest verdict is the one nothing supersedes; a flat query joined in memory stays cheaper
    // than a nested relation select per alert.
    db.label.findMany({
      where: { supersededBy: null, prediction: { alert: inScope } },
      select: { predictionId: true, verdict: true, labelledById: true },
    }),
    db.alert.groupBy({ by: ["assigneeId"], where: { status: { not: "RESOLVED" } }, _count: { _all: true } }),
    db.user.findMany({ where: { role: "ANALYST", disabledAt: null }, select: PERSON }),
  ]);

  const latest = new Map(labels.map((label) => [label.predictionId, label]));
  const facts: AlertFact[] = alerts.map((alert) => {
    const label = latest.get(alert.predictionId);
    return {
      time: alert.time.getTime(),
      severity: alert.severity,
      status: alert.status,
      acknowledgedAt: alert.acknowledgedAt?.getTime() ?? null,
      resolvedAt: alert.resolvedAt?.getTime() ?? null,
      slaDueAt: alert.slaDueAt.getTime(),
      assigneeId: alert.assigneeId,
      verdict: label?.verdict ?? null,
      labelledById: label?.labelledById ?? null,
    };
  });
  const openByAssignee = open.map((row) => ({ assigneeId: row.assigneeId, count: row._count._all }));
  const people = await withEveryoneWorking(roster, facts, openByAssignee, window);
  return buildTeamReport({ alerts: facts, people, openByAssignee, window, settings: { fpMinutes: query.fpMinutes, capacity: query.capacity }, now: now.getTime() });
}

/**
 * The analyst roster plus anyone else who resolved alerts in the window or holds open ones now
 * (leads who triage, analysts since disabled whose alerts need a new owner).
 */
async function withEveryoneWorking(roster: Person[], facts: AlertFact[], open: { assigneeId: string | null }[], window: ReportWindow): Promise<Person[]> {
  const known = new Set(roster.map((p) => p.id));
  const others = new Set<string>();
  const add = (id: string | null) => {
    if (id && !known.has(id)) others.add(id);
  };
  for (const fact of facts) {
    if (resolvedIn(fact, window)) add(resolverOf(fact));
  }
  for (const row of open) add(row.assigneeId);
  if (others.size === 0) return roster;
  const extra = await prisma().user.findMany({ where: { id: { in: [...others] } }, select: PERSON });
  return [...roster, ...extra];
}
