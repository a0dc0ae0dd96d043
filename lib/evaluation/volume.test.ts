import { describe, expect, it } from "vitest";
import { volumeModel } from "./volume";

describe("volumeModel", () => {
  // 4 bins of 0.25: 10, 20, 30, 40 predictions.
  const histogram = { bins: 4, counts: [10, 20, 30, 40] };

  it("counts whole bins exactly and spreads a bin evenly without sample rows in it", () => {
    const v = volumeModel(histogram, null);
    expect(v.total).toBe(100);
    expect(v.flagged(0)).toBe(100);
    expect(v.flagged(0.5)).toBe(70); // bins 2 and 3, whole
    expect(v.flagged(0.625)).toBe(55); // half of bin 2 (15) + bin 3
    expect(v.flagged(1.5)).toBe(0);
  });

  it("shapes the bin holding the threshold by the weighted sample, scaled to the bin's total", () => {
    // Bin 2 holds 30 predictions; the sample says 3/4 of its weight scores >= 0.7.
    const v = volumeModel(histogram, { scores: [0.55, 0.72, 0.74], weights: [10, 15, 15] });
    expect(v.flagged(0.7)).toBeCloseTo(40 + 30 * (30 / 40), 12);
    expect(v.flagged(0.6)).toBeCloseTo(40 + 30 * (30 / 40), 12);
    expect(v.flagged(0.5)).toBe(70);
    // other bins have no sample rows: still even
    expect(v.flagged(0.125)).toBe(95);
  });

  it("refuses a histogram whose counts do not match its bins", () => {
    expect(() => volumeModel({ bins: 3, counts: [1, 2] }, null)).toThrow(RangeError);
  });
});
