import "server-only";
// The audit trail as the Audit page lists it: newest first, filtered, keyset pages by seq.
import { prisma } from "@/lib/db/client";
import { rawRead } from "./raw-read";
import type { AuditEventPage, AuditEventQuery } from "./schemas";

export async function listAuditEvents(query: AuditEventQuery): Promise<AuditEventPage> {
  const rows = await prisma().auditEvent.findMany({
    where: {
      actor: query.actor,
      action: query.action,
      target: query.target,
      at: query.from || query.to ? { gte: query.from, lt: query.to } : undefined,
      seq: query.cursor ? { lt: query.cursor } : undefined,
    },
    orderBy: { seq: "desc" },
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  return {
    events: page.map((row) => ({
      seq: row.seq,
      at: row.at.toISOString(),
      actorId: row.actorId,
      actor: row.actor,
      action: row.action,
      target: row.target,
      details: row.details,
      prevHash: row.prevHash,
      hash: row.hash,
    })),
    nextCursor: rows.length > query.limit ? page[page.length - 1].seq : null,
  };
}

/**
 * The distinct actions recorded, for the filter's suggestions. A loose index scan (one probe
 * of the action index per distinct value) stays cheap on millions of events.
 */
export async function auditActions(): Promise<string[]> {
  const rows = await rawRead<{ action: string | null }>(
    `WITH RECURSIVE "a"("action") AS (
       SELECT MIN("action") FROM "AuditEvent"
       UNION ALL
       SELECT (SELECT MIN("action") FROM "AuditEvent" WHERE "action" > "a"."action") FROM "a" WHERE "a"."action" IS NOT NULL
     ) SELECT "action" FROM "a" WHERE "action" IS NOT NULL LIMIT 500`,
  );
  return rows.map((row) => row.action!);
}
