import { describe, expect, it } from "vitest";
import { compareDisagreement, compareUncertainty, disagreementReason, isFlip, MAX_SCAN, scanRounds, takePicks, uncertaintyReason, type DisagreementRow } from "./ranking";

const none = { events: new Set<string>(), predictions: new Set<number>() };

describe("uncertainty ranking", () => {
  it("puts the scores nearest the threshold first, either side, newer first on a tie", () => {
    // Binary fractions, so equal distances are exactly equal.
    const rows = [
      { id: 1, eventId: "a", score: 0.125 },
      { id: 2, eventId: "b", score: 0.7578125 },
      { id: 3, eventId: "c", score: 0.8125 },
      { id: 4, eventId: "d", score: 0.9375 },
      { id: 5, eventId: "e", score: 0.6875 },
      { id: 6, eventId: "f", score: 0.8125 },
    ];
    // distances to 0.75: 0.625, 0.0078125, 0.0625, 0.1875, 0.0625, 0.0625
    expect([...rows].sort(compareUncertainty(0.75)).map((r) => r.id)).toEqual([2, 6, 5, 3, 4, 1]);
  });

  it("says how far and on which side", () => {
    expect(uncertaintyReason(0.75, 0.8)).toEqual({ kind: "uncertainty", distance: expect.closeTo(0.05, 12), side: "below" });
    expect(uncertaintyReason(0.8, 0.8)).toEqual({ kind: "uncertainty", distance: 0, side: "above" });
  });
});

describe("disagreement ranking", () => {
  const row = (id: number, score: number, challengerScore: number, challengerThreshold = 0.7): DisagreementRow => ({ id, eventId: `e${id}`, score, challengerId: 9, challengerScore, challengerThreshold });

  it("tells a flip by each version's own threshold", () => {
    expect(isFlip(0.85, 0.8, 0.6, 0.7)).toBe(true); // champion alerts, challenger would not
    expect(isFlip(0.75, 0.8, 0.72, 0.7)).toBe(true); // only the challenger would alert
    expect(isFlip(0.75, 0.8, 0.1, 0.7)).toBe(false); // far apart, same decision
    expect(isFlip(0.8, 0.8, 0.7, 0.7)).toBe(false); // both exactly at threshold: both alert
  });

  it("puts decision flips first, then the biggest score difference", () => {
    const rows = [
      row(1, 0.125, 0.625), // no flip, |Δ| 0.5
      row(2, 0.81, 0.69), // flip, |Δ| 0.12
      row(3, 0.5, 0), // no flip, |Δ| 0.5 (an exact tie with 1: newer first)
      row(4, 0.1, 0.9), // flip, |Δ| 0.8
      row(5, 0.3, 0.31), // no flip, |Δ| 0.01
    ];
    expect([...rows].sort(compareDisagreement(0.8)).map((r) => r.id)).toEqual([4, 2, 3, 1, 5]);
  });

  it("describes the pick with the challenger's score and threshold", () => {
    const why = disagreementReason(row(2, 0.81, 0.69), 0.8, { version: "1.1.0", stage: "SHADOW" });
    expect(why).toEqual({ kind: "disagreement", challenger: { version: "1.1.0", stage: "SHADOW", score: 0.69, threshold: 0.7 }, difference: expect.closeTo(0.12, 12), flip: true });
  });
});

describe("taking picks", () => {
  const ranked = [
    { id: 10, eventId: "x" },
    { id: 11, eventId: "y" },
    { id: 10, eventId: "x" }, // the same event again (another challenger's row)
    { id: 12, eventId: "z" },
    { id: 13, eventId: "w" },
  ];

  it("keeps rank order, one row per event, up to the cap", () => {
    expect(takePicks(ranked, none, 3).map((r) => r.id)).toEqual([10, 11, 12]);
    expect(takePicks(ranked, none, 0)).toEqual([]);
  });

  it("skips excluded events and predictions", () => {
    expect(takePicks(ranked, { events: new Set(["y"]), predictions: new Set([12]) }, 5).map((r) => r.id)).toEqual([10, 13]);
  });
});

describe("scan rounds", () => {
  it("reads a few times what is wanted, then eight times more, never past the bound", () => {
    expect(scanRounds(0)).toEqual([]);
    expect(scanRounds(25)).toEqual([200, 1600, 12800, MAX_SCAN]);
    expect(scanRounds(100)).toEqual([500, 4000, MAX_SCAN]);
    expect(scanRounds(10_000)).toEqual([MAX_SCAN]);
  });
});
