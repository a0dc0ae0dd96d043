import { describe, expect, it } from "vitest";
import { dataDriftEpisodes, type DayDrift, type InputCheck, performanceEpisodes, type WeekPerformance, type WindowDrift } from "./drift-episodes";
import type { FeatureDriftOut, MetricPoint } from "./schemas";
import { DAY_MS, WEEK_MS } from "./time-windows";

const D0 = Date.parse("2026-11-02T00:00:00Z"); // Monday

const stat = (feature: string, psi: number, drift: boolean): FeatureDriftOut => ({
  feature, type: "numeric", n: 100, psi, ks: null, wasserstein: null, wassersteinNormalized: null, chiSquare: null, jensenShannon: null, adjustedPValue: null, psiBand: null, drift, reason: drift ? "drift: …" : "no drift: …",
});
const noScore = { n: 100, psi: 0.01, ks: null, wasserstein: null, meanScore: 0.1, drift: false, reason: "" };

/** Trailing windows ending on days 7..(7+n−1), `drifting(i)` saying which features drift in window i. */
function trailing(n: number, drifting: (i: number) => Record<string, number>): WindowDrift[] {
  return Array.from({ length: n }, (_, i) => {
    const to = D0 + (7 + i) * DAY_MS;
    const d = drifting(i);
    return { from: to - WEEK_MS, to, features: ["dns", "bytes"].map((f) => stat(f, d[f] ?? 0.01, f in d)), score: noScore };
  });
}

describe("dataDriftEpisodes", () => {
  it("makes one episode of consecutive drifting windows, dated by the first day that drifted alone", () => {
    // the shift starts on day 10 (window ending day 11 is the first to see it)
    const windows = trailing(10, (i): Record<string, number> => (i >= 4 ? { dns: 0.2 + i * 0.1 } : {}));
    const daily: DayDrift[] = Array.from({ length: 17 }, (_, d) => ({ day: D0 + d * DAY_MS, features: [stat("dns", d >= 10 ? 0.9 : 0.01, d >= 10), stat("bytes", 0.01, false)] }));
    const [episode, ...rest] = dataDriftEpisodes(windows, daily);
    expect(rest).toEqual([]);
    expect(episode).toMatchObject({ feature: "dns", windowStart: windows[4].from, windowEnd: windows[4].to, lastSeenEnd: windows[9].to, ongoing: true, onset: D0 + 10 * DAY_MS, abrupt: true, severity: "significant", windows: 6 });
    expect(episode.peakPsi).toBeCloseTo(1.1, 12);
  });

  it("bridges a single quiet window but splits on longer gaps, and ends an episode that stopped", () => {
    const pattern = [1, 1, 0, 1, 0, 0, 1, 0, 0, 0];
    const windows = trailing(10, (i): Record<string, number> => (pattern[i] ? { bytes: 0.15 } : {}));
    const episodes = dataDriftEpisodes(windows, []);
    expect(episodes.map((e) => [e.windowStart, e.lastSeenEnd, e.ongoing, e.onset, e.abrupt, e.severity])).toEqual([
      [windows[0].from, windows[3].to, false, null, false, "moderate"],
      [windows[6].from, windows[6].to, false, null, false, "moderate"],
    ]);
  });
});

const point = (estimate: number | null, confidentDrop: boolean, sufficient = true): MetricPoint => ({
  estimate, lower: estimate === null ? null : estimate - 0.05, upper: estimate === null ? null : estimate + 0.05, evidence: 100, sufficient, flagged: confidentDrop, confidentDrop,
});
const quiet = { estimate: null, lower: null, upper: null, evidence: 0, sufficient: false, flagged: false, confidentDrop: false };

function weeks(precision: [number, boolean][], partialLast = false): WeekPerformance[] {
  return precision.map(([estimate, dropped], i) => ({
    from: D0 + i * WEEK_MS,
    to: D0 + (i + 1) * WEEK_MS,
    partial: partialLast && i === precision.length - 1,
    metrics: { precision: point(estimate, dropped), recall: quiet, fpr: quiet },
    positives: 40,
  }));
}
const training = { precision: 0.27, recall: null, fpr: null, sources: {} };
const stable = (): InputCheck => ({ features: [], scorePsi: 0.01, against: "window" });

describe("performanceEpisodes", () => {
  it("calls a drop with stable inputs concept drift, against the last week that was still fine", () => {
    const w = weeks([[0.3, false], [0.45, false], [0.12, true], [0.1, true]]);
    const seen: [number, number | null][] = [];
    const [episode, ...rest] = performanceEpisodes(w, training, 0.05, (win, good) => (seen.push([win.from, good?.from ?? null]), stable()), []);
    expect(rest).toEqual([]);
    expect(seen).toEqual([[w[2].from, w[1].from]]);
    expect(episode).toMatchObject({ metric: "precision", kind: "CONCEPT_DRIFT", windowStart: w[2].from, lastSeenEnd: w[3].to, ongoing: true, estimate: 0.1, positives: 80, severity: "significant", sinceFirstWeek: false });
    expect(episode.relativeDrop).toBeCloseTo((0.27 - 0.1) / 0.27, 12);
  });

  it("calls it data drift when inputs moved since performance was last fine", () => {
    const w = weeks([[0.3, false], [0.12, true]]);
    const [episode] = performanceEpisodes(w, training, 0.05, () => ({ features: ["os"], scorePsi: 0.3, against: "window" }), []);
    expect(episode).toMatchObject({ kind: "DATA_DRIFT", unexplained: ["os"], explained: [] });
  });

  it("discounts a shift the model kept performing on for most of the good week", () => {
    const w = weeks([[0.3, false], [0.12, true]]);
    const shift = (onset: number) => [{ feature: "dns", windowStart: onset - 3 * DAY_MS, windowEnd: onset + DAY_MS, lastSeenEnd: w[1].to, ongoing: true, onset, abrupt: true, severity: "significant" as const, peakPsi: 1, latestPsi: 1, windows: 5, scoreDrift: false, scorePsi: 0.01, reason: "" }];
    const moved = () => ({ features: ["dns"], scorePsi: 0.01, against: "window" as const });
    // onset on the good week's first day: 7 days of good performance on shifted inputs
    expect(performanceEpisodes(w, training, 0.05, moved, shift(w[0].from))[0]).toMatchObject({ kind: "CONCEPT_DRIFT", explained: ["dns"] });
    // onset on the good week's last day: it had barely seen the shift
    expect(performanceEpisodes(w, training, 0.05, moved, shift(w[0].to - DAY_MS))[0]).toMatchObject({ kind: "DATA_DRIFT", unexplained: ["dns"] });
  });

  it("ignores partial weeks, unconfident drops and drops on too little evidence", () => {
    expect(performanceEpisodes(weeks([[0.3, false], [0.1, true]], true), training, 0.05, stable, [])).toEqual([]);
    const thin = weeks([[0.3, false], [0.1, true]]);
    thin[1].metrics.precision = point(0.1, true, false);
    expect(performanceEpisodes(thin, training, 0.05, stable, [])).toEqual([]);
  });

  it("tests against the reference when no week was fine before the drop", () => {
    const checks: (number | null)[] = [];
    const [episode] = performanceEpisodes(weeks([[0.1, true], [0.3, false]]), training, 0.05, (_, good) => (checks.push(good?.from ?? null), stable()), []);
    expect(checks).toEqual([null]);
    expect(episode).toMatchObject({ lastGood: null, ongoing: false, sinceFirstWeek: true });
  });
});
