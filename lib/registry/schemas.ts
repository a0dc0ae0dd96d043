// Model registry resources (client-safe).
import { z } from "zod";

export const STAGES = ["DEVELOPMENT", "STAGING", "SHADOW", "CANARY", "PRODUCTION", "ARCHIVED"] as const;
export const Stage = z.enum(STAGES);
export type Stage = z.infer<typeof Stage>;

const name = z.string().trim().min(1).max(100).regex(/^[A-Za-z0-9_.:-]+$/, "letters, digits and _ . : - only");

export const FeatureSpec = z.object({
  name,
  type: z.enum(["numeric", "categorical"]),
  description: z.string().max(500).optional(),
});
export type FeatureSpec = z.infer<typeof FeatureSpec>;

/** Reference distribution of one feature: what drift is measured against. */
export const NumericBaseline = z.object({
  type: z.literal("numeric"),
  /** interior quantile cut points; bin i holds edges[i-1] <= x < edges[i] */
  edges: z.array(z.number()).max(100),
  /** proportion of the reference in each of edges.length + 1 bins */
  proportions: z.array(z.number().min(0)),
  mean: z.number(),
  std: z.number().min(0),
  min: z.number().optional(),
  max: z.number().optional(),
  /** where set, percentiles (0..100 step 1) of the reference, to place a value */
  percentiles: z.array(z.number()).optional(),
});
export const CategoricalBaseline = z.object({
  type: z.literal("categorical"),
  frequencies: z.record(z.string(), z.number().min(0)),
});
export const FeatureBaseline = z.discriminatedUnion("type", [NumericBaseline, CategoricalBaseline]);
export type FeatureBaseline = z.infer<typeof FeatureBaseline>;

export const Baseline = z.object({
  n: z.number().int().nonnegative(),
  source: z.string().max(200).optional(),
  features: z.record(z.string(), FeatureBaseline),
  score: z
    .object({ edges: z.array(z.number()), proportions: z.array(z.number().min(0)) })
    .optional(),
});
export type Baseline = z.infer<typeof Baseline>;

export const ModelVersionIn = z
  .object({
    version: z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_.+-]+$/, "letters, digits and _ . + - only"),
    threshold: z.number().min(0).max(1),
    stage: Stage.optional(),
    description: z.string().max(2000).optional(),
    owner: z.string().max(200).optional(),
    features: z.array(FeatureSpec).min(1).max(500),
    hyperparameters: z.record(z.string(), z.unknown()).optional(),
    metrics: z.record(z.string(), z.number()).optional(),
    trainingDataset: z.string().max(200).optional(),
    codeCommit: z.string().max(100).optional(),
    artifactUri: z.string().max(1000).optional(),
    baseline: Baseline.optional(),
  })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.features.forEach((feature, i) => {
      if (seen.has(feature.name)) ctx.addIssue({ code: "custom", path: ["features", i, "name"], message: "duplicate feature" });
      seen.add(feature.name);
    });
  });
export type ModelVersionIn = z.infer<typeof ModelVersionIn>;

export const ModelName = name;
