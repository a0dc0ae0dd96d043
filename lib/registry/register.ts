import "server-only";
// Registers a model version (creating the model on first use), with its first stage change
// and an audit event, in one transaction. A training dataset named "name@version" of a dataset
// snapshot Vigil holds links the version to it.
import { prisma } from "@/lib/db/client";
import { conflict } from "@/lib/api/errors";
import { isUniqueViolation } from "@/lib/db/errors";
import { recordAudit, type Actor, type Tx } from "@/lib/audit/record";
import type { ModelVersionIn } from "./schemas";
import { parseSnapshotRef } from "./snapshot-ref";

/** The dataset version "name@version" names, when Vigil holds it (see snapshot-ref.ts). */
async function snapshotIdOf(tx: Tx, trainingDataset: string | undefined): Promise<number | null> {
  const ref = parseSnapshotRef(trainingDataset);
  if (!ref) return null;
  const found = await tx.datasetVersion.findFirst({ where: { version: ref.version, dataset: { name: ref.name } }, select: { id: true } });
  return found?.id ?? null;
}

export type RegisteredVersion = { id: number; model: string; version: string; stage: string; threshold: number };

export async function registerModelVersion(modelName: string, input: ModelVersionIn, actor: Actor): Promise<RegisteredVersion> {
  const stage = input.stage ?? "DEVELOPMENT";
  try {
    return await prisma().$transaction(async (tx) => {
      const model = await tx.model.upsert({
        where: { name: modelName },
        create: { name: modelName, description: input.description, owner: input.owner },
        update: {},
      });
      const created = await tx.modelVersion.create({
        data: {
          modelId: model.id,
          version: input.version,
          stage,
          threshold: input.threshold,
          features: input.features,
          hyperparameters: input.hyperparameters as object | undefined,
          metrics: input.metrics,
          trainingDataset: input.trainingDataset,
          trainingDatasetVersionId: await snapshotIdOf(tx, input.trainingDataset),
          codeCommit: input.codeCommit,
          artifactUri: input.artifactUri,
          baseline: input.baseline as object | undefined,
          createdBy: actor.label,
        },
      });
      await tx.stageChange.create({
        data: { modelVersionId: created.id, fromStage: null, toStage: stage, requestedBy: actor.label, approvedBy: actor.label, reason: "registered" },
      });
      await recordAudit(
        { actor, action: "model.version_registered", target: `model:${modelName}@${input.version}`, details: { stage, threshold: input.threshold } },
        tx,
      );
      return { id: created.id, model: modelName, version: created.version, stage, threshold: created.threshold };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`${modelName} version ${input.version} is already registered`);
    throw error;
  }
}
