import { describe, expect, it } from "vitest";
import { scoreEvent } from "@/lib/simulate/model";
import { logit } from "@/lib/stats/logistic";
import { fromArtifact, toArtifact } from "./artifact";
import { DEFAULT_SEED, fitChallenger, HOLDOUT_FRACTION } from "./fit";
import { splitMetrics } from "./metrics";
import { syntheticSnapshot } from "./synthetic.test-support";

const options = { l2: 1, seed: DEFAULT_SEED, holdoutFraction: HOLDOUT_FRACTION, sha256: "ab".repeat(32) };

describe("fitChallenger", () => {
  const rows = syntheticSnapshot(400, 0.3);

  it("is deterministic whatever order the snapshot's rows arrive in", () => {
    const a = fitChallenger(rows, options);
    const b = fitChallenger([...rows].reverse(), options);
    expect(Array.from(b.model.weights)).toEqual(Array.from(a.model.weights));
    expect(b.model.intercept).toBe(a.model.intercept);
    expect(b.split).toEqual(a.split);
    expect(a.model.fit.converged).toBe(true);
  });

  it("splits differently for another snapshot (its sha256 seeds the split)", () => {
    const a = fitChallenger(rows, options);
    const b = fitChallenger(rows, { ...options, sha256: "cd".repeat(32) });
    expect(b.split.holdout).not.toEqual(a.split.holdout);
  });

  it("holds out a fifth of each class and learns the signal", () => {
    const fit = fitChallenger(rows, options);
    const positives = rows.filter((r) => r.class === 1).length;
    expect(fit.holdoutLabels.reduce((s, y) => s + y, 0)).toBe(Math.round(positives * 0.2));
    expect(fit.split.train.length + fit.split.holdout.length).toBe(rows.length);
    const holdout = splitMetrics(fit.holdoutScores, fit.holdoutLabels, 0.5);
    expect(holdout.rocAuc).toBeGreaterThan(0.9);
    expect(holdout.rows).toBe(fit.split.holdout.length);
  });

  it("explains each score exactly: base value plus contributions is the logit", () => {
    const fit = fitChallenger(rows, options);
    for (const row of rows.slice(0, 25)) {
      const scored = scoreEvent(fit.model, row.features);
      const sum = Object.values(scored.values).reduce((s, v) => s + v, fit.model.baseValue);
      expect(sum).toBeCloseTo(logit(scored.score), 9);
    }
  });

  it("round-trips through its artifact: the loaded model scores and explains the same", () => {
    const fit = fitChallenger(rows, options);
    const loaded = fromArtifact(JSON.parse(JSON.stringify(toArtifact(fit.model))));
    for (const row of rows.slice(0, 25)) expect(scoreEvent(loaded, row.features)).toEqual(scoreEvent(fit.model, row.features));
  });

  it("refuses an artifact whose columns are not this featurisation's", () => {
    const artifact = toArtifact(fitChallenger(rows, options).model);
    expect(() => fromArtifact({ ...artifact, columns: [...artifact.columns].reverse() })).toThrow(/columns/);
    expect(() => fromArtifact({ ...artifact, weights: artifact.weights.slice(1) })).toThrow(/weights/);
    expect(() => fromArtifact({ ...artifact, format: "onnx" })).toThrow();
  });
});

describe("splitMetrics", () => {
  it("leaves out what one class cannot have, and never writes NaN", () => {
    const metrics = splitMetrics([0.2, 0.7, 0.9], [0, 0, 0], 0.5);
    expect(metrics).not.toHaveProperty("rocAuc");
    expect(metrics).not.toHaveProperty("averagePrecision");
    expect(metrics).toMatchObject({ rows: 3, positives: 0, alertRate: 2 / 3, precisionAtThreshold: 0 });
    for (const value of Object.values(metrics)) expect(Number.isFinite(value)).toBe(true);
  });
});
