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

export function trainVersion(recipe: VersionRecipe): TrainedVersion {
  const model = trainModel(recipe.fitRows, recipe.fitLabels, recipe.l2);
  const scores = recipe.windowRows.map((row) => scoreEvent(model, row).score);
  const raw = quantile(sortedCopy(scores), 1 - TARGET_ALERT_RATE);
  const threshold = Math.round(raw * 10_000) / 10_000;
  const metrics = {
    ...trainingMetrics(scores, recipe.windowLabels, threshold),
    fitRows: recipe.fitRows.length,
    newtonIterations: model.fit.iterations,
    gradientNorm: model.fit.gradientNorm,
  };
  const transforms: Record<string, string> = {};
  for (const feature of FEATURES) transforms[feature.name] = feature.type === "numeric" ? feature.transform : "one_hot";
  const registration: ModelVersionIn = {
    version: recipe.version,
    threshold,
    stage: recipe.stage,
    description: recipe.description,
    features: FEATURE_SPECS,
    hyperparameters: {
      algorithm: "logistic_regression",
      solver: "newton_irls",
      l2: recipe.l2,
      penaliseIntercept: false,
      transforms,
      standardise: "training mean and population std of the transformed value",
      clipStandardised: 4,
      targetAlertRate: TARGET_ALERT_RATE,
      intercept: model.intercept,
      weights: namedWeights(model),
      maxLogit: maxLogit(model),
      ...recipe.extraHyperparameters,
    },
    metrics,
    trainingDataset: recipe.trainingDataset,
    codeCommit: recipe.codeCommit,
    artifactUri: recipe.artifactUri,
    baseline: buildBaseline(recipe.windowRows, FEATURE_SPECS, scores, recipe.baselineSource),
  };
  return { registration, model, threshold };
}
