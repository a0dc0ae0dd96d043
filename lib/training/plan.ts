import "server-only";
// What the dataset version page's "Retrain challenger" confirms: the same checks the API makes
// before it starts a run, so the console says up front why a snapshot cannot be retrained.
import { AppError } from "@/lib/api/errors";
import type { RetrainPlan } from "./schemas";
import { retrainTarget } from "./start";

export async function retrainPlan(name: string, version: number): Promise<RetrainPlan> {
  try {
    const target = await retrainTarget(name, version);
    const { rows, positives, negatives, classBalance } = target.dataset;
    return { ready: true, model: target.model, baseVersion: target.base.version, baseStage: target.base.stage, rows, positives, negatives, classBalance };
  } catch (error) {
    if (error instanceof AppError && (error.status === 404 || error.status === 409)) return { ready: false, reason: error.message };
    throw error;
  }
}
