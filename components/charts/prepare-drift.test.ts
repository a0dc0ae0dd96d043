import { describe, expect, it } from "vitest";
import { currentWindowIndex, type FeatureWindowInput, formatPValue, formatStat, prepareDistribution, prepareDriftTable, sparkValue, windowLabel } from "./prepare-drift";

const stat = (feature: string, psi: number | null, drift = false): FeatureWindowInput => ({
  feature,
  psi,
  ks: psi === null ? null : { statistic: psi / 2, pValue: 0.5 },
  wassersteinNormalized: null,
  jensenShannon: null,
  adjustedPValue: null,
  psiBand: null,
  drift,
  reason: "",
});

const report = {
  window: "day" as const,
  features: [
    { name: "dns", type: "numeric" as const, importance: 0.02, measurable: true },
    { name: "bytes", type: "numeric" as const, importance: 0.5, measurable: true },
    { name: "os", type: "categorical" as const, importance: null, measurable: true },
    { name: "ports", type: "numeric" as const, importance: 0.48, measurable: false },
  ],
  windows: [
    { from: "2026-11-01T00:00:00.000Z", to: "2026-11-02T00:00:00.000Z", partial: false, n: 100, features: [stat("dns", 0.01), stat("bytes", 0.01), stat("os", 0.2, true), stat("ports", null)] },
    { from: "2026-11-02T00:00:00.000Z", to: "2026-11-03T00:00:00.000Z", partial: false, n: 100, features: [stat("dns", 3, true), stat("bytes", 0.05), stat("os", 0.01), stat("ports", null)] },
    { from: "2026-11-03T00:00:00.000Z", to: "2026-11-04T00:00:00.000Z", partial: false, n: 0, features: [stat("dns", null), stat("bytes", null), stat("os", null), stat("ports", null)] },
  ],
};

describe("prepareDriftTable", () => {
  const table = prepareDriftTable(report);

  it("describes the latest window with traffic as now", () => {
    expect(table.current?.from).toBe("2026-11-02T00:00:00.000Z");
    expect(table.driftingNow).toEqual(["dns"]);
  });

  it("orders by importance × current PSI, then PSI alone, unmeasurable last", () => {
    // dns 0.02·3 = 0.06 > bytes 0.5·0.05 = 0.025; os has no importance; ports cannot be measured
    expect(table.rows.map((r) => r.feature)).toEqual(["dns", "bytes", "os", "ports"]);
    expect(table.rows[0].impact).toBeCloseTo(0.06, 12);
  });

  it("counts drifted windows among those with data and leaves gaps in the sparkline", () => {
    const os = table.rows.find((r) => r.feature === "os")!;
    expect([os.driftedWindows, os.windowsWithData]).toEqual([1, 2]);
    expect(os.spark.map((p) => p.psi)).toEqual([0.2, 0.01, null]);
    expect(os.spark[0]).toEqual({ label: "Nov 1", psi: 0.2, drift: true });
  });
});

describe("currentWindowIndex", () => {
  it("prefers a complete window over a more recent clipped one", () => {
    const windows = [
      { from: "a", to: "b", partial: false, n: 10, features: [] },
      { from: "b", to: "c", partial: true, n: 5, features: [] },
    ];
    expect(currentWindowIndex(windows)).toBe(0);
    expect(currentWindowIndex([windows[1]])).toBe(0);
    expect(currentWindowIndex([])).toBe(-1);
  });
});

describe("labels and formats", () => {
  it("labels a day by its date and a week by its span", () => {
    expect(windowLabel({ from: "2026-11-02T00:00:00.000Z", to: "2026-11-03T00:00:00.000Z" }, "day")).toBe("Nov 2");
    expect(windowLabel({ from: "2026-11-02T00:00:00.000Z", to: "2026-11-09T00:00:00.000Z" }, "week")).toBe("Nov 2–8");
    expect(windowLabel({ from: "2026-10-26T00:00:00.000Z", to: "2026-11-02T00:00:00.000Z" }, "week")).toBe("Oct 26 – Nov 1");
  });

  it("formats statistics and p-values for a table", () => {
    expect([formatStat(0.12345), formatStat(null), formatStat(0.00002), formatStat(0)]).toEqual(["0.123", "—", "2.0e-5", "0.000"]);
    expect([formatPValue(0.0001), formatPValue(0.25), formatPValue(null)]).toEqual(["<0.001", "0.250", "—"]);
  });

  it("spreads PSI over decades for the sparkline, keeping gaps", () => {
    expect(sparkValue(0)).toBe(0);
    expect(sparkValue(null)).toBeNull();
    expect(sparkValue(0.1)! < sparkValue(1)! && sparkValue(1)! < sparkValue(5)!).toBe(true);
  });
});

describe("prepareDistribution", () => {
  it("shows proportions as percentages and marks the bins that carry the PSI", () => {
    const { bars, max } = prepareDistribution({ labels: ["< 1", "1 – 2", "≥ 2"], reference: [0.5, 0.3, 0.2], current: [0.1, 0.3, 0.6], contributions: [0.64, 0, 0.44] });
    expect(bars.map((b) => [b.label, b.reference, b.current, b.moved])).toEqual([
      ["< 1", 50, 10, true],
      ["1 – 2", 30, 30, false],
      ["≥ 2", 20, 60, true],
    ]);
    expect(max).toBe(60);
  });
});
