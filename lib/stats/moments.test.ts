import { describe, expect, it } from "vitest";
import { mean, moments, momentsFromSums, populationStd, sampleStd } from "@/lib/stats/moments";

describe("moments", () => {
  const values = [2, 4, 4, 4, 5, 5, 7, 9]; // Σ = 40, Σ(x − 5)² = 32

  it("computes the mean and both standard deviations", () => {
    expect(mean(values)).toBe(5);
    expect(populationStd(values)).toBe(2); // √(32 / 8)
    expect(sampleStd(values)).toBeCloseTo(Math.sqrt(32 / 7), 14);
  });

  it("agrees from running sums", () => {
    const sum = values.reduce((a, b) => a + b);
    const squares = values.reduce((a, b) => a + b * b, 0);
    const fromSums = momentsFromSums(values.length, sum, squares);
    const direct = moments(values);
    expect(fromSums.mean).toBe(direct.mean);
    expect(fromSums.populationStd).toBeCloseTo(direct.populationStd, 12);
    expect(fromSums.sampleStd).toBeCloseTo(direct.sampleStd, 12);
  });

  it("stays accurate with a large offset (two-pass) and never goes negative from sums", () => {
    const shifted = values.map((v) => v + 1e9);
    expect(populationStd(shifted)).toBeCloseTo(2, 6);
    expect(momentsFromSums(3, 3e8, 3e16).populationStd).toBeGreaterThanOrEqual(0);
  });

  it("reports NaN where a statistic is undefined", () => {
    expect(Number.isNaN(mean([]))).toBe(true);
    expect(Number.isNaN(sampleStd([1]))).toBe(true);
    expect(populationStd([1])).toBe(0);
    expect(Number.isNaN(momentsFromSums(0, 0, 0).mean)).toBe(true);
  });
});
