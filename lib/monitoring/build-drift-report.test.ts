import { describe, expect, it } from "vitest";
import type { Baseline } from "@/lib/registry/schemas";
import { buildDriftReport } from "./build-drift-report";
import { buildDailyCounts, type HistogramRow } from "./daily-counts";
import { featureImportance } from "./importance";
import { layoutOf, referenceFromBaseline } from "./reference";
import { DEFAULT_MONITORING_SETTINGS, DriftResponse } from "./schemas";
import { DAY_MS } from "./time-windows";

const D0 = Date.parse("2026-11-02T00:00:00Z"); // a Monday
const baseline: Baseline = {
  n: 14_000,
  source: "training",
  features: {
    dns: { type: "numeric", edges: [10, 20], proportions: [1 / 3, 1 / 3, 1 / 3], mean: 15, std: 8, min: 0, max: 30 },
    os: { type: "categorical", frequencies: { windows: 0.6, linux: 0.4 } },
  },
};
const features = [
  { name: "dns", type: "numeric" as const },
  { name: "os", type: "categorical" as const },
];

/** 14 days of 1,500 predictions; from day 7 DNS moves to the top bin (a patch). */
function rows() {
  const histograms: HistogramRow[] = [];
  const daily = [];
  for (let d = 0; d < 14; d++) {
    const day = D0 + d * DAY_MS;
    daily.push({ day, n: 1500, alerts: 50, auditSamples: 20, scoreSum: 300 });
    const dns = d < 7 ? [500, 500, 500] : [100, 300, 1100];
    dns.forEach((count, bin) => histograms.push({ day, series: "dns", bucket: String(bin), count }));
    histograms.push({ day, series: "os", bucket: "windows", count: 900 }, { day, series: "os", bucket: "linux", count: 600 });
    histograms.push({ day, series: "score", bucket: "5", count: 1500 });
  }
  return { daily, histograms, stats: [] };
}

describe("buildDriftReport", () => {
  const layout = layoutOf(features, baseline);
  const daily = buildDailyCounts(layout, D0, 14, rows());
  const input = {
    model: "m",
    version: "1",
    from: D0,
    to: D0 + 14 * DAY_MS,
    daily,
    layout,
    reference: referenceFromBaseline(baseline, layout),
    referenceOut: { kind: "baseline" as const, n: 14_000, source: "training" },
    settings: DEFAULT_MONITORING_SETTINGS,
    importance: featureImportance(features, { weights: { dns: 1, "os=windows": 1, "os=linux": 1 } }, baseline),
  };

  it("gives per day and feature the contract's fields, and parses as the response schema", () => {
    const report = buildDriftReport({ ...input, window: "day" });
    expect(DriftResponse.parse(report)).toEqual(report);
    expect(report.windows).toHaveLength(14);
    expect(report.windows[0].features[0]).toMatchObject({ feature: "dns", drift: false });
    expect(report.windows.map((w) => w.drifted.includes("dns"))).toEqual([...new Array(7).fill(false), ...new Array(7).fill(true)]);
    expect(report.windows.every((w) => !w.drifted.includes("os"))).toBe(true);
    expect(report).toMatchObject({ ksMethod: "limit", importanceMethod: "abs-weight-x-std", thresholds: { psi: 0.1, alpha: 0.01 } });
  });

  it("sums ISO weeks, so the week after the patch drifts and the one before does not", () => {
    const report = buildDriftReport({ ...input, window: "week" });
    expect(report.windows.map((w) => [w.from.slice(0, 10), w.n, w.partial, w.drifted])).toEqual([
      ["2026-11-02", 10_500, false, []],
      ["2026-11-09", 10_500, false, ["dns"]],
    ]);
  });

  it("reports a window with no traffic as insufficient data, not as stable", () => {
    const report = buildDriftReport({ ...input, window: "day", to: D0 + 15 * DAY_MS });
    const empty = report.windows[14];
    expect(empty.n).toBe(0);
    expect(empty.features[0]).toMatchObject({ psi: null, drift: false });
    expect(empty.features[0].reason).toMatch(/insufficient data/);
  });
});
