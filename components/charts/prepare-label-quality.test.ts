import { describe, expect, it } from "vitest";
import { formatRate, kappaBand, prepareOverturnBars, reasonLabel } from "./prepare-label-quality";

describe("prepareOverturnBars", () => {
  it("gives one bar per reason with verdicts, as the percentage overturned", () => {
    const { rows, ticks } = prepareOverturnBars([
      { reasonCode: "authorised_activity", labels: 60, overturned: 4, overturnRate: 4 / 60 },
      { reasonCode: "duplicate", labels: 0, overturned: 0, overturnRate: null },
      { reasonCode: null, labels: 200, overturned: 6, overturnRate: 0.03 },
      { reasonCode: "custom_code", labels: 5, overturned: 0, overturnRate: 0 },
    ]);
    expect(rows.map((r) => [r.key, r.label, r.overturned, r.labels])).toEqual([
      ["authorised_activity", "Authorised activity", 4, 60],
      ["(none)", "No reason given", 6, 200],
      ["custom_code", "custom_code", 0, 5],
    ]);
    expect(rows[0].percent).toBeCloseTo(100 * (4 / 60), 12);
    expect(rows[1].percent).toBeCloseTo(3, 12);
    // the axis reaches the largest bar (6.7 %)
    expect(ticks[0]).toBe(0);
    expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(rows[0].percent);
  });

  it("keeps an axis when nothing was overturned", () => {
    const { rows, ticks } = prepareOverturnBars([{ reasonCode: "bad_data", labels: 3, overturned: 0, overturnRate: 0 }]);
    expect(rows[0].percent).toBe(0);
    expect(ticks[ticks.length - 1]).toBeGreaterThan(0);
  });
});

describe("kappaBand, reasonLabel and formatRate", () => {
  it("reads kappa in Landis & Koch's bands", () => {
    expect([-0.1, 0, 0.2, 0.35, 0.6, 0.61, 0.8, 0.95].map(kappaBand)).toEqual([
      "worse than chance", "slight", "slight", "fair", "moderate", "substantial", "substantial", "almost perfect",
    ]);
  });

  it("names reasons and formats rates", () => {
    expect(reasonLabel("known_benign_tool")).toBe("Known benign tool");
    expect(reasonLabel(null)).toBe("No reason given");
    expect([null, 0, 0.0312, 0.25, 1].map(formatRate)).toEqual(["—", "0%", "3.1%", "25%", "100%"]);
  });
});
