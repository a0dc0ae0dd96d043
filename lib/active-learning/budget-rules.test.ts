import { describe, expect, it } from "vitest";
import { budgetMeter, nextUtcMidnight, picksToOffer, remainingBudget, utcDayStart } from "./budget-rules";

describe("the budget's day", () => {
  it("is the UTC day, whatever the local clock says", () => {
    expect(utcDayStart(new Date("2026-11-24T23:59:59.999Z")).toISOString()).toBe("2026-11-24T00:00:00.000Z");
    expect(utcDayStart(new Date("2026-11-25T00:00:00.000Z")).toISOString()).toBe("2026-11-25T00:00:00.000Z");
    expect(utcDayStart(new Date("2026-11-24T01:30:00+05:00")).toISOString()).toBe("2026-11-23T00:00:00.000Z");
    expect(nextUtcMidnight(new Date("2026-11-24T08:00:00Z")).toISOString()).toBe("2026-11-25T00:00:00.000Z");
  });
});

describe("what is left", () => {
  it("never goes below zero, even when a lead lowers the budget under today's count", () => {
    expect(remainingBudget(40, 12)).toBe(28);
    expect(remainingBudget(40, 40)).toBe(0);
    expect(remainingBudget(10, 12)).toBe(0);
    expect(remainingBudget(0, 0)).toBe(0);
  });

  it("offers at most one page, and nothing once spent", () => {
    expect(picksToOffer(28, 25)).toBe(25);
    expect(picksToOffer(3, 25)).toBe(3);
    expect(picksToOffer(0, 25)).toBe(0);
  });

  it("reads as the meter shows it", () => {
    expect(budgetMeter(40, 12)).toEqual({ text: "12 of 40 today", fill: 0.3, spent: false });
    expect(budgetMeter(40, 40)).toMatchObject({ fill: 1, spent: true });
    expect(budgetMeter(10, 12)).toMatchObject({ text: "12 of 10 today", fill: 1, spent: true });
    expect(budgetMeter(0, 0)).toMatchObject({ fill: 1, spent: true });
    expect(budgetMeter(2000, 1500).text).toBe("1,500 of 2,000 today");
  });
});
