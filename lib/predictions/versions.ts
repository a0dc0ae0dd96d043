import "server-only";
// The model versions a history search can be narrowed to.
import { prisma } from "@/lib/db/client";

export async function versionOptions(): Promise<{ model: string; version: string }[]> {
  const rows = await prisma().modelVersion.findMany({ select: { version: true, model: { select: { name: true } } }, orderBy: [{ modelId: "asc" }, { id: "asc" }] });
  return rows.map((row) => ({ model: row.model.name, version: row.version }));
}
