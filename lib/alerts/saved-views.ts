import "server-only";
// Saved queue views, per user: a name and the queue's URL query (filters and sort only).
import { prisma } from "@/lib/db/client";
import { badRequest, notFound } from "@/lib/api/errors";
import { issuesOf } from "@/lib/api/with-api";
import { AlertListQuery, QUEUE_URL_KEYS, type SavedView, type SavedViewIn } from "./schemas";

/** Keeps only the queue's filter keys, in a stable order, after checking they parse. */
export function normalizeViewQuery(query: string): string {
  const params = new URLSearchParams(query.startsWith("?") ? query.slice(1) : query);
  const kept = new URLSearchParams();
  for (const key of QUEUE_URL_KEYS) {
    const value = params.get(key);
    if (value) kept.set(key, value);
  }
  const parsed = AlertListQuery.safeParse(Object.fromEntries(kept));
  if (!parsed.success) throw badRequest("The view's filters are invalid", issuesOf(parsed.error, ["query"]));
  return kept.toString();
}

const toView = (row: { id: string; name: string; query: string; createdAt: Date }): SavedView => ({ ...row, createdAt: row.createdAt.toISOString() });

export async function listViews(userId: string): Promise<SavedView[]> {
  const rows = await prisma().savedView.findMany({ where: { userId }, orderBy: { name: "asc" } });
  return rows.map(toView);
}

/** Saving under an existing name replaces that view. */
export async function saveView(userId: string, view: SavedViewIn): Promise<SavedView> {
  const query = normalizeViewQuery(view.query);
  const row = await prisma().savedView.upsert({
    where: { userId_name: { userId, name: view.name } },
    create: { userId, name: view.name, query },
    update: { query },
  });
  return toView(row);
}

export async function deleteView(userId: string, id: string): Promise<{ deleted: string }> {
  const { count } = await prisma().savedView.deleteMany({ where: { id, userId } });
  if (!count) throw notFound("No such saved view");
  return { deleted: id };
}
