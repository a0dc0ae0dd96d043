import "server-only";
// A prediction's verdict history as screens show it, newest first. One shape for alerts, the
// audit sample and the auditors' prediction record.
import type { Prisma } from "@/generated/prisma/sqlite/client";

/** The `include` that loads what `labelHistory` needs. */
export const LABEL_HISTORY = {
  orderBy: { at: "desc" },
  include: { labelledBy: { select: { name: true } } },
} satisfies Prisma.Prediction$labelsArgs;

type LoadedLabel = Prisma.LabelGetPayload<{ include: { labelledBy: { select: { name: true } } } }>;

export function labelHistory(labels: LoadedLabel[]) {
  return labels.map((label) => ({
    id: label.id,
    verdict: label.verdict,
    reasonCode: label.reasonCode,
    note: label.note,
    source: label.source,
    at: label.at.toISOString(),
    by: label.labelledBy?.name ?? null,
    supersedesId: label.supersedesId,
  }));
}
