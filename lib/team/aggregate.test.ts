import { describe, expect, it } from "vitest";
import {
  analystLoad,
  buildTeamReport,
  dailyBuckets,
  DAY_MS,
  fpHours,
  mean,
  median,
  reportWindow,
  slaOutcome,
  timingBySeverity,
  type AlertFact,
  type ReportWindow,
  type TeamInput,
} from "./aggregate";
import { TeamQuery } from "./schemas";

const MIN = 60_000;
const HOUR = 60 * MIN;
const at = (iso: string) => Date.parse(iso);

// Three whole days, [Nov 1, Nov 4); "now" is the morning after, so every day has elapsed.
const WINDOW: ReportWindow = { from: at("2026-11-01T00:00:00Z"), to: at("2026-11-04T00:00:00Z"), days: 3, elapsedDays: 3 };
const NOW = at("2026-11-04T09:00:00Z");

function alert(overrides: Partial<AlertFact> & { time: number }): AlertFact {
  return {
    severity: "LOW",
    status: "NEW",
    acknowledgedAt: null,
    resolvedAt: null,
    slaDueAt: overrides.time + 72 * HOUR,
    assigneeId: null,
    verdict: null,
    labelledById: null,
    ...overrides,
  };
}

/** Resolved with a verdict `minutes` after the event, as the demo and the triage flow record it. */
function resolved(time: number, minutes: number, verdict: AlertFact["verdict"], by: string | null, overrides: Partial<AlertFact> = {}): AlertFact {
  const done = time + minutes * MIN;
  return alert({ time, status: "RESOLVED", acknowledgedAt: done, resolvedAt: done, verdict, labelledById: by, ...overrides });
}

describe("reportWindow", () => {
  it("ends at the given date's midnight (excluded) and reaches back whole UTC days", () => {
    const w = reportWindow({ days: 3, to: "2026-11-04" }, NOW);
    expect(w).toEqual({ from: at("2026-11-01T00:00:00Z"), to: at("2026-11-04T00:00:00Z"), days: 3, elapsedDays: 3 });
  });

  it("without an end, runs through today and counts only the part of today that has passed", () => {
    const w = reportWindow({ days: 2 }, at("2026-11-24T06:00:00Z"));
    expect(new Date(w.from).toISOString()).toBe("2026-11-23T00:00:00.000Z");
    expect(new Date(w.to).toISOString()).toBe("2026-11-25T00:00:00.000Z");
    expect(w.elapsedDays).toBe(1.25); // all of the 23rd and 6 of the 24th's 24 hours
  });

  it("never averages over less than a day, so the first hour of a window is not extrapolated", () => {
    expect(reportWindow({ days: 1 }, at("2026-11-24T00:05:00Z")).elapsedDays).toBe(1);
    expect(reportWindow({ days: 5, to: "2027-01-10" }, NOW).elapsedDays).toBe(1);
  });
});

describe("mean and median", () => {
  it("take the middle value, or the mean of the two middle ones, without reordering the input", () => {
    const values = [9, 1, 5];
    expect(median(values)).toBe(5);
    expect(values).toEqual([9, 1, 5]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    // numeric, not lexicographic: "10" < "9" as text
    expect(median([10, 9, 100])).toBe(10);
    expect(mean([1, 2, 6])).toBe(3);
  });

  it("agree with a full sort on odd and even counts, duplicates and ties", () => {
    // A small LCG so the cases are the same on every run; the reference sorts and picks the middle.
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const bySort = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      const m = s.length >> 1;
      return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
    };
    for (const n of [1, 2, 3, 4, 5, 10, 11, 100, 101, 1000, 1001]) {
      const spread = [next() % 1_000_000, next() % 7, 0][n % 3]; // wide, heavy duplicates, all equal
      const xs = Array.from({ length: n }, () => (spread ? next() % spread : 42));
      expect(median(xs)).toBe(bySort(xs));
    }
  });

  it("are null, not zero, when there is nothing to summarise", () => {
    expect(median([])).toBeNull();
    expect(mean([])).toBeNull();
  });
});

describe("slaOutcome", () => {
  const due = at("2026-11-01T12:00:00Z");
  it("counts a resolution exactly at the due time as met and any later as late", () => {
    expect(slaOutcome({ status: "RESOLVED", resolvedAt: due, slaDueAt: due }, NOW)).toBe("met");
    expect(slaOutcome({ status: "RESOLVED", resolvedAt: due + 1, slaDueAt: due }, NOW)).toBe("late");
  });

  it("counts an open alert as overdue from its due time, and running before", () => {
    expect(slaOutcome({ status: "IN_PROGRESS", resolvedAt: null, slaDueAt: due }, due)).toBe("overdue");
    expect(slaOutcome({ status: "NEW", resolvedAt: null, slaDueAt: due }, due - 1)).toBe("running");
  });
});

describe("fpHours", () => {
  it("is false positives × minutes each, in hours", () => {
    expect(fpHours(8, 7.5)).toBe(1); // 60 minutes
    expect(fpHours(0, 7.5)).toBe(0);
  });
});

describe("dailyBuckets", () => {
  const d1 = at("2026-11-01T00:00:00Z");
  const d2 = d1 + DAY_MS;
  const d3 = d2 + DAY_MS;
  const alerts: AlertFact[] = [
    alert({ time: d1 - 1 }), // the last instant before the window: not counted
    resolved(d1, 10, "FALSE_POSITIVE", "ana"), // the window's first instant: counted
    resolved(d1 + 5 * HOUR, 10, "FALSE_POSITIVE", "ana"),
    resolved(d1 + 6 * HOUR, 10, "TRUE_POSITIVE", "ben"),
    alert({ time: d2 - 1 }), // last millisecond of day 1, no verdict
    resolved(d2 + HOUR, 10, "BENIGN_POSITIVE", "ben"),
    resolved(d2 + 2 * HOUR, 10, "UNDETERMINED", "ben"),
    // open and long past due on day 3: one breach
    alert({ time: d3 + HOUR, slaDueAt: d3 + 2 * HOUR }),
    alert({ time: WINDOW.to }), // the window's end is excluded
  ];

  const days = (list: AlertFact[]) => dailyBuckets(list, WINDOW, 7.5, NOW);

  it("puts each alert on the UTC day it fired, half-open [from, to)", () => {
    const buckets = days(alerts);
    expect(buckets.map((d) => d.day)).toEqual(["2026-11-01", "2026-11-02", "2026-11-03"]);
    expect(buckets.map((d) => d.alerts)).toEqual([4, 2, 1]);
    expect(buckets.map((d) => d.pending)).toEqual([1, 0, 1]);
  });

  it("counts the verdict mix, the FP rate over alerts with a verdict, FP hours and SLA breaches", () => {
    const [first, second, third] = days(alerts);
    expect(first.verdicts).toEqual({ TRUE_POSITIVE: 1, FALSE_POSITIVE: 2, BENIGN_POSITIVE: 0, UNDETERMINED: 0 });
    expect(first.fpRate).toBeCloseTo(2 / 3, 12); // the unjudged alert is not in the denominator
    expect(first.fpHours).toBe(0.25); // 2 × 7.5 min
    expect(second.verdicts).toEqual({ TRUE_POSITIVE: 0, FALSE_POSITIVE: 0, BENIGN_POSITIVE: 1, UNDETERMINED: 1 });
    expect(second.fpRate).toBe(0);
    expect(third.fpRate).toBeNull();
    expect(days(alerts).map((d) => d.slaBreaches)).toEqual([0, 0, 1]);
  });

  it("returns every day of the window even when nothing fired", () => {
    expect(days([]).map((d) => [d.alerts, d.fpRate, d.fpHours])).toEqual([
      [0, null, 0],
      [0, null, 0],
      [0, null, 0],
    ]);
  });
});

describe("timingBySeverity", () => {
  const t = at("2026-11-02T10:00:00Z");
  const critical = (minutes: number, slaMinutes = 60) => resolved(t, minutes, "TRUE_POSITIVE", "ana", { severity: "CRITICAL", slaDueAt: t + slaMinutes * MIN });
  const alerts: AlertFact[] = [
    critical(10),
    critical(20),
    critical(90), // late: due after 60 minutes
    critical(30),
    // acknowledged after 5 minutes, still open and past its one-hour SLA
    alert({ time: t, severity: "CRITICAL", status: "IN_PROGRESS", acknowledgedAt: t + 5 * MIN, slaDueAt: t + HOUR }),
    // clock skew: acknowledged "before" the event counts as instant
    resolved(t, -3, "FALSE_POSITIVE", "ben", { severity: "HIGH", slaDueAt: t + 4 * HOUR }),
    // open, not yet due: its SLA outcome is still running
    alert({ time: at("2026-11-03T20:00:00Z"), severity: "LOW", slaDueAt: at("2026-11-06T20:00:00Z") }),
    // fired before the window: not in the timing at all
    resolved(WINDOW.from - HOUR, 600, "TRUE_POSITIVE", "ana", { severity: "CRITICAL" }),
  ];
  const rows = timingBySeverity(alerts, WINDOW, NOW);
  const row = (s: string) => rows.find((r) => r.severity === s)!;

  it("lists severities most severe first, then all", () => {
    expect(rows.map((r) => r.severity)).toEqual(["CRITICAL", "HIGH", "MEDIUM", "LOW", "ALL"]);
  });

  it("takes the mean and median time to acknowledge and to resolve from the event", () => {
    const c = row("CRITICAL");
    expect(c.alerts).toBe(5);
    // acknowledge: 10, 20, 90, 30 and 5 minutes → sorted 5, 10, 20, 30, 90
    expect(c.acknowledge).toEqual({ n: 5, medianMs: 20 * MIN, meanMs: 31 * MIN });
    // resolve: only the four resolved → 10, 20, 30, 90
    expect(c.resolve).toEqual({ n: 4, medianMs: 25 * MIN, meanMs: 37.5 * MIN });
    expect(c.slaTargetMs).toBe(HOUR);
    expect(row("HIGH").resolve).toEqual({ n: 1, medianMs: 0, meanMs: 0 });
  });

  it("counts late resolutions and open overdue alerts, and a rate over the settled ones", () => {
    const c = row("CRITICAL");
    expect([c.resolvedLate, c.openOverdue]).toEqual([1, 1]);
    expect(c.breachRate).toBeCloseTo(2 / 5, 12);
    const low = row("LOW");
    expect([low.alerts, low.resolvedLate, low.openOverdue, low.breachRate]).toEqual([1, 0, 0, null]);
    expect(row("MEDIUM")).toMatchObject({ alerts: 0, acknowledge: { n: 0, meanMs: null, medianMs: null }, slaTargetMs: null });
  });

  it("sums every severity into the last row", () => {
    const all = row("ALL");
    expect(all.alerts).toBe(7);
    expect([all.resolvedLate, all.openOverdue]).toEqual([1, 1]);
    expect(all.breachRate).toBeCloseTo(2 / 6, 12); // the running LOW alert is not settled
    // resolve: 0 (HIGH), 10, 20, 30, 90 → median 20, mean 30
    expect(all.resolve).toEqual({ n: 5, medianMs: 20 * MIN, meanMs: 30 * MIN });
  });
});

describe("analystLoad", () => {
  const people = [
    { id: "ana", name: "Ana", email: "ana@x" },
    { id: "ben", name: "Ben", email: "ben@x" },
    { id: "cy", name: "Cy", email: "cy@x" },
  ];
  const nov1 = at("2026-11-01T08:00:00Z");
  const nov2 = nov1 + DAY_MS;
  const input = (alerts: AlertFact[], overrides: Partial<TeamInput> = {}): TeamInput => ({
    alerts,
    people,
    openByAssignee: [
      { assigneeId: "cy", count: 7 },
      { assigneeId: null, count: 4 },
    ],
    window: WINDOW,
    settings: { fpMinutes: 6, capacity: 2 },
    now: NOW,
    ...overrides,
  });
  const alerts: AlertFact[] = [
    resolved(nov1, 30, "FALSE_POSITIVE", "ana"),
    resolved(nov1, 40, "FALSE_POSITIVE", "ana"),
    resolved(nov1, 50, "TRUE_POSITIVE", "ana"),
    resolved(nov2, 30, "FALSE_POSITIVE", "ana"),
    // the verdict's author did the work, not the assignee
    resolved(nov2, 30, "TRUE_POSITIVE", "ben", { assigneeId: "ana" }),
    // an imported verdict has no author: the assignee gets the credit
    resolved(nov2, 30, "BENIGN_POSITIVE", null, { assigneeId: "ben" }),
    // nobody to credit
    resolved(nov2, 30, "UNDETERMINED", null),
    // fired before the window, resolved inside it: work done in the window
    resolved(WINDOW.from - 2 * HOUR, 3 * 60, "FALSE_POSITIVE", "ben"),
    // resolved after the window: not counted
    resolved(WINDOW.to - HOUR, 2 * 60, "TRUE_POSITIVE", "ben"),
  ];

  it("credits each alert resolved in the window to the verdict's author, else the assignee", () => {
    const { analysts, resolved: total, unattributedResolved } = analystLoad(input(alerts));
    const by = Object.fromEntries(analysts.map((a) => [a.id, a]));
    expect(by.ana.resolved).toBe(4);
    expect(by.ben.resolved).toBe(3);
    expect(by.cy.resolved).toBe(0);
    expect(unattributedResolved).toBe(1);
    expect(total).toBe(8);
  });

  it("averages per elapsed day, finds the busiest day, and compares with capacity", () => {
    const ana = analystLoad(input(alerts)).analysts.find((a) => a.id === "ana")!;
    expect(ana.resolvedPerDay).toBeCloseTo(4 / 3, 12);
    expect(ana.busiestDay).toBe(3); // three on Nov 1
    expect(ana.utilisation).toBeCloseTo(4 / 3 / 2, 12);
    expect(ana.falsePositives).toBe(3);
    expect(ana.fpHours).toBeCloseTo(3 * 6 / 60, 12);
    const halfway = { ...WINDOW, elapsedDays: 1.5 };
    expect(analystLoad(input(alerts, { window: halfway })).analysts.find((a) => a.id === "ana")!.resolvedPerDay).toBeCloseTo(4 / 1.5, 12);
  });

  it("takes open alerts held now from the per-assignee counts, and lists the busiest first", () => {
    const { analysts } = analystLoad(input(alerts));
    expect(analysts.map((a) => a.id)).toEqual(["ana", "ben", "cy"]);
    expect(analysts.map((a) => a.openAssigned)).toEqual([0, 0, 7]);
  });
});

describe("buildTeamReport", () => {
  it("adds the days, the timing and the analysts up into consistent totals", () => {
    const t = at("2026-11-02T10:00:00Z");
    const report = buildTeamReport({
      alerts: [
        resolved(t, 10, "FALSE_POSITIVE", "ana"),
        resolved(t, 20, "FALSE_POSITIVE", "ana"),
        resolved(t, 30, "TRUE_POSITIVE", "ana"),
        alert({ time: t, slaDueAt: t + HOUR, assigneeId: "ana" }),
      ],
      people: [{ id: "ana", name: "Ana", email: "ana@x" }],
      openByAssignee: [
        { assigneeId: "ana", count: 1 },
        { assigneeId: null, count: 2 },
      ],
      window: WINDOW,
      settings: { fpMinutes: 7.5, capacity: 40 },
      now: NOW,
    });
    expect(report.window).toEqual({ from: "2026-11-01T00:00:00.000Z", to: "2026-11-04T00:00:00.000Z", days: 3, elapsedDays: 3 });
    expect(report.totals).toMatchObject({
      alerts: 4,
      alertsPerDay: 4 / 3,
      judged: 3,
      verdicts: { TRUE_POSITIVE: 1, FALSE_POSITIVE: 2, BENIGN_POSITIVE: 0, UNDETERMINED: 0 },
      fpHours: 0.25,
      slaBreaches: 1,
      resolved: 3,
      resolvedPerDay: 1,
      openNow: 3,
      unassignedOpen: 2,
      analysts: 1,
      teamCapacityPerDay: 40,
    });
    expect(report.totals.fpRate).toBeCloseTo(2 / 3, 12);
    expect(report.totals.breachRate).toBeCloseTo(1 / 4, 12);
    expect(report.generatedAt).toBe("2026-11-04T09:00:00.000Z");
    expect(report.days.reduce((sum, d) => sum + d.alerts, 0)).toBe(report.totals.alerts);
  });
});

describe("TeamQuery (the URL settings)", () => {
  const issues = (input: Record<string, string>) => {
    const parsed = TeamQuery.safeParse(input);
    return parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  };

  it("defaults to 30 days, 7.5 minutes per false positive and 40 alerts per analyst per day", () => {
    expect(TeamQuery.parse({})).toEqual({ days: 30, fpMinutes: 7.5, capacity: 40 });
    expect(TeamQuery.parse({ days: "7", fpMinutes: "5", capacity: "25", to: "2026-11-04" })).toEqual({ days: 7, fpMinutes: 5, capacity: 25, to: "2026-11-04" });
  });

  it("names the field and says what is wrong with a bad value", () => {
    expect(issues({ fpMinutes: "abc" })).toEqual([{ path: "fpMinutes", message: expect.stringMatching(/^fpMinutes must be a number/) }]);
    expect(issues({ fpMinutes: "0" })[0].message).toMatch(/more than 0/);
    expect(issues({ fpMinutes: "241" })[0].message).toMatch(/at most 240/);
    expect(issues({ capacity: "2.5" })[0]).toEqual({ path: "capacity", message: expect.stringMatching(/whole number/) });
    expect(issues({ capacity: "-1" })[0].message).toMatch(/at least 1/);
    expect(issues({ days: "0" })[0]).toEqual({ path: "days", message: expect.stringMatching(/at least 1/) });
    expect(issues({ days: "181" })[0].message).toMatch(/at most 180/);
    expect(issues({ to: "2026-13-01" })[0]).toEqual({ path: "to", message: expect.stringMatching(/date like/) });
    expect(issues({ to: "yesterday", days: "x" }).map((i) => i.path).sort()).toEqual(["days", "to"]);
  });
});
