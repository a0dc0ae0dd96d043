import { describe, expect, it } from "vitest";
import { describeVerdictMix, firstReason, groupOpenAlerts, verdictMix, type GroupableAlert } from "./group-by";

const at = (hour: number) => new Date(Date.UTC(2026, 10, 1, hour));
let nextId = 1;
const alert = (host: string | null, topReason: string | null, severity: GroupableAlert["severity"], hour: number): GroupableAlert => ({
  id: nextId++,
  rowVersion: nextId % 3,
  host,
  topReason,
  severity,
  time: at(hour),
});

describe("firstReason", () => {
  it("takes the first feature of the top reasons, tolerating junk", () => {
    expect(firstReason([{ feature: "failed_logins_1h", value: 7, contribution: 2.2 }, { feature: "bytes_out" }])).toBe("failed_logins_1h");
    expect(firstReason([])).toBeNull();
    expect(firstReason(null)).toBeNull();
    expect(firstReason([null])).toBeNull();
    expect(firstReason([{ feature: 3 }])).toBeNull();
  });
});

describe("groupOpenAlerts", () => {
  const alerts = [
    alert("ws-1", "bytes_out", "LOW", 1),
    alert("ws-1", "bytes_out", "HIGH", 5),
    alert("ws-1", "bytes_out", "MEDIUM", 3),
    alert("ws-1", "failed_logins", "CRITICAL", 2),
    alert("ws-2", "bytes_out", "LOW", 4),
    alert("ws-2", "bytes_out", "LOW", 6),
    alert(null, null, "MEDIUM", 7),
  ];

  it("groups by host and top reason with count, max severity, time span and members", () => {
    const { groups, totalGroups } = groupOpenAlerts(alerts);
    expect(totalGroups).toBe(4);
    const ws1 = groups[0];
    expect(ws1).toMatchObject({ host: "ws-1", topReason: "bytes_out", count: 3, maxSeverity: "HIGH", firstTime: at(1), lastTime: at(5) });
    // members newest first, each with the row version a bulk write checks
    expect(ws1.alerts).toEqual([alerts[1], alerts[2], alerts[0]].map(({ id, rowVersion }) => ({ id, rowVersion })));
    expect(groups.reduce((sum, g) => sum + g.count, 0)).toBe(alerts.length);
    expect(groups.find((g) => g.host === null)).toMatchObject({ topReason: null, count: 1 });
  });

  it("orders by size, then severity, then recency", () => {
    const { groups } = groupOpenAlerts(alerts);
    expect(groups.map((g) => [g.host, g.topReason])).toEqual([
      ["ws-1", "bytes_out"], // 3
      ["ws-2", "bytes_out"], // 2
      ["ws-1", "failed_logins"], // 1, CRITICAL
      [null, null], // 1, MEDIUM
    ]);
  });

  it("drops groups under minCount and cuts at limit, still counting every qualifying group", () => {
    const { groups, totalGroups } = groupOpenAlerts(alerts, { minCount: 2, limit: 1 });
    expect(totalGroups).toBe(2);
    expect(groups.map((g) => g.count)).toEqual([3]);
    expect(groupOpenAlerts([])).toEqual({ groups: [], totalGroups: 0 });
  });

  it("keeps groups with the same host but another reason apart, and keys them distinctly", () => {
    const { groups } = groupOpenAlerts(alerts);
    const keys = groups.map((g) => g.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("verdictMix", () => {
  it("counts verdicts, most frequent first, with each verdict's most common reason", () => {
    const mix = verdictMix([
      { verdict: "FALSE_POSITIVE", reasonCode: "known_benign_tool" },
      { verdict: "TRUE_POSITIVE", reasonCode: null },
      { verdict: "FALSE_POSITIVE", reasonCode: "known_benign_tool" },
      { verdict: "FALSE_POSITIVE", reasonCode: "duplicate" },
    ]);
    expect(mix).toEqual([
      { verdict: "FALSE_POSITIVE", count: 3, reasonCode: "known_benign_tool", reasonCount: 2 },
      { verdict: "TRUE_POSITIVE", count: 1, reasonCode: null, reasonCount: 0 },
    ]);
  });

  it("breaks count ties in the fixed verdict order, and reason ties alphabetically", () => {
    const mix = verdictMix([
      { verdict: "UNDETERMINED", reasonCode: null },
      { verdict: "FALSE_POSITIVE", reasonCode: "duplicate" },
      { verdict: "FALSE_POSITIVE", reasonCode: "bad_data" },
      { verdict: "UNDETERMINED", reasonCode: null },
    ]);
    expect(mix.map((m) => m.verdict)).toEqual(["FALSE_POSITIVE", "UNDETERMINED"]);
    expect(mix[0]).toMatchObject({ reasonCode: "bad_data", reasonCount: 1 });
  });
});

describe("describeVerdictMix", () => {
  const judged = (entries: [string, number, string | null][]) =>
    verdictMix(entries.flatMap(([verdict, n, reasonCode]) => Array.from({ length: n }, () => ({ verdict: verdict as "TRUE_POSITIVE", reasonCode }))));

  it("names the dominant verdict and its reason when every one gave it", () => {
    expect(describeVerdictMix(judged([["FALSE_POSITIVE", 7, "known_benign_tool"], ["TRUE_POSITIVE", 3, null]]))).toBe(
      "7 of 10 similar alerts were false positives: known benign tool",
    );
  });

  it("says 'mostly' when the reason covers a majority, and nothing when it does not", () => {
    const mostly = judged([["FALSE_POSITIVE", 2, "duplicate"], ["FALSE_POSITIVE", 1, "bad_data"], ["TRUE_POSITIVE", 1, null]]);
    expect(describeVerdictMix(mostly)).toBe("3 of 4 similar alerts were false positives: mostly duplicate");
    const scattered = judged([["FALSE_POSITIVE", 1, "duplicate"], ["FALSE_POSITIVE", 1, "bad_data"], ["FALSE_POSITIVE", 1, null]]);
    expect(describeVerdictMix(scattered)).toBe("3 of 3 similar alerts were false positives");
  });

  it("uses the singular for one alert and reports a tie as a split", () => {
    expect(describeVerdictMix(judged([["TRUE_POSITIVE", 1, null]]))).toBe("1 of 1 similar alert was a true positive");
    expect(describeVerdictMix(judged([["TRUE_POSITIVE", 2, null], ["FALSE_POSITIVE", 2, "duplicate"], ["UNDETERMINED", 1, null]]))).toBe(
      "The 5 similar alerts were judged differently: 2 true positives, 2 false positives, 1 undetermined",
    );
    expect(describeVerdictMix([])).toBeNull();
  });
});
