import { describe, expect, it } from "vitest";
import {
  countTicks,
  formatDayLabel,
  formatHours,
  formatPercent,
  formatPerDay,
  MIX_SERIES,
  prepareAnalystLoad,
  prepareFpRate,
  prepareVerdictMix,
  type DayInput,
} from "./prepare-team";

const day = (date: string, tp: number, fp: number, bp: number, und: number, pending: number): DayInput => {
  const judged = tp + fp + bp + und;
  return {
    day: date,
    alerts: judged + pending,
    verdicts: { TRUE_POSITIVE: tp, FALSE_POSITIVE: fp, BENIGN_POSITIVE: bp, UNDETERMINED: und },
    pending,
    fpRate: judged ? fp / judged : null,
  };
};

const days = [day("2026-10-31", 2, 5, 1, 0, 0), day("2026-11-01", 1, 1, 0, 0, 3), day("2026-11-02", 0, 0, 0, 0, 0)];

describe("prepareVerdictMix", () => {
  it("gives one row per day whose stack adds up to the day's alerts", () => {
    const { rows } = prepareVerdictMix(days);
    expect(rows.map((r) => r.label)).toEqual(["Oct 31", "Nov 1", "Nov 2"]);
    for (const row of rows) {
      expect(MIX_SERIES.reduce((sum, s) => sum + row[s.key], 0)).toBe(row.total);
    }
    expect(rows[1]).toMatchObject({ total: 5, FALSE_POSITIVE: 1, TRUE_POSITIVE: 1, pending: 3 });
  });

  it("stacks false positives on the baseline and the unjudged on top", () => {
    expect(MIX_SERIES[0].key).toBe("FALSE_POSITIVE");
    expect(MIX_SERIES.at(-1)?.key).toBe("pending");
    expect(MIX_SERIES.every((s) => s.color.startsWith("var(--vg-"))).toBe(true);
  });

  it("scales the axis to the busiest day", () => {
    // busiest day: 8 alerts → steps of 2 up to 8
    expect(prepareVerdictMix(days).ticks).toEqual([0, 2, 4, 6, 8]);
    expect(prepareVerdictMix([]).ticks).toEqual([0, 1]);
  });
});

describe("prepareFpRate", () => {
  it("turns rates into percentages and leaves days without verdicts as gaps", () => {
    const { points, overallPercent } = prepareFpRate(days, 6 / 10);
    expect(points.map((p) => p.percent)).toEqual([62.5, 50, null]);
    expect(points.map((p) => p.judged)).toEqual([8, 2, 0]);
    expect(overallPercent).toBeCloseTo(60, 12);
    expect(prepareFpRate(days, null).overallPercent).toBeNull();
  });
});

describe("prepareAnalystLoad", () => {
  const analysts = [
    { id: "a", name: "Ana Lopez", resolvedPerDay: 52.5, openAssigned: 3, utilisation: 52.5 / 40 },
    { id: "b", name: "Bartholomew Featherstonehaugh-Smythe", resolvedPerDay: 12, openAssigned: 0, utilisation: 0.3 },
  ];

  it("flags analysts above capacity and truncates long names for the axis", () => {
    const { rows } = prepareAnalystLoad(analysts, 40);
    expect(rows.map((r) => r.overCapacity)).toEqual([true, false]);
    expect(rows[1].label).toHaveLength(22);
    expect(rows[1].label.endsWith("…")).toBe(true);
    expect(rows[0].label).toBe("Ana Lopez");
  });

  it("always reaches past the capacity line, even when everyone is far below it", () => {
    const quiet = [{ id: "q", name: "Q", resolvedPerDay: 1, openAssigned: 2, utilisation: 1 / 40 }];
    expect(prepareAnalystLoad(quiet, 40).ticks.at(-1)).toBeGreaterThanOrEqual(40);
    expect(prepareAnalystLoad(analysts, 40).ticks.at(-1)).toBeGreaterThanOrEqual(52.5);
  });
});

describe("countTicks", () => {
  it("uses whole steps of 1, 2 or 5 × 10^k from zero up to at least the maximum", () => {
    expect(countTicks(3)).toEqual([0, 1, 2, 3]);
    expect(countTicks(10)).toEqual([0, 5, 10]);
    expect(countTicks(47)).toEqual([0, 20, 40, 60]);
    expect(countTicks(0)).toEqual([0, 1]);
  });
});

describe("formatting", () => {
  it("reads days in UTC, whatever the local time zone", () => {
    expect(formatDayLabel("2026-01-09")).toBe("Jan 9");
    expect(formatDayLabel("2026-12-31")).toBe("Dec 31");
  });

  it("formats rates, hours and per-day averages compactly", () => {
    expect(formatPercent(0.4234)).toBe("42%");
    expect(formatPercent(0.4234, 1)).toBe("42.3%");
    expect(formatPercent(null)).toBe("—");
    expect(formatHours(7.25)).toBe("7.3 h");
    expect(formatHours(2)).toBe("2 h");
    expect(formatHours(1234.4)).toBe("1,234 h");
    expect(formatPerDay(3.14159)).toBe("3.1");
    expect(formatPerDay(42.6)).toBe("43");
  });
});
