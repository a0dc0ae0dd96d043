import "server-only";
// One training run, start to finish: read the snapshot (checked against its sha256), fit the
// demo's logistic model on a stratified seeded split, score the base version's recent events,
// cut the threshold at the base version's alert rate on them, record hold-out metrics and a
// baseline, register the next version in SHADOW with its lineage (the snapshot, the parent,
// this run), then shadow-score those events through ingest. Progress is written as it goes;
// the outcome is recorded on the run and in the audit trail.
import { AppError } from "@/lib/api/errors";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { prisma } from "@/lib/db/client";
import { buildBaseline } from "@/lib/registry/baseline";
import { registerModelVersion, type RegisteredVersion } from "@/lib/registry/register";
import type { ModelVersionIn } from "@/lib/registry/schemas";
import { snapshotRef } from "@/lib/registry/snapshot-ref";
import { FEATURE_SPECS } from "@/lib/simulate/features";
import { scoreEvent } from "@/lib/simulate/model";
import { describeLinearModel } from "@/lib/simulate/training";
import { toArtifact } from "./artifact";
import { inheritedL2 } from "./family";
import { type ChallengerFit, DEFAULT_SEED, fitChallenger, HOLDOUT_FRACTION } from "./fit";
import { loadSnapshot, type Snapshot } from "./load-snapshot";
import { finiteOnly, splitMetrics, type SplitMetrics } from "./metrics";
import { RunProgress } from "./progress";
import { loadRecentEvents } from "./recent-events";
import { nextMinorVersion } from "./semver";
import { shadowScore } from "./shadow";
import { matchChampionAlertRate, type ThresholdChoice } from "./threshold";

export const TRAINER = "vigil built-in trainer: logistic regression (Newton/IRLS) on the demo featurisation";

type Base = { id: number; version: string; threshold: number; hyperparameters: unknown; model: { name: string; owner: string | null } };

type Fitted = { snapshot: Snapshot; base: Base; fit: ChallengerFit; l2: number; choice: ThresholdChoice; train: SplitMetrics; holdout: SplitMetrics; baseline: ModelVersionIn["baseline"] };

function registration(runId: number, version: string, f: Fitted): ModelVersionIn {
  const { snapshot, base, fit, l2, choice, train, holdout } = f;
  return {
    version,
    threshold: choice.threshold,
    stage: "SHADOW",
    description: `Retrained by Vigil's built-in trainer on ${snapshotRef(snapshot.name, snapshot.version)} (${fit.rows.length} labelled rows, ${fit.split.holdout.length} held out) to challenge ${base.version}. Headline metrics are on the held-out rows.`,
    owner: base.model.owner ?? undefined,
    features: FEATURE_SPECS,
    hyperparameters: {
      ...describeLinearModel(fit.model, l2),
      trainer: TRAINER,
      parentVersion: base.version,
      trainingRunId: runId,
      trainingDataset: { name: snapshot.name, version: snapshot.version, sha256: snapshot.sha256 },
      splitSeed: fit.splitSeed,
      holdoutFraction: HOLDOUT_FRACTION,
      thresholdRule: choice.rule,
      artifact: toArtifact(fit.model),
    },
    metrics: finiteOnly({
      rocAuc: holdout.rocAuc,
      averagePrecision: holdout.averagePrecision,
      precisionAtThreshold: holdout.precisionAtThreshold,
      recallAtThreshold: holdout.recallAtThreshold,
      logLoss: holdout.logLoss,
      brier: holdout.brier,
      trainRocAuc: train.rocAuc,
      trainAveragePrecision: train.averagePrecision,
      trainingRows: fit.split.train.length,
      holdoutRows: fit.split.holdout.length,
      positiveRate: (train.positives + holdout.positives) / fit.rows.length,
      newtonIterations: fit.model.fit.iterations,
      gradientNorm: fit.model.fit.gradientNorm,
      championAlertRate: choice.championAlertRate ?? undefined,
      alertRate: choice.challengerAlertRate ?? undefined,
    }),
    trainingDataset: snapshotRef(snapshot.name, snapshot.version),
    artifactUri: `vigil://models/${base.model.name}/${version}/hyperparameters.artifact`,
    baseline: f.baseline,
  };
}

/** Registers under the next free minor version; a name taken meanwhile moves to the next one. */
async function registerNextVersion(runId: number, fitted: Fitted, actor: Actor): Promise<RegisteredVersion> {
  for (let attempt = 0; ; attempt++) {
    const taken = await prisma().modelVersion.findMany({ where: { model: { name: fitted.base.model.name } }, select: { version: true } });
    const version = nextMinorVersion(taken.map((v) => v.version));
    try {
      return await registerModelVersion(fitted.base.model.name, registration(runId, version, fitted), actor);
    } catch (error) {
      if (attempt < 2 && error instanceof AppError && error.status === 409) continue;
      throw error;
    }
  }
}

const elapsed = (since: number) => Math.round(performance.now() - since);

async function finish(runId: number, actor: Actor, outcome: { status: "SUCCEEDED" | "FAILED"; error?: string; details: Record<string, unknown>; resultVersion?: string }) {
  const succeeded = outcome.status === "SUCCEEDED";
  const moved = await prisma().trainingRun.updateMany({
    where: { id: runId, status: { in: ["QUEUED", "RUNNING"] } },
    data: {
      status: outcome.status,
      ...(succeeded ? { progress: 1, step: "done" } : {}),
      error: outcome.error ?? null,
      details: outcome.details as object,
      finishedAt: new Date(),
    },
  });
  // Already finished: a reader declared it dead meanwhile, and recorded that.
  if (moved.count === 0) return;
  await recordAudit({
    actor,
    action: "model.retrain_finished",
    target: `training-run:${runId}`,
    details: { status: outcome.status, resultVersion: outcome.resultVersion ?? null, ...(outcome.error ? { error: outcome.error } : {}) },
  });
}

export async function executeTrainingRun(runId: number, actor: Actor): Promise<void> {
  const started = performance.now();
  const run = await prisma().trainingRun.findUniqueOrThrow({ where: { id: runId }, select: { datasetVersionId: true, baseVersionId: true, details: true } });
  const progress = new RunProgress(runId, { ...((run.details as Record<string, unknown> | null) ?? {}) });
  const timings: Record<string, number> = {};
  let step = "starting";
  let resultVersion: string | undefined;
  try {
    step = "loading the snapshot";
    await progress.set(0.02, step);
    let lap = performance.now();
    const snapshot = await loadSnapshot(run.datasetVersionId);
    const base = await prisma().modelVersion.findUniqueOrThrow({
      where: { id: run.baseVersionId },
      select: { id: true, version: true, threshold: true, hyperparameters: true, model: { select: { name: true, owner: true } } },
    });
    timings.loadSnapshotMs = elapsed(lap);
    const l2 = inheritedL2(base.hyperparameters);

    step = `training on ${snapshot.rows.length.toLocaleString("en")} rows`;
    await progress.set(0.1, step, { l2, seed: DEFAULT_SEED, holdoutFraction: HOLDOUT_FRACTION });
    lap = performance.now();
    const fit = fitChallenger(snapshot.rows, { l2, seed: DEFAULT_SEED, holdoutFraction: HOLDOUT_FRACTION, sha256: snapshot.sha256 });
    timings.fitMs = elapsed(lap);

    step = `scoring ${base.version}'s recent events`;
    await progress.set(0.25, step, {
      split: { seed: fit.splitSeed, train: fit.split.train.length, holdout: fit.split.holdout.length },
      fit: { iterations: fit.model.fit.iterations, converged: fit.model.fit.converged, gradientNorm: fit.model.fit.gradientNorm },
      coefficients: { intercept: fit.model.intercept, weights: describeLinearModel(fit.model, l2).weights },
    });
    lap = performance.now();
    const recent = await loadRecentEvents(base.id);
    const scored = recent.events.map((event) => scoreEvent(fit.model, event.features));
    const challengerScores = scored.map((s) => s.score);
    const choice = matchChampionAlertRate(
      recent.events.map((event) => event.score),
      base.threshold,
      challengerScores,
    );
    timings.scoreRecentMs = elapsed(lap);

    step = "evaluating";
    await progress.set(0.35, step, { threshold: choice });
    const train = splitMetrics(fit.trainScores, fit.trainLabels, choice.threshold);
    const holdout = splitMetrics(fit.holdoutScores, fit.holdoutLabels, choice.threshold);
    const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? "";
    const baseline = recent.events.length
      ? buildBaseline(
          recent.events.map((event) => event.features),
          FEATURE_SPECS,
          challengerScores,
          `${base.version}'s traffic ${day(recent.from)}..${day(recent.to)} (${recent.events.length} events), scored by this version`,
        )
      : buildBaseline(
          fit.rows.map((row) => row.features),
          FEATURE_SPECS,
          Float64Array.from(fit.rows, (row) => scoreEvent(fit.model, row.features).score),
          `snapshot ${snapshotRef(snapshot.name, snapshot.version)} (${fit.rows.length} labelled rows)`,
        );

    step = "registering";
    await progress.set(0.4, step, { metrics: { train, holdout } });
    const registered = await registerNextVersion(runId, { snapshot, base, fit, l2, choice, train, holdout, baseline }, actor);
    resultVersion = registered.version;
    await prisma().trainingRun.update({ where: { id: runId }, data: { resultVersionId: registered.id } });

    step = `shadow-scoring 0/${recent.events.length}`;
    await progress.set(0.5, step, { resultVersion: registered.version });
    lap = performance.now();
    const target = { model: base.model.name, version: registered.version, threshold: registered.threshold, scoring: fit.model };
    const shadow = await shadowScore(target, recent.events, scored, async (done, total) => {
      step = `shadow-scoring ${done}/${total}`;
      await progress.set(0.5 + (0.5 * done) / total, step);
    });
    timings.shadowMs = elapsed(lap);
    timings.totalMs = elapsed(started);
    await finish(runId, actor, {
      status: "SUCCEEDED",
      resultVersion,
      details: { ...progress.details, shadow: { ...shadow, from: recent.from?.toISOString() ?? null, to: recent.to?.toISOString() ?? null }, timings },
    });
  } catch (error) {
    if (!(error instanceof AppError)) console.error(`[training] run ${runId} failed while ${step}`, error);
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\.$/, "");
    const left = resultVersion ? ` ${resultVersion} was registered and stays in shadow with the predictions written so far.` : "";
    timings.totalMs = elapsed(started);
    await finish(runId, actor, { status: "FAILED", error: `Training failed while ${step}: ${reason}.${left}`, details: { ...progress.details, timings }, resultVersion });
  }
}
