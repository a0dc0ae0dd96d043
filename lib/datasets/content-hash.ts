import "server-only";
// A selection's content hash with bounded memory: the rows (already in canonical order) are
// hashed a page at a time, each page's features read by prediction id, so building or
// previewing a 100,000-row version never holds every row's features at once.
import { prisma } from "@/lib/db/client";
import { compareRows, contentHasher } from "./canonical";
import type { Candidate } from "./select-rows";

const PAGE = 1_000;

async function featuresOf(predictionIds: number[]): Promise<Map<number, unknown>> {
  const rows = await prisma().prediction.findMany({ where: { id: { in: predictionIds } }, select: { id: true, features: true } });
  return new Map(rows.map((row) => [row.id, row.features]));
}

export async function hashSelection(rows: readonly Candidate[]): Promise<string> {
  const sorted = rows.every((row, i) => i === 0 || compareRows(rows[i - 1], row) <= 0) ? rows : [...rows].sort(compareRows);
  const hasher = contentHasher();
  for (let start = 0; start < sorted.length; start += PAGE) {
    const page = sorted.slice(start, start + PAGE);
    const features = await featuresOf(page.map((row) => row.predictionId));
    for (const row of page) hasher.add({ ...row, features: features.get(row.predictionId) ?? null });
  }
  return hasher.digest();
}
