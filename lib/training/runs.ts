import "server-only";
// Reading a training run. A run still QUEUED or RUNNING that no process is working on — its
// heartbeat older than STALE_AFTER_MS and not running here, e.g. the server restarted mid-run —
// is marked FAILED on read, with an error that says so, so nobody waits on it forever.
import { notFound } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db/client";
import { isRunningHere } from "./jobs";
import type { TrainingRunOut, TrainingStatus } from "./schemas";

/** Progress is written at least every few seconds while a run works (each step, each ingest batch). */
export const STALE_AFTER_MS = 120_000;

type RunRow = {
  id: number;
  datasetVersionId: number;
  baseVersionId: number;
  status: string;
  progress: number;
  step: string | null;
  resultVersionId: number | null;
  error: string | null;
  details: unknown;
  startedBy: string | null;
  startedAt: Date;
  finishedAt: Date | null;
};

const isActive = (status: string) => status === "QUEUED" || status === "RUNNING";

function heartbeatOf(run: RunRow): number {
  const beat = (run.details as { heartbeatAt?: unknown } | null)?.heartbeatAt;
  const at = typeof beat === "string" ? Date.parse(beat) : NaN;
  return Number.isFinite(at) ? at : run.startedAt.getTime();
}

export async function failIfStale(run: RunRow, now = Date.now()): Promise<RunRow> {
  if (!isActive(run.status) || isRunningHere(run.id) || now - heartbeatOf(run) < STALE_AFTER_MS) return run;
  const error = `The server stopped while this run was ${run.step ?? "queued"} (no progress for over ${STALE_AFTER_MS / 1000} s, most likely a restart); it will not resume. Start the retrain again.`;
  const moved = await prisma().trainingRun.updateMany({
    where: { id: run.id, status: { in: ["QUEUED", "RUNNING"] } },
    data: { status: "FAILED", error, finishedAt: new Date(now) },
  });
  if (moved.count === 1) {
    await recordAudit({ actor: { label: "trainer" }, action: "model.retrain_finished", target: `training-run:${run.id}`, details: { status: "FAILED", resultVersion: null, error } });
  }
  return prisma().trainingRun.findUniqueOrThrow({ where: { id: run.id } });
}

export async function readTrainingRun(id: number): Promise<TrainingRunOut> {
  const found = await prisma().trainingRun.findUnique({ where: { id } });
  if (!found) throw notFound(`No training run ${id}`);
  const run = await failIfStale(found);
  const versionSelect = { version: true, stage: true, model: { select: { name: true } } } as const;
  const [dataset, base, result] = await Promise.all([
    prisma().datasetVersion.findUnique({ where: { id: run.datasetVersionId }, select: { version: true, sha256: true, dataset: { select: { name: true } } } }),
    prisma().modelVersion.findUnique({ where: { id: run.baseVersionId }, select: versionSelect }),
    run.resultVersionId === null ? null : prisma().modelVersion.findUnique({ where: { id: run.resultVersionId }, select: versionSelect }),
  ]);
  return {
    id: run.id,
    status: run.status as TrainingStatus,
    progress: run.progress,
    step: run.step,
    dataset: dataset ? { name: dataset.dataset.name, version: dataset.version, sha256: dataset.sha256 } : null,
    baseVersion: base ? { model: base.model.name, version: base.version } : null,
    resultVersion: result ? { model: result.model.name, version: result.version, stage: result.stage } : null,
    error: run.error,
    details: (run.details as Record<string, unknown> | null) ?? {},
    startedBy: run.startedBy,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
  };
}
