import "server-only";
// One alert with everything an analyst needs to judge it: the event, the score against the
// threshold, the explanation with each feature's value, and the verdict history.
import { prisma } from "@/lib/db/client";
import { LABEL_HISTORY, labelHistory } from "./label-history";
import { notFound } from "@/lib/api/errors";
import type { Explanation } from "@/lib/ingest/schemas";
import type { Baseline } from "@/lib/registry/schemas";

export async function getAlertDetail(id: number) {
  const alert = await prisma().alert.findUnique({
    where: { id },
    include: {
      assignee: { select: { id: true, name: true, email: true } },
      modelVersion: { select: { version: true, threshold: true, stage: true, baseline: true, model: { select: { name: true } } } },
      prediction: {
        include: {
          labels: LABEL_HISTORY,
        },
      },
    },
  });
  if (!alert) throw notFound(`Alert ${id} does not exist`);
  const { prediction, modelVersion } = alert;
  return {
    id: alert.id,
    status: alert.status,
    severity: alert.severity,
    score: alert.score,
    time: alert.time.toISOString(),
    slaDueAt: alert.slaDueAt.toISOString(),
    acknowledgedAt: alert.acknowledgedAt?.toISOString() ?? null,
    resolvedAt: alert.resolvedAt?.toISOString() ?? null,
    statusChangedAt: alert.statusChangedAt?.toISOString() ?? null,
    rowVersion: alert.rowVersion,
    assignee: alert.assignee,
    attackType: alert.attackType,
    entity: { host: alert.host, user: alert.userName, sourceIp: alert.sourceIp, businessUnit: alert.businessUnit },
    model: { name: modelVersion.model.name, version: modelVersion.version, stage: modelVersion.stage },
    threshold: prediction.threshold,
    prediction: {
      id: prediction.id,
      eventId: prediction.eventId,
      features: prediction.features as Record<string, number | string | boolean | null>,
      explanation: prediction.explanation as Explanation | null,
      rawEvent: prediction.rawEvent as Record<string, unknown> | null,
    },
    baseline: modelVersion.baseline as Baseline | null,
    labels: labelHistory(prediction.labels),
  };
}
export type AlertDetail = Awaited<ReturnType<typeof getAlertDetail>>;
