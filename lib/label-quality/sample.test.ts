import { describe, expect, it } from "vitest";
import { inReviewSample, reviewSamplePoint } from "./sample";
import { REVIEW_SAMPLE_RATE } from "./schemas";

const ids = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

describe("the second-opinion sample", () => {
  it("takes close to its rate of consecutive label ids", () => {
    const taken = ids(1, 200_000).filter((id) => inReviewSample(id)).length / 200_000;
    // binomial sd at n = 200,000, p = 0.05 is ~0.0005
    expect(Math.abs(taken - REVIEW_SAMPLE_RATE)).toBeLessThan(0.0025);
  });

  it("is stable: the same id always gives the same answer", () => {
    for (const id of [1, 2, 15, 999, 123_456, 2_147_483_647]) {
      expect(reviewSamplePoint(id)).toBe(reviewSamplePoint(id));
      expect(inReviewSample(id)).toBe(inReviewSample(id));
    }
  });

  it("does not follow a period: every residue class of a small modulus gets its share", () => {
    for (const modulus of [2, 3, 7, 20]) {
      for (let residue = 0; residue < modulus; residue++) {
        const members = ids(1, 100_000).filter((id) => id % modulus === residue);
        const share = members.filter((id) => inReviewSample(id)).length / members.length;
        expect(share, `ids ≡ ${residue} mod ${modulus}`).toBeGreaterThan(0.04);
        expect(share, `ids ≡ ${residue} mod ${modulus}`).toBeLessThan(0.06);
      }
    }
  });

  it("spreads points uniformly over [0, 1) (ten equal bins within 5 % of each other's expectation)", () => {
    const bins = new Array(10).fill(0);
    for (const id of ids(1, 100_000)) bins[Math.floor(reviewSamplePoint(id) * 10)]++;
    for (const count of bins) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });

  it("nests: a label in a smaller sample is in every larger one", () => {
    for (const id of ids(1, 5_000)) if (inReviewSample(id, 0.02)) expect(inReviewSample(id, 0.05)).toBe(true);
  });

  it("refuses what is not a label id", () => {
    for (const bad of [0, -1, 1.5, Number.NaN]) expect(() => reviewSamplePoint(bad)).toThrow(RangeError);
  });
});
