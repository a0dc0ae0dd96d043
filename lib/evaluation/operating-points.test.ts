import { describe, expect, it } from "vitest";
import { confusionAtThreshold } from "@/lib/stats/confusion";
import { candidateThresholds, operatingPoints } from "./operating-points";
import { nearestIndex, pointAt, tunerReadout } from "./tuner";
import { volumeModel } from "./volume";

describe("candidateThresholds", () => {
  it("joins a 0.01 grid, the labelled scores and the current threshold, ascending and distinct", () => {
    const t = candidateThresholds([0.0614, 0.07, 0.07, 0.5], 0.0614);
    expect(t[0]).toBe(0);
    expect(t.at(-1)).toBe(1);
    expect(t).toContain(0.0614);
    expect(t).toContain(0.07);
    expect(new Set(t).size).toBe(t.length);
    expect([...t].sort((a, b) => a - b)).toEqual(t);
    expect(t.length).toBe(101 + 1); // 0.07 and 0.5 are grid points already
  });

  it("thins many labelled scores", () => {
    const scores = Array.from({ length: 5000 }, (_, i) => i / 5000 + 1e-5);
    expect(candidateThresholds(scores, 0.5, 300).length).toBeLessThanOrEqual(101 + 300 + 1);
  });
});

describe("operatingPoints and the tuner read-out", () => {
  const rows = { scores: [0.9, 0.8, 0.6, 0.3, 0.2], labels: [1, 0, 1, 0, 0], weights: [1, 1, 1, 10, 10] };
  const volume = volumeModel({ bins: 2, counts: [80, 20] }, null);
  const points = operatingPoints(rows, [0.25, 0.5, 0.85], volume);

  it("gives the weighted confusion at each threshold, as lib/stats does", () => {
    points.forEach((p) => {
      const c = confusionAtThreshold(rows.scores, rows.labels, p.threshold, rows.weights);
      expect([p.tp, p.fp, p.tn, p.fn, p.precision, p.recall]).toEqual([c.tp, c.fp, c.tn, c.fn, c.precision, c.recall]);
    });
    // Bin [0, 0.5) holds 80, spread evenly: half of it lies at or above 0.25.
    expect(points[0].flagged).toBe(40 + 20);
    expect(points[1].flagged).toBe(20);
    expect(points[2].flagged).toBeCloseTo(20 * 0.3, 12);
  });

  it("turns a point into alerts, false positives and analyst hours per day", () => {
    const p = points[1]; // 0.5: tp 2, fp 1 → precision 2/3; 20 flagged
    const r = tunerReadout(p, 4, 7.5);
    expect(r.alertsPerDay).toBe(5);
    expect(r.falsePositivesPerDay).toBeCloseTo(5 / 3, 12);
    expect(r.analystHoursPerDay).toBeCloseTo(((5 / 3) * 7.5) / 60, 12);
    expect(tunerReadout({ ...p, flagged: null }, 4).alertsPerDay).toBeNull();
    expect(tunerReadout({ ...p, tp: 0, fp: 0, precision: 0 }, 4).falsePositivesPerDay).toBeNull();
  });

  it("finds the point for a threshold and the nearest slider position", () => {
    expect(pointAt(points, 0.6)?.threshold).toBe(0.5);
    expect(pointAt(points, 0.1)?.threshold).toBe(0.25);
    expect(nearestIndex(points, 0.8)).toBe(2);
  });
});
