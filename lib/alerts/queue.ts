import "server-only";
// The alert queue: filters and keyset pagination over the alert projection (never joins
// predictions). The cursor encodes the last row's sort key and id.
import { prisma } from "@/lib/db/client";
import { badRequest } from "@/lib/api/errors";
import type { AlertListQuery, AlertPage, AlertRow } from "./schemas";

type Cursor = { key: number; id: number };

export const encodeCursor = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString("base64url");

function decodeCursor(text: string): Cursor {
  try {
    const value = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if (typeof value.key === "number" && Number.isInteger(value.id)) return value;
  } catch {
    // reported below
  }
  throw badRequest("The cursor is invalid", [{ path: ["query", "cursor"], message: "not a cursor this queue issued" }]);
}

export async function listAlerts(query: AlertListQuery): Promise<AlertPage> {
  const sortField = query.sort === "priority" ? "priority" : "time";
  const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;
  const after = cursor
    ? sortField === "time"
      ? { OR: [{ time: { lt: new Date(cursor.key) } }, { time: new Date(cursor.key), id: { lt: cursor.id } }] }
      : { OR: [{ priority: { lt: cursor.key } }, { priority: cursor.key, id: { lt: cursor.id } }] }
    : {};
  const rows = await prisma().alert.findMany({
    where: {
      ...(query.status?.length ? { status: { in: query.status } } : {}),
      ...(query.severity?.length ? { severity: { in: query.severity } } : {}),
      ...after,
    },
    orderBy: [{ [sortField]: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: {
      id: true, time: true, severity: true, score: true, status: true, host: true, userName: true, sourceIp: true,
      businessUnit: true, attackType: true, topReasons: true, slaDueAt: true, priority: true,
      assignee: { select: { name: true } },
      modelVersion: { select: { version: true, model: { select: { name: true } } } },
    },
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const hasMore = rows.length > query.limit;
  return {
    rows: page.map(
      (row): AlertRow => ({
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
        slaDueAt: row.slaDueAt.toISOString(),
        model: row.modelVersion.model.name,
        version: row.modelVersion.version,
      }),
    ),
    nextCursor:
      hasMore && last ? encodeCursor({ key: sortField === "time" ? last.time.getTime() : last.priority, id: last.id }) : null,
  };
}

export async function countByStatus(): Promise<Record<string, number>> {
  const groups = await prisma().alert.groupBy({ by: ["status"], _count: { _all: true } });
  return Object.fromEntries(groups.map((g) => [g.status, g._count._all]));
}
