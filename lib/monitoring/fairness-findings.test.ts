import { describe, expect, it } from "vitest";
import { addTo, emptyCell, type GroupCounts, groupErrorRates, type WeightedCell } from "@/lib/stats/group-rates";
import { fairnessFindings, monitoringFairnessHref } from "./fairness-findings";
import type { FairnessResponse } from "./fairness-schemas";

const cell = (n: number): WeightedCell => {
  const c = emptyCell();
  for (let i = 0; i < n; i++) addTo(c, 1);
  return c;
};
const group = (name: string, fp: number, tn: number, fn: number, tp: number): GroupCounts => ({ group: name, fp: cell(fp), tn: cell(tn), fn: cell(fn), tp: cell(tp) });

function report(counts: GroupCounts[]): FairnessResponse {
  const result = groupErrorRates(counts);
  return { model: "m", version: "1.0.0", from: "2026-11-01T00:00:00.000Z", to: "2026-11-29T00:00:00.000Z", groupBy: "businessUnit", mapping: {}, ...result };
}

/**
 * FPR: a 10/100, b 30/100 (3×, Wilson [21.9 %, 39.6 %] clear of a's [5.5 %, 17.4 %]),
 * c 14/100 (1.4×, [8.5 %, 22.1 %] overlaps a's), d 3/13 (too few).
 * FNR: a 5/50, b 6/50 (1.2×, inside the band), c 1/10 and d 0/0 (too few).
 */
const COUNTS = [group("a", 10, 90, 5, 45), group("b", 30, 70, 6, 44), group("c", 14, 86, 1, 9), group("d", 3, 10, 0, 0)];

describe("fairnessFindings", () => {
  it("lists the rates outside the band, most disparate first, with their reference and why", () => {
    const { flagged } = fairnessFindings(report(COUNTS));
    expect(flagged.map((f) => [f.metric, f.group, f.reference?.group])).toEqual([
      ["fpr", "b", "a"],
      ["fpr", "c", "a"],
    ]);
    const [b, c] = flagged;
    expect(b.rate.rate).toBeCloseTo(0.3, 12);
    expect(b.reference!.rate.rate).toBeCloseTo(0.1, 12);
    expect(b.overlaps).toBe(false);
    expect(b.why).toBe("FPR 30.0 % is 3.00× a's 10.0 %, outside the 1.25× band (four-fifths rule).");
    expect(c.overlaps).toBe(true);
    expect(c.why).toBe("FPR 14.0 % is 1.40× a's 10.0 %, outside the 1.25× band (four-fifths rule). The 95 % intervals overlap, so chance may explain the gap.");
  });

  it("lists groups below the minimum n as too few to judge, never as flagged", () => {
    const { flagged, tooFew } = fairnessFindings(report(COUNTS));
    expect(tooFew).toEqual([
      { groupBy: "businessUnit", group: "c", rates: [{ metric: "fnr", n: 10 }] },
      { groupBy: "businessUnit", group: "d", rates: [{ metric: "fpr", n: 13 }, { metric: "fnr", n: 0 }] },
    ]);
    expect(flagged.some((f) => f.group === "d")).toBe(false);
  });

  it("explains a flag against a reference rate of zero", () => {
    const { flagged } = fairnessFindings(report([group("e", 0, 50, 2, 48), group("f", 5, 45, 2, 48)]));
    expect(flagged).toHaveLength(1);
    expect(flagged[0]).toMatchObject({ group: "f", metric: "fpr", reference: { group: "e" } });
    expect(flagged[0].rate.ratio).toBeNull();
    // 0/50 has a Wilson upper bound of 7.1 %, 5/50 a lower bound of 4.3 %.
    expect(flagged[0].overlaps).toBe(true);
    expect(flagged[0].why).toBe("FPR 10.0 % while e's is 0 %: any rate above a reference of 0 is outside the 1.25× band. The 95 % intervals overlap, so chance may explain the gap.");
  });

  it("finds nothing when every group is within the band", () => {
    expect(fairnessFindings(report([group("a", 10, 90, 5, 45), group("b", 11, 89, 5, 45)]))).toEqual({ flagged: [], tooFew: [] });
  });
});

describe("monitoringFairnessHref", () => {
  it("opens the same version and days on the monitoring page, at the fairness card", () => {
    expect(monitoringFairnessHref({ model: "intrusion detector", version: "1.0.0", from: "2026-11-01T00:00:00.000Z", to: "2026-11-29T00:00:00.000Z" })).toBe(
      "/monitoring?model=intrusion+detector&version=1.0.0&from=2026-11-01&to=2026-11-29#fairness",
    );
  });
});
