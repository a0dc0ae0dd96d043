import "server-only";
// Starting a retrain: check the snapshot and the version it challenges before anything is
// written (a clear 4xx, never a run doomed from the start), record the run and its audit event,
// and launch the job in the background of this process. The caller gets the run's id at once.
import { conflict, forbidden, notFound } from "@/lib/api/errors";
import { actorOf, principalCan, type Principal } from "@/lib/api/principal";
import { recordAudit } from "@/lib/audit/record";
import { findVersion } from "@/lib/datasets/read";
import type { DatasetManifest } from "@/lib/datasets/schemas";
import { prisma } from "@/lib/db/client";
import { snapshotRef } from "@/lib/registry/snapshot-ref";
import type { Stage } from "@/lib/registry/schemas";
import { familyMismatch } from "./family";
import { launch } from "./jobs";
import { executeTrainingRun } from "./run-job";
import { failIfStale } from "./runs";
import type { RetrainIn, RetrainStarted } from "./schemas";

/** Rows each class needs: enough to fit, with some of each held out to measure. */
export const MIN_ROWS_PER_CLASS = 10;

export type RetrainTarget = {
  datasetVersionId: number;
  dataset: { name: string; version: number; sha256: string; rows: number; positives: number; negatives: number; classBalance: number | null };
  model: string;
  base: { id: number; version: string; stage: Stage };
};

/** What retraining this snapshot would challenge, or the AppError saying why it cannot. */
export async function retrainTarget(name: string, version: number, baseVersion?: string): Promise<RetrainTarget> {
  const found = await findVersion(name, version);
  const manifest = found.manifest as DatasetManifest;
  const model = typeof manifest.filter?.model === "string" ? manifest.filter.model : null;
  if (!model) throw conflict(`The manifest of ${snapshotRef(name, version)} names no model to retrain`);
  const select = { id: true, version: true, stage: true, features: true } as const;
  const base = baseVersion
    ? await prisma().modelVersion.findFirst({ where: { version: baseVersion, model: { name: model } }, select })
    : await prisma().modelVersion.findFirst({ where: { stage: "PRODUCTION", model: { name: model } }, select });
  if (!base) throw baseVersion ? notFound(`${model} has no version ${baseVersion}`) : conflict(`${model} has no production version to challenge: name the version to retrain in baseVersion`);
  const mismatch = familyMismatch(base.features);
  if (mismatch) throw conflict(`${model} ${base.version} cannot be retrained here: ${mismatch}. Retrain it in its own pipeline and register the result with POST /api/v1/models/${model}/versions`);
  const { positives, negatives } = manifest.counts;
  if (positives < MIN_ROWS_PER_CLASS || negatives < MIN_ROWS_PER_CLASS) {
    throw conflict(`${snapshotRef(name, version)} has ${positives} positive and ${negatives} negative rows; training needs at least ${MIN_ROWS_PER_CLASS} of each class`);
  }
  return {
    datasetVersionId: found.id,
    dataset: { name, version, sha256: found.sha256, rows: found.rows, positives, negatives, classBalance: manifest.classBalance },
    model,
    base: { id: base.id, version: base.version, stage: base.stage },
  };
}

/** Leads (models:retrain) in the console; pipelines with an API key scoped models:write. */
function requireRetrain(principal: Principal): void {
  if (!principalCan(principal, "models:retrain", "models:write")) throw forbidden('Retraining needs the permission "models:retrain" (an API key: the scope "models:write")');
}

export async function startRetrain(name: string, version: number, input: RetrainIn, principal: Principal): Promise<RetrainStarted> {
  requireRetrain(principal);
  const target = await retrainTarget(name, version, input.baseVersion);
  const active = await prisma().trainingRun.findMany({
    where: { datasetVersionId: target.datasetVersionId, baseVersionId: target.base.id, status: { in: ["QUEUED", "RUNNING"] } },
  });
  for (const run of active) {
    if ((await failIfStale(run)).status !== "FAILED") throw conflict(`Training run ${run.id} is already retraining ${target.model} ${target.base.version} on ${snapshotRef(name, version)}; follow it at /api/v1/training-runs/${run.id}`);
  }
  const actor = actorOf(principal);
  const run = await prisma().$transaction(async (tx) => {
    const created = await tx.trainingRun.create({
      data: {
        datasetVersionId: target.datasetVersionId,
        baseVersionId: target.base.id,
        status: "QUEUED",
        progress: 0,
        step: "queued",
        details: { heartbeatAt: new Date().toISOString() },
        startedBy: actor.label,
      },
    });
    await recordAudit(
      {
        actor,
        action: "model.retrain_started",
        target: `training-run:${created.id}`,
        details: { model: target.model, baseVersion: target.base.version, dataset: snapshotRef(name, version), sha256: target.dataset.sha256, rows: target.dataset.rows },
      },
      tx,
    );
    return created;
  });
  launch(run.id, () => executeTrainingRun(run.id, actor));
  return { runId: run.id };
}
