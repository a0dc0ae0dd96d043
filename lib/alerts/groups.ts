import "server-only";
// Open alerts grouped by host and top reason, each group carrying its members' row versions so
// one verdict can be applied to the whole group through the bulk endpoint.
import { getDb, prisma } from "@/lib/db/client";
import type { Severity } from "./schemas";
import { GROUPS_DEFAULT_LIMIT, type AlertGroups } from "./context-schemas";
import { groupOpenAlerts } from "./group-by";

/**
 * Grouping reads every open alert; a healthy queue holds hundreds, but a neglected one can hold
 * far more, so only the most recent this many are grouped (and the response says so).
 */
export const GROUP_SCAN_LIMIT = 10_000;

// The database picks out the first reason: parsing every alert's whole topReasons JSON through
// Prisma took ~2.5× as long at 10,000 open alerts.
const FIRST_REASON = {
  sqlite: `json_extract("topReasons", '$[0].feature')`,
  postgresql: `("topReasons"->0->>'feature')`,
} as const;

type OpenRow = { id: number | bigint; rowVersion: number | bigint; host: string | null; severity: Severity; time: Date | string | number; topReason: unknown };

/** Raw rows carry DateTime as the driver gives it; a zone-less text time is UTC, as stored. */
function toDate(value: Date | string | number): Date {
  if (typeof value === "string" && !/(Z|[+-]\d\d:?\d\d)$/.test(value)) return new Date(`${value.replace(" ", "T")}Z`);
  return new Date(value);
}

export async function openAlertGroups({ limit = GROUPS_DEFAULT_LIMIT, minCount = 2 }: { limit?: number; minCount?: number } = {}): Promise<AlertGroups> {
  const open = `"status" IN ('NEW', 'IN_PROGRESS')`;
  const rows = await prisma().$queryRawUnsafe<OpenRow[]>(
    `SELECT "id", "rowVersion", "host", "severity", "time", ${FIRST_REASON[getDb().provider]} AS "topReason"
     FROM "Alert" WHERE ${open} ORDER BY "time" DESC, "id" DESC LIMIT ${GROUP_SCAN_LIMIT + 1}`,
  );
  const truncated = rows.length > GROUP_SCAN_LIMIT;
  const scanned = rows.slice(0, GROUP_SCAN_LIMIT).map((row) => ({
    id: Number(row.id),
    rowVersion: Number(row.rowVersion),
    host: row.host,
    severity: row.severity,
    time: toDate(row.time),
    topReason: typeof row.topReason === "string" ? row.topReason : null,
  }));
  const { groups, totalGroups } = groupOpenAlerts(scanned, { minCount, limit });
  return {
    groups: groups.map((group) => ({ ...group, firstTime: group.firstTime.toISOString(), lastTime: group.lastTime.toISOString() })),
    totalGroups,
    openAlerts: truncated ? await prisma().alert.count({ where: { status: { in: ["NEW", "IN_PROGRESS"] } } }) : scanned.length,
    truncated,
    scanLimit: GROUP_SCAN_LIMIT,
  };
}
