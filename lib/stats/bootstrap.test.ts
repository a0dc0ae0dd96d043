import { describe, expect, it } from "vitest";
import { bootstrapCi, gather, pairedBootstrapCi, type IndexStatistic } from "@/lib/stats/bootstrap";
import { mean } from "@/lib/stats/moments";
import { Rng } from "@/lib/stats/random";
import { rocAuc } from "@/lib/stats/roc";

const meanOf =
  (values: number[]): IndexStatistic =>
  (indices) =>
    mean(gather(values, indices));

describe("bootstrapCi", () => {
  const rng = new Rng(1);
  const values = Array.from({ length: 200 }, () => rng.normal(10, 2));

  it("is deterministic for a seed and changes with the seed", () => {
    const a = bootstrapCi(values.length, meanOf(values), { seed: 7 });
    expect(bootstrapCi(values.length, meanOf(values), { seed: 7 })).toEqual(a);
    expect(bootstrapCi(values.length, meanOf(values), { seed: 8 }).lower).not.toBe(a.lower);
    expect(a.resamples).toBe(1000);
    expect(a.undefinedResamples).toBe(0);
    expect(a.level).toBe(0.95);
  });

  it("brackets the estimate with a width near the normal-theory interval", () => {
    const ci = bootstrapCi(values.length, meanOf(values), { seed: 3, resamples: 2000 });
    expect(ci.estimate).toBe(mean(values));
    expect(ci.lower).toBeLessThan(ci.estimate);
    expect(ci.upper).toBeGreaterThan(ci.estimate);
    // mean ± 1.96·σ/√n with σ = 2: width ≈ 0.554
    expect(ci.upper - ci.lower).toBeGreaterThan(0.45);
    expect(ci.upper - ci.lower).toBeLessThan(0.66);
    const narrow = bootstrapCi(values.length, meanOf(values), { seed: 3, resamples: 2000, level: 0.5 });
    expect(narrow.upper - narrow.lower).toBeLessThan(ci.upper - ci.lower);
  });

  it("covers the true mean in about 95 % of repeated experiments", () => {
    const experiments = 300;
    let covered = 0;
    const source = new Rng(99);
    for (let e = 0; e < experiments; e++) {
      const sample = Array.from({ length: 60 }, () => source.normal(5, 1));
      const ci = bootstrapCi(sample.length, meanOf(sample), { seed: e, resamples: 500 });
      if (ci.lower <= 5 && 5 <= ci.upper) covered++;
    }
    // percentile intervals undercover slightly at n = 60; binomial sd of the rate is ~1.3 %
    expect(covered / experiments).toBeGreaterThan(0.89);
    expect(covered / experiments).toBeLessThan(0.99);
  });

  it("leaves out resamples where the statistic is undefined and says how many", () => {
    // 2 positives in 20 rows: some resamples draw none, and their AUC is NaN
    const scores = Array.from({ length: 20 }, (_, i) => i / 20);
    const labels = scores.map((_, i) => (i === 18 || i === 5 ? 1 : 0));
    const ci = bootstrapCi(20, (idx) => rocAuc(gather(scores, idx), gather(labels, idx)), { seed: 1, resamples: 400 });
    expect(ci.undefinedResamples).toBeGreaterThan(0);
    expect(ci.resamples + ci.undefinedResamples).toBe(400);
    expect(Number.isFinite(ci.lower) && Number.isFinite(ci.upper)).toBe(true);
    const never = bootstrapCi(5, () => Number.NaN, { seed: 1, resamples: 10 });
    expect(never.lower).toBeNaN();
    expect(never.undefinedResamples).toBe(10);
  });

  it("rejects bad options", () => {
    expect(() => bootstrapCi(0, () => 1, { seed: 1 })).toThrow(RangeError);
    expect(() => bootstrapCi(5, () => 1, { seed: 1, resamples: 0 })).toThrow(RangeError);
    expect(() => bootstrapCi(5, () => 1, { seed: 1, level: 1 })).toThrow(RangeError);
    expect(() => bootstrapCi(5, () => 1, { seed: Number.NaN })).toThrow(RangeError);
  });
});

describe("pairedBootstrapCi", () => {
  // Two models scoring the same events: B is A plus a little noise, so they share hard events.
  const rng = new Rng(12);
  const n = 400;
  const labels = Array.from({ length: n }, () => (rng.bernoulli(0.3) ? 1 : 0));
  const scoresA = labels.map((y) => rng.normal(y ? 1.2 : 0, 1));
  const scoresB = scoresA.map((s) => s + rng.normal(0, 0.4));
  const aucOf = (scores: number[]): IndexStatistic => (idx) => rocAuc(gather(scores, idx), gather(labels, idx));

  it("gives a difference interval much narrower than independent intervals would", () => {
    const paired = pairedBootstrapCi(n, aucOf(scoresA), aucOf(scoresB), { seed: 5 });
    expect(paired.difference.estimate).toBeCloseTo(paired.a.estimate - paired.b.estimate, 15);
    const widthA = paired.a.upper - paired.a.lower;
    const widthB = paired.b.upper - paired.b.lower;
    // independent samples would give a difference about √(wA² + wB²) wide
    expect(paired.difference.upper - paired.difference.lower).toBeLessThan(0.6 * Math.hypot(widthA, widthB));
    expect(paired.shareAGreater).toBeGreaterThan(0.5); // noise can only hurt B on average
    // the marginal intervals are the single-statistic ones (same seed, same resamples)
    expect(paired.a).toEqual(bootstrapCi(n, aucOf(scoresA), { seed: 5 }));
  });

  it("is exactly zero for a model compared with itself, and deterministic", () => {
    const same = pairedBootstrapCi(n, aucOf(scoresA), aucOf(scoresA), { seed: 2, resamples: 200 });
    expect([same.difference.lower, same.difference.upper, same.shareAGreater]).toEqual([0, 0, 0]);
    expect(pairedBootstrapCi(n, aucOf(scoresA), aucOf(scoresB), { seed: 2, resamples: 200 })).toEqual(
      pairedBootstrapCi(n, aucOf(scoresA), aucOf(scoresB), { seed: 2, resamples: 200 }),
    );
  });
});
