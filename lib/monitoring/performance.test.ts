import { describe, expect, it } from "vitest";
import { brierScore } from "@/lib/stats/calibration";
import { type LabelledPrediction, performanceOverTime, trainingMetricsOf } from "./performance";
import { DAY_MS, windowsOf } from "./time-windows";

const D0 = Date.parse("2026-11-02T00:00:00Z");
const HOUR = 3_600_000;

type DaySpec = { alerts: number; tp: number; fp: number; unjudged?: number; audit: number; auditTp: number; auditFp: number; n?: number };

/** Labelled rows and roll-up totals for consecutive days, each day as its spec says. */
function scenario(days: DaySpec[], pi = 0.01) {
  const labelled: LabelledPrediction[] = [];
  days.forEach((spec, d) => {
    const t = D0 + d * DAY_MS + HOUR;
    const row = (score: number, alerted: boolean, verdict: LabelledPrediction["verdict"], delayMin: number): LabelledPrediction => ({
      time: t,
      score,
      alerted,
      auditSample: !alerted,
      inclusionProbability: alerted ? null : pi,
      verdict,
      firstVerdictAt: t + delayMin * 60_000,
    });
    for (let i = 0; i < spec.tp; i++) labelled.push(row(0.9, true, "TRUE_POSITIVE", 10));
    for (let i = 0; i < spec.fp; i++) labelled.push(row(0.7, true, "FALSE_POSITIVE", 30));
    for (let i = 0; i < (spec.unjudged ?? 0); i++) labelled.push(row(0.8, true, "UNDETERMINED", 60));
    for (let i = 0; i < spec.auditTp; i++) labelled.push(row(0.2, false, "TRUE_POSITIVE", 24 * 60));
    for (let i = 0; i < spec.auditFp; i++) labelled.push(row(0.05, false, "FALSE_POSITIVE", 24 * 60));
  });
  const totals = {
    from: D0,
    days: days.length,
    n: days.map((s) => s.n ?? 10_000),
    alerts: days.map((s) => s.alerts),
    auditSamples: days.map((s) => s.audit),
  };
  return { labelled, totals };
}

const NO_TRAINING = { precision: null, recall: null, fpr: null, sources: {} };

describe("performanceOverTime", () => {
  it("scales each stratum up from its labelled rows (Hájek, inverse inclusion probability below the threshold)", () => {
    // 100 alerts, 50 judged (20 TP, 30 FP) → TP̂ 40, FP̂ 60. 10 audited of 10 drawn at π = 0.01:
    // 1 positive → FN̂ 100, 9 negatives → TN̂ 900.
    const { labelled, totals } = scenario([{ alerts: 100, tp: 20, fp: 30, audit: 10, auditTp: 1, auditFp: 9 }]);
    const [w] = performanceOverTime({ labelled, totals, windows: windowsOf("day", D0, D0 + DAY_MS), training: NO_TRAINING, drop: 0.05 });
    expect(w.precision.estimate).toBeCloseTo(20 / 50, 12);
    expect(w.recall.estimate).toBeCloseTo(40 / 140, 12);
    expect(w.fpr.estimate).toBeCloseTo(60 / 960, 12);
    expect(w).toMatchObject({ alerts: 100, labelledAlerts: 50, coverage: 0.5, auditSamples: 10, labelledAudit: 10, auditPositives: 1 });
  });

  it("counts verdicts excluded from the classes as labelled, and scales by all labelled alerts", () => {
    // 40 judged: 20 TP, 10 FP, 10 undetermined → TP̂ = 100·20/40 = 50, FP̂ = 25
    const { labelled, totals } = scenario([{ alerts: 100, tp: 20, fp: 10, unjudged: 10, audit: 10, auditTp: 0, auditFp: 10 }]);
    const [w] = performanceOverTime({ labelled, totals, windows: windowsOf("day", D0, D0 + DAY_MS), training: NO_TRAINING, drop: 0.05 });
    expect(w.coverage).toBeCloseTo(0.4, 12);
    expect(w.precision.estimate).toBeCloseTo(20 / 30, 12);
    expect(w.recall.estimate).toBeCloseTo(1, 12);
    expect(w.fpr.estimate).toBeCloseTo(25 / (25 + 1000), 12);
  });

  it("resamples whole days: identical days give a tight interval, disagreeing days a wide one", () => {
    const same = scenario(Array.from({ length: 7 }, () => ({ alerts: 50, tp: 10, fp: 40, audit: 20, auditTp: 0, auditFp: 20 })));
    const mixed = scenario(Array.from({ length: 7 }, (_, d) => (d % 2 ? { alerts: 50, tp: 2, fp: 48, audit: 20, auditTp: 0, auditFp: 20 } : { alerts: 50, tp: 40, fp: 10, audit: 20, auditTp: 0, auditFp: 20 })));
    const week = windowsOf("week", D0, D0 + 7 * DAY_MS);
    const [a] = performanceOverTime({ ...same, windows: week, training: NO_TRAINING, drop: 0.05 });
    const [b] = performanceOverTime({ ...mixed, windows: week, training: NO_TRAINING, drop: 0.05 });
    expect(a.precision.lower).toBeCloseTo(0.2, 12);
    expect(a.precision.upper).toBeCloseTo(0.2, 12);
    expect(b.precision.lower!).toBeLessThan(b.precision.estimate!);
    expect(b.precision.upper!).toBeGreaterThan(b.precision.estimate!);
    expect(b.precision.upper! - b.precision.lower!).toBeGreaterThan(0.2);
  });

  it("flags a metric worse than training by more than the drop, and calls it confident only when the interval agrees", () => {
    const training = { precision: 0.5, recall: 0.9, fpr: 0.001, sources: {} };
    const week = windowsOf("week", D0, D0 + 7 * DAY_MS);
    const steady = scenario(Array.from({ length: 7 }, () => ({ alerts: 50, tp: 10, fp: 40, audit: 100, auditTp: 0, auditFp: 100 })));
    const [w] = performanceOverTime({ ...steady, windows: week, training, drop: 0.05 });
    expect(w.precision).toMatchObject({ flagged: true, confidentDrop: true, evidence: 350, sufficient: true });
    // FP̂ = 280 over FP̂ + TN̂ = 280 + 70,000: 0.4 % against 0.1 % at training
    expect(w.fpr).toMatchObject({ flagged: true, confidentDrop: true });
    // no audited positives: recall is 1, nothing missed, but too little evidence for an event
    expect(w.recall).toMatchObject({ estimate: 1, flagged: false, sufficient: false, evidence: 0 });
    const noisy = scenario(Array.from({ length: 7 }, (_, d) => (d % 2 ? { alerts: 50, tp: 5, fp: 45, audit: 10, auditTp: 0, auditFp: 10 } : { alerts: 50, tp: 40, fp: 10, audit: 10, auditTp: 0, auditFp: 10 })));
    const [n] = performanceOverTime({ ...noisy, windows: week, training: { ...training, precision: 0.6 }, drop: 0.05 });
    expect(n.precision.flagged).toBe(true);
    expect(n.precision.confidentDrop).toBe(false);
  });

  it("weights calibration like the estimators and reports label delay", () => {
    const { labelled, totals } = scenario([{ alerts: 100, tp: 20, fp: 30, audit: 10, auditTp: 1, auditFp: 9 }]);
    const [w] = performanceOverTime({ labelled, totals, windows: windowsOf("day", D0, D0 + DAY_MS), training: NO_TRAINING, drop: 0.05 });
    const scores = [...new Array(20).fill(0.9), ...new Array(30).fill(0.7), 0.2, ...new Array(9).fill(0.05)];
    const classes = [...new Array(20).fill(1), ...new Array(30).fill(0), 1, ...new Array(9).fill(0)];
    const weights = [...new Array(50).fill(2), ...new Array(10).fill(100)];
    expect(w.calibration.brier).toBeCloseTo(brierScore(scores, classes, weights), 12);
    expect(w.calibration.bins.reduce((a, b) => a + b.count, 0)).toBe(60);
    // 20 at 10 min, 30 at 30 min, 10 audited at a day
    expect(w.delay).toEqual({ n: 60, medianMs: 30 * 60_000, p90Ms: expect.any(Number) });
    expect(w.delay.p90Ms).toBe(24 * 3_600_000);
  });

  it("leaves a window without verdicts empty rather than zero", () => {
    const [w] = performanceOverTime({ labelled: [], totals: { from: D0, days: 1, n: [100], alerts: [5], auditSamples: [1] }, windows: windowsOf("day", D0, D0 + DAY_MS), training: NO_TRAINING, drop: 0.05 });
    expect(w.precision).toMatchObject({ estimate: null, lower: null, flagged: false });
    expect(w.coverage).toBe(0);
    expect(w.delay).toEqual({ n: 0, medianMs: null, p90Ms: null });
  });
});

describe("trainingMetricsOf", () => {
  it("reads the registry's names and derives the FP rate from alert and positive rates", () => {
    const out = trainingMetricsOf({ precisionAtThreshold: 0.26, recallAtThreshold: 0.78, alertRate: 0.045, positiveRate: 0.015 });
    expect(out.precision).toBe(0.26);
    expect(out.recall).toBe(0.78);
    expect(out.fpr).toBeCloseTo((0.045 * 0.74) / 0.985, 12);
    expect(out.sources).toEqual({ precision: "precisionAtThreshold", recall: "recallAtThreshold", fpr: "derived" });
    expect(trainingMetricsOf(null)).toEqual({ precision: null, recall: null, fpr: null, sources: { precision: null, recall: null, fpr: null } });
  });
});
