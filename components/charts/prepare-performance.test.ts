import { describe, expect, it } from "vitest";
import { formatDuration, niceTop, type PerformanceWindowInput, prepareCalibrationOverTime, prepareLabelHealth, prepareMetricChart, prepareReliability } from "./prepare-performance";

const point = (estimate: number | null, lower: number | null, upper: number | null, flagged = false) => ({ estimate, lower, upper, evidence: 40, sufficient: true, flagged, confidentDrop: flagged && upper !== null && upper < 0.25 });

const windows: PerformanceWindowInput[] = [
  {
    from: "2026-11-02T00:00:00.000Z",
    to: "2026-11-09T00:00:00.000Z",
    partial: false,
    alerts: 600,
    labelledAlerts: 540,
    coverage: 0.9,
    auditSamples: 200,
    labelledAudit: 150,
    precision: point(0.3, 0.25, 0.36),
    recall: point(0.7, 0.5, 0.9),
    fpr: point(0.03, 0.025, 0.035),
    calibration: { ece: 0.04, brier: 0.01, bins: [{ meanPredicted: 0.05, fractionPositive: 0.02, count: 150 }, { meanPredicted: 0.3, fractionPositive: 0.25, count: 540 }] },
    delay: { n: 690, medianMs: 30 * 60_000, p90Ms: 36 * 3_600_000 },
  },
  {
    from: "2026-11-09T00:00:00.000Z",
    to: "2026-11-12T00:00:00.000Z",
    partial: true,
    alerts: 0,
    labelledAlerts: 0,
    coverage: null,
    auditSamples: 0,
    labelledAudit: 0,
    precision: point(0.1, 0.05, 0.15, true),
    recall: point(null, null, null),
    fpr: point(null, null, null),
    calibration: { ece: null, brier: null, bins: [] },
    delay: { n: 0, medianMs: null, p90Ms: null },
  },
];

describe("prepareMetricChart", () => {
  it("puts the estimate and its interval in percent next to training and the flag line", () => {
    const chart = prepareMetricChart(windows, "precision", "week", 0.26, 0.05);
    expect(chart.points[0]).toMatchObject({ label: "Nov 2–8", estimate: 30, band: [25, 36], flagged: false });
    expect(chart.points[1]).toMatchObject({ label: "Nov 9–11", partial: true, flagged: true, confidentDrop: true });
    expect(chart.training).toBeCloseTo(26, 12);
    expect(chart.flagLine).toBeCloseTo(26 * 0.95, 12);
    expect(chart.flaggedWindows).toBe(1);
    expect(chart.top).toBe(50);
  });

  it("draws the false-positive rate's flag line above training (higher is worse)", () => {
    const chart = prepareMetricChart(windows, "fpr", "week", 0.034, 0.05);
    expect(chart.flagLine).toBeCloseTo(3.4 * 1.05, 12);
    expect(chart.points[1].estimate).toBeNull();
    expect(chart.top).toBe(5);
  });

  it("has no lines without a training value", () => {
    const chart = prepareMetricChart(windows, "recall", "week", null, 0.05);
    expect([chart.training, chart.flagLine]).toEqual([null, null]);
  });
});

describe("calibration and label health", () => {
  it("gives ECE and Brier per window and the reliability diagram in percent", () => {
    expect(prepareCalibrationOverTime(windows, "week")).toEqual([
      { label: "Nov 2–8", ece: 0.04, brier: 0.01, labelled: 690 },
      { label: "Nov 9–11", ece: null, brier: null, labelled: 0 },
    ]);
    expect(prepareReliability(windows[0])).toEqual([
      { predicted: 5, observed: 2, count: 150 },
      { predicted: 30, observed: 25, count: 540 },
    ]);
    expect(prepareReliability(undefined)).toEqual([]);
  });

  it("reports coverage in percent and delay in hours", () => {
    const [first, second] = prepareLabelHealth(windows, "week");
    expect(first).toMatchObject({ coverage: 90, medianHours: 0.5, p90Hours: 36 });
    expect(second).toMatchObject({ coverage: null, medianHours: null });
  });

  it("formats delays from minutes to days and rounds axes", () => {
    expect([formatDuration(0.5), formatDuration(3.25), formatDuration(72), formatDuration(null)]).toEqual(["30 min", "3.3 h", "3 d", "—"]);
    expect([niceTop(0), niceTop(3.1), niceTop(37), niceTop(250)]).toEqual([1, 5, 50, 100]);
  });
});
