// The fitted model as JSON, kept with the registered version (hyperparameters.artifact) so the
// version can score on its own: the design columns in order, the standardisation, the weights
// and E[z] over the training design (for exact SHAP). Loading checks the columns are still the
// ones the demo's featurisation builds, so a stale artifact cannot score silently wrong. Pure.
import { z } from "zod";
import { buildColumns, namedWeights, type ScoringModel, type LinearModel } from "@/lib/simulate/model";

export const ARTIFACT_FORMAT = "vigil-logistic-v1";

const finite = z.number().finite();
export const LinearArtifact = z.object({
  format: z.literal(ARTIFACT_FORMAT),
  columns: z.array(z.string()),
  center: z.array(finite),
  scale: z.array(finite),
  weights: z.array(finite),
  expected: z.array(finite),
  intercept: finite,
  baseValue: finite,
});
export type LinearArtifact = z.infer<typeof LinearArtifact>;

const columnNames = (model: Pick<LinearModel, "columns" | "weights">) => Object.keys(namedWeights(model));

export function toArtifact(model: LinearModel): LinearArtifact {
  return {
    format: ARTIFACT_FORMAT,
    columns: columnNames(model),
    center: Array.from(model.center),
    scale: Array.from(model.scale),
    weights: Array.from(model.weights),
    expected: Array.from(model.expected),
    intercept: model.intercept,
    baseValue: model.baseValue,
  };
}

export function fromArtifact(json: unknown): ScoringModel {
  const artifact = LinearArtifact.parse(json);
  const columns = buildColumns();
  const expectedNames = columnNames({ columns, weights: new Float64Array(columns.length) });
  const d = columns.length;
  if (artifact.columns.join("\n") !== expectedNames.join("\n")) throw new Error("The artifact's columns are not the ones this featurisation builds");
  for (const key of ["center", "scale", "weights", "expected"] as const) {
    if (artifact[key].length !== d) throw new Error(`The artifact's ${key} has ${artifact[key].length} values for ${d} columns`);
  }
  return {
    columns,
    center: Float64Array.from(artifact.center),
    scale: Float64Array.from(artifact.scale),
    weights: Float64Array.from(artifact.weights),
    expected: Float64Array.from(artifact.expected),
    intercept: artifact.intercept,
    baseValue: artifact.baseValue,
  };
}
