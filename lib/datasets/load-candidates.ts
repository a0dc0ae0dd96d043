import "server-only";
// Reads the latest verdict (the label nothing supersedes) of every prediction the filter
// covers: one query, joined to its prediction and model version — without the features, the
// bulk of a prediction, which the content hash reads a page at a time.
import { notFound } from "@/lib/api/errors";
import { prisma } from "@/lib/db/client";
import type { DatasetFilter } from "./schemas";
import type { CandidateIn } from "./select-rows";

export async function loadCandidates(filter: DatasetFilter): Promise<CandidateIn[]> {
  const versions = await prisma().modelVersion.findMany({
    where: { model: { name: filter.model }, ...(filter.version ? { version: filter.version } : {}) },
    select: { id: true },
  });
  if (!versions.length) throw notFound(filter.version ? `No version ${filter.version} of model ${filter.model}` : `No model named ${filter.model}`);
  const time = { ...(filter.from ? { gte: new Date(filter.from) } : {}), ...(filter.to ? { lt: new Date(filter.to) } : {}) };
  const labels = await prisma().label.findMany({
    where: {
      supersededBy: null,
      source: { in: filter.sources },
      prediction: { modelVersionId: { in: versions.map((v) => v.id) }, ...(filter.from || filter.to ? { time } : {}) },
    },
    select: {
      id: true,
      verdict: true,
      source: true,
      at: true,
      labelledBy: { select: { email: true } },
      prediction: {
        select: { id: true, eventId: true, time: true, score: true, auditSample: true, modelVersion: { select: { version: true, model: { select: { name: true } } } } },
      },
    },
  });
  return labels.map((label) => ({
    predictionId: label.prediction.id,
    labelId: label.id,
    eventId: label.prediction.eventId,
    model: label.prediction.modelVersion.model.name,
    version: label.prediction.modelVersion.version,
    time: label.prediction.time,
    score: label.prediction.score,
    verdict: label.verdict,
    source: label.source,
    labelledAt: label.at,
    auditSample: label.prediction.auditSample,
    // Imports have no person behind them: name the source instead.
    labeller: label.labelledBy?.email ?? `(${label.source.toLowerCase()})`,
  }));
}
