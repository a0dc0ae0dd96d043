import { describe, expect, it } from "vitest";
import { fixtureCase } from "@/lib/stats/fixtures/classification-fixture";
import { averagePrecision } from "@/lib/stats/precision-recall";
import { Rng } from "@/lib/stats/random";
import { bootstrapEvaluation, pairedBootstrap } from "./bootstrap-evaluation";

function synthetic(n: number, seed: number) {
  const rng = new Rng(seed);
  const labels: number[] = [];
  const scores: number[] = [];
  const other: number[] = [];
  for (let i = 0; i < n; i++) {
    const y = rng.uniform() < 0.3 ? 1 : 0;
    labels.push(y);
    const signal = rng.normal(y ? 1.2 : 0, 1);
    scores.push(1 / (1 + Math.exp(-signal)));
    other.push(1 / (1 + Math.exp(-(signal + rng.normal(0, 0.8)))));
  }
  return { labels, scores, other };
}

describe("bootstrapEvaluation", () => {
  const data = synthetic(2000, 1);
  const result = bootstrapEvaluation({ scores: data.scores, labels: data.labels, threshold: 0.6 }, { resamples: 300 });

  it("centres each interval on the labelled set's own value and brackets it", () => {
    expect(result.metrics.averagePrecision.estimate).toBeCloseTo(averagePrecision(data.scores, data.labels), 12);
    for (const m of Object.values(result.metrics)) {
      expect(m.resamples).toBe(300);
      expect(m.lower!).toBeLessThanOrEqual(m.estimate!);
      expect(m.upper!).toBeGreaterThanOrEqual(m.estimate!);
      expect(m.upper! - m.lower!).toBeGreaterThan(0);
      expect(m.upper! - m.lower!).toBeLessThan(0.15);
    }
  });

  it("is reproducible: the same seed gives the same intervals, another seed others", () => {
    const again = bootstrapEvaluation({ scores: data.scores, labels: data.labels, threshold: 0.6 }, { resamples: 300 });
    expect(again).toEqual(result);
    const other = bootstrapEvaluation({ scores: data.scores, labels: data.labels, threshold: 0.6 }, { resamples: 300, seed: 2 });
    expect(other.metrics.rocAuc.lower).not.toBe(result.metrics.rocAuc.lower);
  });

  it("gives a band around each curve whose width shrinks as labels grow", () => {
    const width = (r: typeof result) => r.bands.pr.upper.reduce<number>((sum, u, j) => sum + (u! - r.bands.pr.lower[j]!), 0);
    const big = synthetic(8000, 3);
    const wide = bootstrapEvaluation({ scores: big.scores.slice(0, 500), labels: big.labels.slice(0, 500), threshold: 0.6 }, { resamples: 200 });
    const narrow = bootstrapEvaluation({ scores: big.scores, labels: big.labels, threshold: 0.6 }, { resamples: 200 });
    expect(width(narrow)).toBeLessThan(width(wide) * 0.7);
    result.bands.roc.estimate.forEach((tpr, j) => {
      expect(result.bands.roc.lower[j]!).toBeLessThanOrEqual(tpr! + 1e-12);
      expect(result.bands.roc.upper[j]!).toBeGreaterThanOrEqual(tpr! - 1e-12);
    });
  });

  it("keeps each stratum's size in every resample (weights of an audit sample stay meaningful)", () => {
    // Stratum 0: three alerted rows (two positives). Stratum 1: three audit-sample positives
    // below the threshold, weight 50 each. Drawn within strata, every resample holds exactly
    // 150 weight of missed positives, so recall can never exceed 3 / 153.
    const scores = [0.9, 0.8, 0.7, 0.2, 0.1, 0.05];
    const labels = [1, 0, 1, 1, 1, 1];
    const weights = [1, 1, 1, 50, 50, 50];
    const strata = [0, 0, 0, 1, 1, 1];
    const stratified = bootstrapEvaluation({ scores, labels, weights, strata, threshold: 0.5 }, { resamples: 400 });
    expect(stratified.metrics.recall.estimate).toBeCloseTo(2 / 152, 12);
    expect(stratified.metrics.recall.upper!).toBeLessThanOrEqual(3 / 153 + 1e-12);
    // Pooled, a resample may draw four alerted rows and two audit rows: a recall the design cannot produce.
    const pooled = bootstrapEvaluation({ scores, labels, weights, threshold: 0.5 }, { resamples: 400 });
    expect(pooled.metrics.recall.upper!).toBeGreaterThan(3 / 153);
  });

  it("agrees with scikit-learn's value on a weighted audit-sample fixture", () => {
    const c = fixtureCase("weighted-audit-sample");
    const r = bootstrapEvaluation({ scores: c.scores, labels: c.labels, weights: c.weights, threshold: c.atThreshold.threshold }, { resamples: 20 });
    expect(r.metrics.averagePrecision.estimate).toBeCloseTo(c.averagePrecision, 10);
    expect(r.metrics.rocAuc.estimate).toBeCloseTo(c.rocAuc, 10);
    expect(r.metrics.recall.estimate).toBeCloseTo(c.atThreshold.recall, 10);
  });

  it("handles no rows and one class without throwing", () => {
    const empty = bootstrapEvaluation({ scores: [], labels: [], threshold: 0.5 }, { resamples: 10 });
    expect(empty.metrics.averagePrecision).toEqual({ estimate: null, lower: null, upper: null, resamples: 0 });
    const negatives = bootstrapEvaluation({ scores: [0.1, 0.7], labels: [0, 0], threshold: 0.5 }, { resamples: 10 });
    expect(negatives.metrics.rocAuc.estimate).toBeNull();
    expect(negatives.metrics.precision.estimate).toBe(0);
    expect(JSON.parse(JSON.stringify(negatives))).toEqual(negatives);
  });
});

describe("pairedBootstrap", () => {
  const data = synthetic(3000, 5);

  it("gives a zero difference for a model compared with itself", () => {
    const r = pairedBootstrap({ scoresA: data.scores, scoresB: data.scores, labels: data.labels, thresholdA: 0.6, thresholdB: 0.6 }, { resamples: 100 });
    expect(r.difference.averagePrecision).toEqual({ estimate: 0, lower: 0, upper: 0, resamples: 100 });
    expect(r.shareBGreater.averagePrecision).toBe(0);
  });

  it("finds the noisier model worse, with an interval of the difference below zero", () => {
    const r = pairedBootstrap({ scoresA: data.scores, scoresB: data.other, labels: data.labels, thresholdA: 0.6, thresholdB: 0.6 }, { resamples: 300 });
    expect(r.difference.averagePrecision.estimate).toBeCloseTo(averagePrecision(data.other, data.labels) - averagePrecision(data.scores, data.labels), 12);
    expect(r.difference.averagePrecision.upper!).toBeLessThan(0);
    expect(r.difference.rocAuc.upper!).toBeLessThan(0);
    expect(r.shareBGreater.averagePrecision!).toBeLessThan(0.05);
    // Pairing: the difference's interval is narrower than either model's own.
    const own = r.a.averagePrecision.upper! - r.a.averagePrecision.lower!;
    expect(r.difference.averagePrecision.upper! - r.difference.averagePrecision.lower!).toBeLessThan(own);
  });
});
