import { describe, expect, it } from "vitest";
import { formatCount, formatInterval, formatMetric, prepareConfusion, preparePrChart, prepareReliability, prepareRocChart, reliabilityReach } from "./prepare-evaluation";

const band = (n: number) => ({ estimate: Array(n).fill(0.5), lower: Array(n).fill(0.4), upper: Array(n).fill(0.6) });

describe("preparePrChart", () => {
  it("orders the curve by rising recall and drops the 'flag nothing' end point", () => {
    // scikit-learn order: by increasing threshold, ending at recall 0, precision 1
    const chart = preparePrChart({ precision: [0.5, 0.6, 1, 1], recall: [1, 0.8, 0.4, 0] }, { recall: [0.5, 1], ...band(2) }, { precision: 0.6, recall: 0.8 });
    expect(chart.curve).toEqual([
      { x: 0.4, y: 1 },
      { x: 0.8, y: 0.6 },
      { x: 1, y: 0.5 },
    ]);
    expect(chart.band).toEqual([
      { x: 0.5, range: [0.4, 0.6] },
      { x: 1, range: [0.4, 0.6] },
    ]);
    expect(chart.marker).toEqual({ x: 0.8, y: 0.6 });
  });

  it("leaves out band points the bootstrap could not define, and the marker when nothing is flagged", () => {
    const chart = preparePrChart({ precision: [1], recall: [0] }, { recall: [0.5, 1], estimate: [null, null], lower: [null, 0.2], upper: [0.9, null] }, { precision: 0, recall: 0 });
    expect(chart.curve).toEqual([]);
    expect(chart.band).toEqual([]);
    expect(chart.marker).toBeNull();
  });
});

describe("prepareRocChart", () => {
  it("drops undefined points and marks the operating point", () => {
    const chart = prepareRocChart({ fpr: [0, 0.1, 1], tpr: [0, 0.7, 1] }, { fpr: [0, 0.5], ...band(2) }, { fpr: 0.1, recall: 0.7 });
    expect(chart.curve).toHaveLength(3);
    expect(chart.marker).toEqual({ x: 0.1, y: 0.7 });
    const oneClass = prepareRocChart({ fpr: [0, 0.5, 1], tpr: [null, null, null] }, { fpr: [0], estimate: [null], lower: [null], upper: [null] }, { fpr: 0, recall: 0 });
    expect(oneClass.curve).toEqual([]);
    expect(oneClass.marker).toBeNull();
  });
});

describe("prepareReliability", () => {
  it("zooms the axes to where rare-event scores live", () => {
    expect(reliabilityReach([0.01, 0.07])).toBe(0.1);
    expect(reliabilityReach([0.3])).toBe(0.5);
    expect(reliabilityReach([])).toBe(0.05);
    const r = prepareReliability({ meanPredicted: [0.02, 0.15], fractionPositive: [0.01, 0.3], count: [90, 10], weight: [900, 10] });
    expect(r.reach).toBe(0.5);
    expect(r.points[1]).toEqual({ predicted: 0.15, observed: 0.3, count: 10, weight: 10 });
    expect(r.diagonal).toEqual([{ x: 0, y: 0 }, { x: 0.5, y: 0.5 }]);
    expect(prepareReliability(null).points).toEqual([]);
  });
});

describe("prepareConfusion", () => {
  it("lays the matrix out as verdict × decision with shares of the total", () => {
    const { rows, total } = prepareConfusion({ tp: 30, fp: 10, fn: 20, tn: 40 });
    expect(total).toBe(100);
    expect(rows.map((r) => r.map((c) => c.key))).toEqual([["tp", "fn"], ["fp", "tn"]]);
    expect(rows[0][1]).toMatchObject({ value: 20, share: 0.2, tone: "bad" });
    expect(prepareConfusion({ tp: 0, fp: 0, fn: 0, tn: 0 }).rows[0][0].share).toBe(0);
  });
});

describe("formatting", () => {
  it("shows weighted counts with a decimal and plain counts whole", () => {
    expect(formatCount(1234, false)).toBe("1,234");
    expect(formatCount(12.345, true)).toBe("12.3");
    expect(formatCount(12345.6, true)).toBe("12,346");
    expect(formatMetric(null)).toBe("—");
    expect(formatMetric(0.91234)).toBe("0.912");
    expect(formatInterval({ estimate: 0.9, lower: 0.85, upper: 0.93 })).toBe("0.900 (0.850–0.930)");
    expect(formatInterval({ estimate: 0.9, lower: null, upper: null })).toBe("0.900");
    expect(formatInterval(undefined)).toBe("—");
  });
});
