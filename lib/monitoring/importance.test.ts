import { describe, expect, it } from "vitest";
import type { Baseline } from "@/lib/registry/schemas";
import { featureImportance } from "./importance";

const baseline: Baseline = {
  n: 100,
  features: {
    a: { type: "numeric", edges: [1], proportions: [0.5, 0.5], mean: 1, std: 2 },
    b: { type: "numeric", edges: [1], proportions: [0.5, 0.5], mean: 1, std: 10 },
    c: { type: "categorical", frequencies: { x: 0.5, y: 0.5 } },
  },
};
const features = [
  { name: "a", type: "numeric" as const },
  { name: "b", type: "numeric" as const },
  { name: "c", type: "categorical" as const },
];

describe("featureImportance", () => {
  it("weighs raw-scale weights by the baseline's std, one-hot levels by their indicator's std", () => {
    const { method, values } = featureImportance(features, { weights: { a: 3, b: -0.5, "c=x": 2, "c=y": -2 } }, baseline);
    // raw: a 3·2 = 6, b 0.5·10 = 5, c (2 + 2)·√(0.5·0.5) = 2; total 13
    expect(method).toBe("abs-weight-x-std");
    expect(values.get("a")).toBeCloseTo(6 / 13, 12);
    expect(values.get("b")).toBeCloseTo(5 / 13, 12);
    expect(values.get("c")).toBeCloseTo(2 / 13, 12);
  });

  it("takes |w| alone when the weights act on standardised inputs", () => {
    const { values } = featureImportance(features, { standardise: "training mean and std", weights: { a: 3, b: -1 } }, baseline);
    expect(values.get("a")).toBeCloseTo(0.75, 12);
    expect(values.get("b")).toBeCloseTo(0.25, 12);
    expect(values.has("c")).toBe(false);
  });

  it("says none when the hyperparameters carry no weights", () => {
    expect(featureImportance(features, { algorithm: "gbm" }, baseline)).toEqual({ method: "none", values: new Map() });
    expect(featureImportance(features, null, baseline).method).toBe("none");
  });
});
