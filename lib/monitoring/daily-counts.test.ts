import { describe, expect, it } from "vitest";
import { buildDailyCounts, SCORE_BINS, sumWindow } from "./daily-counts";
import { DAY_MS } from "./time-windows";

const D0 = Date.parse("2026-11-01T00:00:00Z");
const layout = [
  { name: "bytes", type: "numeric" as const, bins: 3 },
  { name: "proto", type: "categorical" as const, bins: 0 },
];

const counts = buildDailyCounts(layout, D0, 3, {
  daily: [
    { day: D0, n: 10, alerts: 2, auditSamples: 1, scoreSum: 4 },
    { day: D0 + DAY_MS, n: 5, alerts: 1, auditSamples: 0, scoreSum: 2 },
    { day: D0 + 3 * DAY_MS, n: 99, alerts: 9, auditSamples: 9, scoreSum: 9 }, // outside the grid
  ],
  histograms: [
    { day: D0, series: "score", bucket: "0", count: 8 },
    { day: D0, series: "score", bucket: "49", count: 2 },
    { day: D0, series: "bytes", bucket: "0", count: 6 },
    { day: D0, series: "bytes", bucket: "2", count: 4 },
    { day: D0 + DAY_MS, series: "bytes", bucket: "1", count: 5 },
    { day: D0 + DAY_MS, series: "bytes", bucket: "7", count: 5 }, // a bin the layout does not have
    { day: D0, series: "proto", bucket: "tcp", count: 7 },
    { day: D0 + DAY_MS, series: "proto", bucket: "udp", count: 5 },
    { day: D0, series: "unknown", bucket: "x", count: 1 },
  ],
  stats: [
    { day: D0, feature: "bytes", n: 10, sum: 20, sumSquares: 50, missing: 0 },
    { day: D0 + DAY_MS, feature: "bytes", n: 4, sum: 8, sumSquares: 20, missing: 1 },
  ],
});

describe("buildDailyCounts and sumWindow", () => {
  it("places each row on its day and bin, ignoring what lies off the grid", () => {
    expect([...counts.n]).toEqual([10, 5, 0]);
    expect(counts.score[0]).toBe(8);
    expect(counts.score[SCORE_BINS - 1]).toBe(2);
    expect([...counts.numeric.get("bytes")!]).toEqual([6, 0, 4, 0, 5, 0, 0, 0, 0]);
    expect([...counts.categorical.get("proto")!.get("udp")!]).toEqual([0, 5, 0]);
  });

  it("sums a window's days", () => {
    const both = sumWindow(counts, D0, D0 + 2 * DAY_MS);
    expect(both.n).toBe(15);
    expect(both.alerts).toBe(3);
    expect(both.numeric.get("bytes")).toEqual([6, 5, 4]);
    expect(both.categorical.get("proto")).toEqual(new Map([["tcp", 7], ["udp", 5]]));
    expect(both.moments.get("bytes")).toEqual({ n: 14, sum: 28, sumSquares: 70, missing: 1 });
    const second = sumWindow(counts, D0 + DAY_MS, D0 + 3 * DAY_MS);
    expect(second.numeric.get("bytes")).toEqual([0, 5, 0]);
    expect(second.categorical.get("proto")).toEqual(new Map([["udp", 5]]));
  });

  it("clips a window to the grid", () => {
    expect(sumWindow(counts, D0 - 5 * DAY_MS, D0 + 10 * DAY_MS).n).toBe(15);
    expect(sumWindow(counts, D0 + 5 * DAY_MS, D0 + 10 * DAY_MS).n).toBe(0);
  });
});
