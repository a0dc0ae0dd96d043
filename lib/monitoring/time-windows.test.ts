import { describe, expect, it } from "vitest";
import { DAY_MS, daysIn, formatDay, isoWeekStart, parseInstant, windowsOf } from "./time-windows";

const day = (text: string) => Date.parse(`${text}T00:00:00Z`);

describe("windowsOf", () => {
  it("cuts a range into UTC days", () => {
    const windows = windowsOf("day", day("2026-11-01"), day("2026-11-04"));
    expect(windows.map((w) => formatDay(w.from))).toEqual(["2026-11-01", "2026-11-02", "2026-11-03"]);
    expect(windows.every((w) => w.to - w.from === DAY_MS && !w.partial)).toBe(true);
  });

  it("cuts a range into ISO weeks (Monday 00:00 UTC), marking the clipped ends partial", () => {
    // 2026-11-04 is a Wednesday; 2026-11-23 a Monday.
    const windows = windowsOf("week", day("2026-11-04"), day("2026-11-25"));
    expect(windows.map((w) => [formatDay(w.from), formatDay(w.to), w.partial])).toEqual([
      ["2026-11-04", "2026-11-09", true],
      ["2026-11-09", "2026-11-16", false],
      ["2026-11-16", "2026-11-23", false],
      ["2026-11-23", "2026-11-25", true],
    ]);
    expect(windows.map(daysIn)).toEqual([5, 7, 7, 2]);
  });

  it("puts the same calendar week on the same window whatever the range", () => {
    const a = windowsOf("week", day("2026-11-01"), day("2026-11-30")).find((w) => formatDay(w.from) === "2026-11-09");
    const b = windowsOf("week", day("2026-11-09"), day("2026-11-16"))[0];
    expect(a).toEqual(b);
  });

  it("refuses bounds inside a day", () => {
    expect(() => windowsOf("day", day("2026-11-01") + 1, day("2026-11-02"))).toThrow(RangeError);
  });
});

describe("isoWeekStart", () => {
  it("is the Monday of the week, Sunday belonging to the week before it", () => {
    expect(formatDay(isoWeekStart(day("2026-11-08") + 5 * 3_600_000))).toBe("2026-11-02"); // Sunday
    expect(formatDay(isoWeekStart(day("2026-11-09")))).toBe("2026-11-09"); // Monday
  });
});

describe("parseInstant", () => {
  it("reads a date as its UTC midnight and an ISO date-time with its offset", () => {
    expect(parseInstant("2026-11-01")).toBe(day("2026-11-01"));
    expect(parseInstant("2026-11-01T00:00:00Z")).toBe(day("2026-11-01"));
    expect(parseInstant("2026-11-01T01:00:00+01:00")).toBe(day("2026-11-01"));
  });

  it("rejects what is not a date", () => {
    expect(parseInstant("2026-02-30")).toBeNull();
    expect(parseInstant("yesterday")).toBeNull();
    expect(parseInstant("2026-11-01T00:00:00")).toBeNull(); // no zone: ambiguous
  });
});
