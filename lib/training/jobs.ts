import "server-only";
// Training runs execute in the background of the server process that accepted them: an
// in-process async job, tracked here so a reader can tell a live run from one a restart left
// behind. On globalThis because Next.js may load this module once per route bundle.

const holder = globalThis as { vigilTrainingJobs?: Map<number, Promise<void>> };
const jobs = (holder.vigilTrainingJobs ??= new Map());

/** Starts `job` without waiting for it; it must record its own failure (this only logs). */
export function launch(runId: number, job: () => Promise<void>): void {
  const running = job()
    .catch((error: unknown) => console.error(`[training] run ${runId} could not record its outcome`, error))
    .finally(() => jobs.delete(runId));
  jobs.set(runId, running);
}

export const isRunningHere = (runId: number): boolean => jobs.has(runId);

/** Resolves when the run's job (if this process runs it) has finished. */
export async function settled(runId: number): Promise<void> {
  await jobs.get(runId);
}
