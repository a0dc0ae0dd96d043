// Closing the loop: retrain a challenger on a dataset snapshot with the built-in trainer, and
// follow the run. Leads do it in the console (models:retrain); pipelines with an API key
// scoped models:write. Client-safe.
import { z } from "zod";
import { DatasetName } from "@/lib/datasets/schemas";
import { RetrainIn, RetrainStarted, TrainingRunOut } from "@/lib/training/schemas";
import { numericId } from "./path-params";
import type { ApiRoute } from "./types";

export const TRAINING_ROUTES: ApiRoute[] = [
  {
    method: "POST",
    path: "/api/v1/datasets/{name}/versions/{version}/retrain",
    tag: "Models",
    summary: "Retrain a challenger on a dataset snapshot",
    description:
      "Runs in the background and answers at once with the run's id. The built-in trainer fits the demo's model family (logistic regression on its featurisation) to the snapshot's rows, checked against its sha256, holding out a stratified seeded 20 %; registers the next minor version of the snapshot's model in SHADOW with its lineage (the snapshot, `parentVersion`, the run) and the threshold at which it alerts on the same share of recent events as the version it challenges; then shadow-scores that version's last 7 days of events (at most 20,000) through ingest — no alerts, paired by eventId for the champion–challenger comparison. `baseVersion` defaults to the production version. Refused (409) when the base version is not of the built-in family, the snapshot has fewer than 10 rows of either class, or the same retrain is already running.",
    permission: "models:retrain",
    apiKeyScope: "models:write",
    params: {
      name: { description: "the dataset's name", schema: DatasetName, example: "intrusion-fp-retrain" },
      version: { description: "the version number (1, 2, …)", schema: z.string().regex(/^\d+$/), example: "1" },
    },
    body: { name: "RetrainIn", schema: RetrainIn, example: { baseVersion: "1.0.0" } },
    response: { status: 202, description: "the run was started; follow it at /api/v1/training-runs/{runId}", name: "RetrainStarted", schema: RetrainStarted },
    errors: [{ status: 409, description: "the base version cannot be retrained here, the snapshot is too small or one-class, or the same retrain is running" }],
  },
  {
    method: "GET",
    path: "/api/v1/training-runs/{id}",
    tag: "Models",
    summary: "Follow a training run",
    description:
      "Status (QUEUED, RUNNING, SUCCEEDED, FAILED), progress 0..1 with the step it is on, the version it registered, the error, and details: seed, split, coefficients, training and hold-out metrics, the threshold rule, shadow scoring and timings. A run left running by a server restart is reported FAILED, with an error saying so, once it has shown no progress for 2 minutes.",
    permission: "models:read",
    apiKeyScope: "models:write",
    params: { id: numericId("training run") },
    response: { status: 200, description: "the run", name: "TrainingRun", schema: TrainingRunOut },
  },
];
