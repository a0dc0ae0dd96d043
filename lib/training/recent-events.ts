import "server-only";
// The base version's recent traffic: the events the challenger shadow-scores when it starts,
// so its first day in shadow already pairs with the champion on the same eventIds. The last
// 7 days before the base version's newest prediction, newest first, at most 20,000 events.
import { prisma } from "@/lib/db/client";
import type { FeatureValues } from "@/lib/simulate/features";

export const SHADOW_WINDOW_DAYS = 7;
export const MAX_SHADOW_EVENTS = 20_000;

export type RecentEvent = {
  eventId: string;
  time: Date;
  /** the base version's score */
  score: number;
  features: FeatureValues;
  host: string | null;
  userName: string | null;
  sourceIp: string | null;
  businessUnit: string | null;
  rawEvent: unknown;
};

export async function loadRecentEvents(versionId: number): Promise<{ events: RecentEvent[]; from: Date | null; to: Date | null }> {
  const newest = await prisma().prediction.findFirst({ where: { modelVersionId: versionId }, orderBy: { time: "desc" }, select: { time: true } });
  if (!newest) return { events: [], from: null, to: null };
  const from = new Date(newest.time.getTime() - SHADOW_WINDOW_DAYS * 86_400_000);
  const rows = await prisma().prediction.findMany({
    where: { modelVersionId: versionId, time: { gte: from } },
    orderBy: [{ time: "desc" }, { id: "desc" }],
    take: MAX_SHADOW_EVENTS,
    select: { eventId: true, time: true, score: true, features: true, host: true, userName: true, sourceIp: true, businessUnit: true, rawEvent: true },
  });
  // Oldest first, ties by eventId: the same events always come in the same order.
  rows.sort((a, b) => a.time.getTime() - b.time.getTime() || (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0));
  return {
    events: rows.map((row) => ({ ...row, features: (row.features ?? {}) as FeatureValues })),
    from: rows.length ? rows[0].time : null,
    to: rows.length ? rows[rows.length - 1].time : null,
  };
}
