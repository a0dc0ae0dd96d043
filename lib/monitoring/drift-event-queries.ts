import "server-only";
// Reading drift events: a version's list, the shell banner's summary, and a lead acknowledging
// or reopening one (audited). Evaluation and recording live in drift-events.ts.
import { notFound } from "@/lib/api/errors";
import { type Actor, recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db/client";
import type { DriftEventStatus, DriftKind as DbDriftKind, RetrainingStrategy } from "@/generated/prisma/sqlite/client";
import { PERFORMANCE_PREFIX, sourceOf } from "./drift-events";
import { METRIC_NAMES } from "./event-text";
import type { DriftEventOut } from "./schemas";

type EventRow = {
  id: number;
  modelVersionId: number;
  kind: DbDriftKind;
  subject: string;
  windowStart: Date;
  windowEnd: Date;
  lastSeenEnd: Date;
  onset: Date | null;
  severity: string;
  strategy: RetrainingStrategy;
  reason: string;
  details: unknown;
  status: DriftEventStatus;
  createdAt: Date;
  acknowledgedBy: string | null;
};

/** "precision" for a performance subject, the feature name otherwise. */
export function subjectLabel(subject: string): string {
  return subject.startsWith(PERFORMANCE_PREFIX) ? METRIC_NAMES[subject.slice(PERFORMANCE_PREFIX.length) as keyof typeof METRIC_NAMES] ?? subject : subject;
}

function toOut(row: EventRow, names: Map<number, { model: string; version: string }>): DriftEventOut {
  const details = (row.details ?? {}) as { summary?: unknown };
  const name = names.get(row.modelVersionId) ?? { model: "?", version: "?" };
  return {
    id: row.id,
    model: name.model,
    version: name.version,
    kind: row.kind,
    source: sourceOf(row.subject),
    subject: subjectLabel(row.subject),
    windowStart: row.windowStart.toISOString(),
    windowEnd: row.windowEnd.toISOString(),
    lastSeenEnd: row.lastSeenEnd.toISOString(),
    onset: row.onset?.toISOString() ?? null,
    severity: row.severity === "significant" ? "significant" : "moderate",
    strategy: row.strategy,
    reason: row.reason,
    summary: typeof details.summary === "string" ? details.summary : "",
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    acknowledgedBy: row.acknowledgedBy,
  };
}

async function versionNames(ids: number[]): Promise<Map<number, { model: string; version: string }>> {
  const rows = await prisma().modelVersion.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, version: true, model: { select: { name: true } } } });
  return new Map(rows.map((r) => [r.id, { model: r.model.name, version: r.version }]));
}

const STATUS_ORDER: Record<DriftEventStatus, number> = { OPEN: 0, ACKNOWLEDGED: 1, CLOSED: 2 };

/** A version's events, open first, then the most recent. */
export async function listDriftEvents(versionId: number, limit = 50): Promise<DriftEventOut[]> {
  const rows = await prisma().driftEvent.findMany({ where: { modelVersionId: versionId }, orderBy: [{ windowStart: "desc" }, { id: "desc" }], take: 500 });
  const names = await versionNames([versionId]);
  return rows
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.windowStart.getTime() - a.windowStart.getTime() || b.id - a.id)
    .slice(0, limit)
    .map((row) => toOut(row as EventRow, names));
}

export type DriftBannerSummary = {
  /** open (unacknowledged) events across all versions */
  open: number;
  concept: number;
  data: number;
  significant: number;
  /** the versions concerned, most open events first, for links */
  versions: { model: string; version: string; open: number; concept: number }[];
};

/** What the shell's banner shows: a cheap grouped count of unacknowledged events. */
export async function driftBannerSummary(): Promise<DriftBannerSummary> {
  const groups = await prisma().driftEvent.groupBy({ by: ["modelVersionId", "kind", "severity"], where: { status: "OPEN" }, _count: { _all: true } });
  const summary: DriftBannerSummary = { open: 0, concept: 0, data: 0, significant: 0, versions: [] };
  if (groups.length === 0) return summary;
  const names = await versionNames(groups.map((g) => g.modelVersionId));
  const perVersion = new Map<number, { model: string; version: string; open: number; concept: number }>();
  for (const g of groups) {
    const n = g._count._all;
    summary.open += n;
    if (g.kind === "CONCEPT_DRIFT") summary.concept += n;
    else summary.data += n;
    if (g.severity === "significant") summary.significant += n;
    const name = names.get(g.modelVersionId);
    if (!name) continue;
    const entry = perVersion.get(g.modelVersionId) ?? { ...name, open: 0, concept: 0 };
    entry.open += n;
    if (g.kind === "CONCEPT_DRIFT") entry.concept += n;
    perVersion.set(g.modelVersionId, entry);
  }
  summary.versions = [...perVersion.values()].sort((a, b) => b.concept - a.concept || b.open - a.open);
  return summary;
}

/** A lead acknowledges an open event (it stays listed until its drift ends) or reopens one. */
export async function setDriftEventStatus(versionId: number, id: number, action: "acknowledge" | "reopen", actor: Actor): Promise<DriftEventOut> {
  return prisma().$transaction(async (tx) => {
    const row = await tx.driftEvent.findUnique({ where: { id } });
    if (!row || row.modelVersionId !== versionId) throw notFound("No such drift event for this version");
    const now = new Date();
    const status: DriftEventStatus = action === "acknowledge" ? (row.status === "CLOSED" ? "CLOSED" : "ACKNOWLEDGED") : row.status === "CLOSED" ? "CLOSED" : "OPEN";
    const updated = await tx.driftEvent.update({
      where: { id },
      data: { status, updatedAt: now, ...(action === "acknowledge" ? { acknowledgedAt: now, acknowledgedBy: actor.label } : { acknowledgedAt: null, acknowledgedBy: null }) },
    });
    const names = await versionNames([row.modelVersionId]);
    const name = names.get(row.modelVersionId);
    await recordAudit({ actor, action: `drift.event.${action === "acknowledge" ? "acknowledged" : "reopened"}`, target: name ? `model:${name.model}@${name.version}` : null, details: { id, kind: row.kind, subject: row.subject } }, tx);
    return toOut(updated as EventRow, names);
  });
}

