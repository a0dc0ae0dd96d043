import { describe, expect, it } from "vitest";
import { formatDay, formatRate, metricRows, shortCommit, type LiveEvaluation } from "./metric-rows";

const interval = (estimate: number) => ({ estimate, lower: estimate - 0.05, upper: estimate + 0.05 });
const live = (overrides: Partial<LiveEvaluation> = {}): LiveEvaluation => ({
  rocAuc: 0.9,
  averagePrecision: 0.6,
  brier: 0.05,
  weightedN: 1000,
  weightedPositives: 20,
  estimate: "weighted",
  atThreshold: { precision: 0.5, recall: 0.8, f1: 8 / 13, tp: 16, fp: 16 },
  intervals: { metrics: { rocAuc: interval(0.9), averagePrecision: interval(0.6), precision: interval(0.5), recall: interval(0.8), f1: interval(8 / 13) } },
  alertRate: 0.04,
  ...overrides,
});

describe("metricRows", () => {
  it("pairs registered training metrics with live estimates and their deltas", () => {
    const rows = metricRows({ rocAuc: 0.95, averagePrecision: 0.7, precisionAtThreshold: 0.6, recallAtThreshold: 0.75, brier: 0.04, alertRate: 0.045, positiveRate: 0.02 }, live());
    const by = Object.fromEntries(rows.map((r) => [r.key, r]));
    expect(by.rocAuc).toMatchObject({ training: 0.95, live: 0.9 });
    expect(by.rocAuc.interval!.lower).toBeCloseTo(0.85, 12);
    expect(by.rocAuc.delta).toBeCloseTo(-0.05, 12);
    // F1 from the training precision and recall when not registered
    expect(by.f1.training).toBeCloseTo((2 * 0.6 * 0.75) / 1.35, 12);
    expect(by.positiveRate.live).toBe(0.02);
    expect(by.brier.higherIsBetter).toBe(false);
  });

  it("accepts other common names and leaves missing ones empty", () => {
    const rows = metricRows({ roc_auc: 0.8, precision: 0.4 }, live());
    expect(rows.find((r) => r.key === "rocAuc")!.training).toBe(0.8);
    expect(rows.find((r) => r.key === "precision")!.training).toBe(0.4);
    expect(rows.find((r) => r.key === "averagePrecision")!).toMatchObject({ training: null, delta: null });
    expect(metricRows(null, live()).every((r) => r.training === null)).toBe(true);
  });

  it("withholds what alerted-only estimates cannot say, and says why", () => {
    const rows = metricRows({ recallAtThreshold: 0.7 }, live({ estimate: "alerted-only" }));
    const recall = rows.find((r) => r.key === "recall")!;
    expect(recall).toMatchObject({ live: null, interval: null, note: "needs an audit sample", delta: null });
    expect(rows.find((r) => r.key === "precision")!.live).toBe(0.5);
    expect(rows.find((r) => r.key === "rocAuc")!.note).toMatch(/not comparable/);
  });

  it("has no live precision when nothing labelled is flagged", () => {
    expect(metricRows(null, live({ atThreshold: { precision: 0, recall: 0, f1: 0, tp: 0, fp: 0 } })).find((r) => r.key === "precision")!.live).toBeNull();
  });
});

describe("formatting", () => {
  it("shortens commits, reads days and rates", () => {
    expect(shortCommit("0123456789abcdef0123456789abcdef01234567")).toBe("0123456789");
    expect(shortCommit("v1.2")).toBe("v1.2");
    expect(shortCommit(null)).toBeNull();
    expect(formatDay("2026-11-03T10:00:00.000Z")).toBe("2026-11-03");
    expect([formatRate(1234.4), formatRate(56.2), formatRate(7.46), formatRate(0.254), formatRate(null)]).toEqual(["1,234", "56", "7.5", "0.25", "—"]);
  });
});
