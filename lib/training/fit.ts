// Fits a challenger on a dataset snapshot: the snapshot's rows in their canonical order (the
// order its sha256 is taken over, so the same snapshot is the same input on either database),
// a stratified seeded hold-out, and the demo's own model (lib/simulate/model.ts: featurisation,
// Newton-fitted logistic regression, exact SHAP) on the rest. Deterministic. Pure.
import { compareRows } from "@/lib/datasets/canonical";
import type { FeatureValues } from "@/lib/simulate/features";
import { type LinearModel, scoreEvent, trainModel } from "@/lib/simulate/model";
import { hashString } from "@/lib/stats/random";
import { type Split, stratifiedHoldout } from "./split";

export type SnapshotRow = { model: string; version: string; eventId: string; features: FeatureValues; class: 0 | 1 };

export type FitOptions = {
  l2: number;
  /** the split's seed; mixed with the snapshot's sha256 so each snapshot has its own split */
  seed: number;
  holdoutFraction: number;
  sha256: string;
};

export type ChallengerFit = {
  model: LinearModel;
  rows: SnapshotRow[];
  split: Split;
  /** the split's effective seed (recorded, to reproduce it) */
  splitSeed: number;
  trainScores: Float64Array;
  holdoutScores: Float64Array;
  trainLabels: Int8Array;
  holdoutLabels: Int8Array;
};

export const DEFAULT_SEED = 20_261_101;
export const HOLDOUT_FRACTION = 0.2;

export function fitChallenger(snapshot: readonly SnapshotRow[], options: FitOptions): ChallengerFit {
  const rows = [...snapshot].sort(compareRows);
  const labels = rows.map((row) => row.class);
  const splitSeed = hashString(options.sha256, options.seed >>> 0);
  const split = stratifiedHoldout(labels, options.holdoutFraction, splitSeed);
  const model = trainModel(
    split.train.map((i) => rows[i].features),
    split.train.map((i) => labels[i]),
    options.l2,
  );
  const scoresOf = (indices: number[]) => Float64Array.from(indices, (i) => scoreEvent(model, rows[i].features).score);
  return {
    model,
    rows,
    split,
    splitSeed,
    trainScores: scoresOf(split.train),
    holdoutScores: scoresOf(split.holdout),
    trainLabels: Int8Array.from(split.train, (i) => labels[i]),
    holdoutLabels: Int8Array.from(split.holdout, (i) => labels[i]),
  };
}
