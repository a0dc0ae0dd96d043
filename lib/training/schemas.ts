// Retraining requests and training runs, as the API takes and answers them. Client-safe.
import { z } from "zod";

export const TRAINING_STATUSES = ["QUEUED", "RUNNING", "SUCCEEDED", "FAILED"] as const;
export type TrainingStatus = (typeof TRAINING_STATUSES)[number];

export const RetrainIn = z
  .object({
    /** the version to challenge; the model's production version when left out */
    baseVersion: z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_.+-]+$/, "letters, digits and _ . + - only").optional(),
  })
  .strict();
export type RetrainIn = z.infer<typeof RetrainIn>;

export const RetrainStarted = z.object({ runId: z.number().int() });
export type RetrainStarted = z.infer<typeof RetrainStarted>;

const VersionRef = z.object({ model: z.string(), version: z.string() });

export const TrainingRunOut = z.object({
  id: z.number().int(),
  status: z.enum(TRAINING_STATUSES),
  /** 0..1 */
  progress: z.number(),
  step: z.string().nullable(),
  dataset: z.object({ name: z.string(), version: z.number().int(), sha256: z.string() }).nullable(),
  baseVersion: VersionRef.nullable(),
  resultVersion: VersionRef.extend({ stage: z.string() }).nullable(),
  error: z.string().nullable(),
  /** seed, split, hyperparameters, training and hold-out metrics, threshold rule, shadow scoring */
  details: z.record(z.string(), z.unknown()),
  startedBy: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type TrainingRunOut = z.infer<typeof TrainingRunOut>;

export const isFinished = (status: TrainingStatus) => status === "SUCCEEDED" || status === "FAILED";

/** What the console's "Retrain challenger" confirms before starting, or why it cannot start. */
export type RetrainPlan =
  | {
      ready: true;
      model: string;
      baseVersion: string;
      baseStage: string;
      rows: number;
      positives: number;
      negatives: number;
      classBalance: number | null;
    }
  | { ready: false; reason: string };
