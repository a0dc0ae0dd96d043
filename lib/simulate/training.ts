// Trains a model version on the training window and packages it as a registry entry (threshold,
// metrics, baseline, provenance). The threshold is set where the version would have alerted on
// the target share of training events: SOC capacity, not a probability, decides where to cut.
import { buildBaseline } from "@/lib/registry/baseline";
import type { ModelVersionIn, Stage } from "@/lib/registry/schemas";
import { trainingMetrics } from "@/lib/simulate/evaluate";
import { FEATURE_SPECS, FEATURES, type FeatureValues } from "@/lib/simulate/features";
import { type LinearModel, maxLogit, namedWeights, scoreEvent, trainModel } from "@/lib/simulate/model";
import { quantile, sortedCopy } from "@/lib/stats/quantiles";

export const TARGET_ALERT_RATE = 0.045;

export type TrainedVersion = { registration: ModelVersionIn; model: LinearModel; threshold: number };

export type VersionRecipe = {
  version: string;
  stage: Stage;
  description: string;
  l2: number;
  /** rows the model is fitted on (may include extra labelled data beyond the window) */
  fitRows: FeatureValues[];
  fitLabels: number[];
  /** the training window's production traffic: threshold, metrics and baseline come from it */
  windowRows: FeatureValues[];
  windowLabels: number[];
  trainingDataset: string;
  baselineSource: string;
  codeCommit: string;
  artifactUri: string;
  extraHyperparameters?: Record<string, unknown>;
};

/** The threshold at which `alertRate` of these scores would alert: their (1 − rate) quantile, to 4 decimals. */
export function thresholdForAlertRate(scores: ArrayLike<number>, alertRate: number): number {
  const raw = quantile(sortedCopy(scores), 1 - alertRate);
  return Math.round(raw * 10_000) / 10_000;
}

/** How a fitted model is described in the registry: algorithm, preprocessing and coefficients. */
export function describeLinearModel(model: LinearModel, l2: number): Record<string, unknown> {
  const transforms: Record<string, string> = {};
  for (const feature of FEATURES) transforms[feature.name] = feature.type === "numeric" ? feature.transform : "one_hot";
  return {
    algorithm: "logistic_regression",
    solver: "newton_irls",
    l2,
    penaliseIntercept: false,
    transforms,
    standardise: "training mean and population std of the transformed value",
    clipStandardised: 4,
    intercept: model.intercept,
    weights: namedWeights(model),
    maxLogit: maxLogit(model),
  };
}

export function trainVersion(recipe: VersionRecipe): TrainedVersion {
  const model = trainModel(recipe.fitRows, recipe.fitLabels, recipe.l2);
  const scores = recipe.windowRows.map((row) => scoreEvent(model, row).score);
  const threshold = thresholdForAlertRate(scores, TARGET_ALERT_RATE);
  const metrics = {
    ...trainingMetrics(scores, recipe.windowLabels, threshold),
    fitRows: recipe.fitRows.length,
    newtonIterations: model.fit.iterations,
    gradientNorm: model.fit.gradientNorm,
  };
  const registration: ModelVersionIn = {
    version: recipe.version,
    threshold,
    stage: recipe.stage,
    description: recipe.description,
    features: FEATURE_SPECS,
    hyperparameters: { ...describeLinearModel(model, recipe.l2), targetAlertRate: TARGET_ALERT_RATE, ...recipe.extraHyperparameters },
    metrics,
    trainingDataset: recipe.trainingDataset,
    codeCommit: recipe.codeCommit,
    artifactUri: recipe.artifactUri,
    baseline: buildBaseline(recipe.windowRows, FEATURE_SPECS, scores, recipe.baselineSource),
  };
  return { registration, model, threshold };
}
