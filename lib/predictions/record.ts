import "server-only";
// One prediction with everything an auditor needs to account for it: what went in, what
// came out and against which threshold, which model version (and where that came from) made
// it, why, what analysts decided, and every recorded action on it or its alert.
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/api/errors";
import { labelHistory, LABEL_HISTORY } from "@/lib/alerts/label-history";
import type { Explanation } from "@/lib/ingest/schemas";
import type { Baseline } from "@/lib/registry/schemas";

export async function getPredictionRecord(id: number) {
  const prediction = await prisma().prediction.findUnique({
    where: { id },
    include: {
      labels: LABEL_HISTORY,
      alert: { include: { assignee: { select: { name: true, email: true } } } },
      modelVersion: {
        include: {
          model: true,
          trainingDatasetVersion: { include: { dataset: { select: { name: true } } } },
          stageChanges: { orderBy: { at: "asc" } },
        },
      },
    },
  });
  if (!prediction) throw notFound(`Prediction ${id} does not exist`);
  const { modelVersion: mv, alert } = prediction;
  const targets = [`prediction:${id}`, ...(alert ? [`alert:${alert.id}`] : [])];
  const events = await prisma().auditEvent.findMany({ where: { target: { in: targets } }, orderBy: { seq: "asc" }, take: 1000 });
  return {
    id: prediction.id,
    eventId: prediction.eventId,
    time: prediction.time.toISOString(),
    ingestedAt: prediction.ingestedAt.toISOString(),
    score: prediction.score,
    threshold: prediction.threshold,
    decision: prediction.decision,
    entity: { host: prediction.host, user: prediction.userName, sourceIp: prediction.sourceIp, businessUnit: prediction.businessUnit },
    attackType: prediction.attackType,
    auditSample: prediction.auditSample,
    inclusionProbability: prediction.inclusionProbability,
    features: prediction.features as Record<string, number | string | boolean | null>,
    explanation: prediction.explanation as Explanation | null,
    rawEvent: prediction.rawEvent as Record<string, unknown> | null,
    model: {
      name: mv.model.name,
      description: mv.model.description,
      owner: mv.model.owner,
      version: mv.version,
      versionId: mv.id,
      stage: mv.stage,
      /** the version's threshold now; the prediction keeps the one in force when it was scored */
      currentThreshold: mv.threshold,
      features: mv.features as { name: string; type: string; description?: string }[],
      hyperparameters: mv.hyperparameters as Record<string, unknown> | null,
      metrics: mv.metrics as Record<string, unknown> | null,
      trainingDataset: mv.trainingDatasetVersion
        ? {
            name: mv.trainingDatasetVersion.dataset.name,
            version: mv.trainingDatasetVersion.version,
            rows: mv.trainingDatasetVersion.rows,
            sha256: mv.trainingDatasetVersion.sha256,
          }
        : mv.trainingDataset
          ? { name: mv.trainingDataset, version: null, rows: null, sha256: null }
          : null,
      codeCommit: mv.codeCommit,
      artifactUri: mv.artifactUri,
      createdBy: mv.createdBy,
      createdAt: mv.createdAt.toISOString(),
      stageChanges: mv.stageChanges.map((change) => ({
        from: change.fromStage,
        to: change.toStage,
        requestedBy: change.requestedBy,
        approvedBy: change.approvedBy,
        reason: change.reason,
        at: change.at.toISOString(),
      })),
    },
    baseline: mv.baseline as Baseline | null,
    alert: alert
      ? {
          id: alert.id,
          status: alert.status,
          severity: alert.severity,
          assignee: alert.assignee?.name ?? null,
          acknowledgedAt: alert.acknowledgedAt?.toISOString() ?? null,
          resolvedAt: alert.resolvedAt?.toISOString() ?? null,
        }
      : null,
    labels: labelHistory(prediction.labels),
    events: events.map((event) => ({
      seq: event.seq,
      at: event.at.toISOString(),
      actor: event.actor,
      action: event.action,
      target: event.target,
      details: event.details,
      hash: event.hash,
    })),
  };
}
export type PredictionRecord = Awaited<ReturnType<typeof getPredictionRecord>>;
