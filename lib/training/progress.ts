import "server-only";
// A run's progress as it goes: status, 0..1, the step it is on, and details (which also carry a
// heartbeat). Writes only while the run is still QUEUED or RUNNING: if a reader has meanwhile
// declared it dead (stale heartbeat), the job stops instead of resurrecting it.
import { prisma } from "@/lib/db/client";

export class RunProgress {
  constructor(
    readonly runId: number,
    readonly details: Record<string, unknown>,
  ) {}

  async set(progress: number, step: string, details: Record<string, unknown> = {}): Promise<void> {
    Object.assign(this.details, details, { heartbeatAt: new Date().toISOString() });
    const moved = await prisma().trainingRun.updateMany({
      where: { id: this.runId, status: { in: ["QUEUED", "RUNNING"] } },
      data: { status: "RUNNING", progress, step, details: this.details as object },
    });
    if (moved.count === 0) throw new Error("The run was stopped: it is no longer queued or running");
  }
}
