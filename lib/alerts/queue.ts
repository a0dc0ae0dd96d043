import "server-only";
// The alert queue: filters and keyset pagination over the alert projection (never joins
// predictions). The cursor encodes the last row's sort key and id.
import { prisma } from "@/lib/db/client";
import { badRequest } from "@/lib/api/errors";
import type { SessionUser } from "@/lib/auth/session";
import type { Prisma as Db } from "@/generated/prisma/sqlite/client";
import type { AlertListQuery, AlertPage, AlertRow } from "./schemas";
import { countByStatus } from "./status-counts";

type Cursor = { key: number; id: number };
type Where = Db.AlertWhereInput;

export const encodeCursor = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString("base64url");

export function decodeCursor(text: string): Cursor {
  try {
    const value = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if (typeof value.key === "number" && Number.isInteger(value.id)) return value;
  } catch {
    // reported below
  }
  throw badRequest("The cursor is invalid", [{ path: ["query", "cursor"], message: "not a cursor this list issued" }]);
}

const SORT_FIELD = { time: "time", priority: "priority", score: "score" } as const;

function sortKey(row: { time: Date; priority: number; score: number }, sort: AlertListQuery["sort"]): number {
  return sort === "time" ? row.time.getTime() : sort === "priority" ? row.priority : row.score;
}

function afterCursor(cursor: Cursor, sort: AlertListQuery["sort"]): Where {
  const field = SORT_FIELD[sort];
  const key = sort === "time" ? new Date(cursor.key) : cursor.key;
  // The leading `<=` bounds the index range the planner walks; the OR alone may not.
  return { AND: [{ [field]: { lte: key } }, { OR: [{ [field]: { lt: key } }, { id: { lt: cursor.id } }] }] };
}

/** Every filter but status and the cursor: the status counts use the same view. */
function filters(query: AlertListQuery, user?: SessionUser): Where[] {
  const where: Where[] = [];
  if (query.severity?.length) where.push({ severity: { in: query.severity } });
  if (query.model || query.version) {
    where.push({ modelVersion: { ...(query.version ? { version: query.version } : {}), ...(query.model ? { model: { name: query.model } } : {}) } });
  }
  if (query.scoreMin !== undefined) where.push({ score: { gte: query.scoreMin } });
  if (query.scoreMax !== undefined) where.push({ score: { lte: query.scoreMax } });
  if (query.businessUnit?.length) where.push({ businessUnit: { in: query.businessUnit } });
  if (query.attackType?.length) where.push({ attackType: { in: query.attackType } });
  if (query.assignee === "none") where.push({ assigneeId: null });
  else if (query.assignee === "me") where.push({ assigneeId: user?.id ?? "-" });
  else if (query.assignee) where.push({ assigneeId: query.assignee });
  if (query.from) where.push({ time: { gte: query.from } });
  if (query.to) where.push({ time: { lt: query.to } });
  if (query.q) where.push({ OR: [{ host: { contains: query.q } }, { userName: { contains: query.q } }, { sourceIp: { startsWith: query.q } }] });
  return where;
}

const ROW_SELECT = {
  id: true, time: true, severity: true, score: true, status: true, host: true, userName: true, sourceIp: true,
  businessUnit: true, attackType: true, topReasons: true, slaDueAt: true, priority: true, createdAt: true,
  acknowledgedAt: true, resolvedAt: true, statusChangedAt: true, rowVersion: true, assigneeId: true,
  assignee: { select: { name: true } },
  modelVersion: { select: { version: true, model: { select: { name: true } } } },
  prediction: { select: { labels: { where: { supersededBy: null }, select: { verdict: true }, take: 1 } } },
} satisfies Db.AlertSelect;

type SelectedRow = Db.AlertGetPayload<{ select: typeof ROW_SELECT }>;

export function toAlertRow(row: SelectedRow): AlertRow {
  return {
    id: row.id,
    time: row.time.toISOString(),
    severity: row.severity,
    score: row.score,
    status: row.status,
    host: row.host,
    userName: row.userName,
    sourceIp: row.sourceIp,
    businessUnit: row.businessUnit,
    attackType: row.attackType,
    topReasons: row.topReasons as AlertRow["topReasons"],
    assignee: row.assignee?.name ?? null,
    assigneeId: row.assigneeId,
    slaDueAt: row.slaDueAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    statusChangedAt: row.statusChangedAt?.toISOString() ?? null,
    rowVersion: row.rowVersion,
    verdict: row.prediction.labels[0]?.verdict ?? null,
    model: row.modelVersion.model.name,
    version: row.modelVersion.version,
  };
}

export async function listAlerts(query: AlertListQuery, user?: SessionUser): Promise<AlertPage> {
  const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;
  const shared = filters(query, user);
  const status: Where[] = query.status?.length ? [{ status: { in: query.status } }] : [];
  const field = SORT_FIELD[query.sort];
  const [rows, counts] = await Promise.all([
    prisma().alert.findMany({
      where: { AND: [...shared, ...status, ...(cursor ? [afterCursor(cursor, query.sort)] : [])] },
      orderBy: [{ [field]: "desc" }, { id: "desc" }],
      take: query.limit + 1,
      select: ROW_SELECT,
    }),
    // Counts answer "how much is left" for the first page only; later pages reuse them.
    cursor ? Promise.resolve({}) : countByStatus(shared),
  ]);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    rows: page.map(toAlertRow),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ key: sortKey(last, query.sort), id: last.id }) : null,
    counts,
  };
}

export async function getAlertRow(id: number): Promise<AlertRow | undefined> {
  const row = await prisma().alert.findUnique({ where: { id }, select: ROW_SELECT });
  return row ? toAlertRow(row) : undefined;
}
