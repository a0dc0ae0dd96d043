import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/team/route";
import { recordVerdicts, type VerdictInput } from "@/lib/alerts/verdicts";
import { prisma } from "@/lib/db/client";
import { ingestPredictions } from "@/lib/ingest/ingest";
import { createUser } from "@/lib/users/create-user";
import { apiKey, noParams, prediction, registerVersion, request } from "@/test/helpers/fixtures";
import { TeamQuery, type TeamReport } from "./schemas";
import { teamReport } from "./team-report";

const MIN = 60_000;
const NOW = new Date("2026-11-04T09:00:00Z");
// The three UTC days [Nov 1, Nov 4), 10 minutes per false positive, 2 alerts per analyst per day.
const QUERY = TeamQuery.parse({ days: "3", to: "2026-11-04", fpMinutes: "10", capacity: "2" });

// threshold 0.8: 0.97 → CRITICAL, 0.9 → HIGH, 0.86 → MEDIUM, 0.81 → LOW
const EVENTS = {
  a1: ["2026-11-01T10:00:00Z", 0.97], // FP by Ana, within SLA
  a2: ["2026-11-01T11:00:00Z", 0.97], // FP by Ana, after its SLA
  a3: ["2026-11-02T09:00:00Z", 0.9], // FP by Ben, then changed to TP by Ben: the TP counts
  a4: ["2026-11-02T12:00:00Z", 0.81], // open, Ben's, acknowledged after 20 minutes, SLA still running
  a5: ["2026-11-03T08:00:00Z", 0.97], // open, nobody's, past its SLA at NOW
  a6: ["2026-10-31T22:00:00Z", 0.9], // fired before the window, resolved in it by the lead
  a7: ["2026-11-04T00:00:00Z", 0.9], // fires at the window's (excluded) end, open
  a8: ["2026-11-03T10:00:00Z", 0.86], // an imported verdict: resolved, credited to nobody
  b1: ["2026-11-02T10:00:00Z", 0.3], // below threshold: labelled as an audit sample, no alert
} as const;

type Ids = { id: string };
let ana: Ids;
let ben: Ids;
let lee: Ids;
const alerts = new Map<string, { id: number; predictionId: number; time: Date; slaDueAt: Date }>();
let report: TeamReport;

const slaMs = (key: string) => alerts.get(key)!.slaDueAt.getTime() - alerts.get(key)!.time.getTime();
/** Halfway to the SLA: resolved on time whatever minutes the environment gives each severity. */
const onTime = (key: string) => new Date(alerts.get(key)!.time.getTime() + slaMs(key) / 2);
const late = (key: string) => new Date(alerts.get(key)!.slaDueAt.getTime() + MIN);

function verdict(key: string, value: VerdictInput["verdict"], by: Ids | null, at: Date): VerdictInput {
  return {
    predictionId: alerts.get(key)!.predictionId,
    verdict: value,
    reasonCode: value === "FALSE_POSITIVE" ? "known_benign_tool" : null,
    source: by ? "ANALYST" : "IMPORT",
    labelledById: by?.id ?? null,
    at,
  };
}

beforeAll(async () => {
  await registerVersion();
  await ingestPredictions(Object.entries(EVENTS).map(([id, [timestamp, score]]) => prediction(id, score, { timestamp })));
  const user = (email: string, role: "ANALYST" | "LEAD") => createUser({ email, role, password: "correct-horse-battery-1" }, { label: "test" });
  [ana, ben, lee] = await Promise.all([user("ana@team.example", "ANALYST"), user("ben@team.example", "ANALYST"), user("lee@team.example", "LEAD")]);
  const gone = await user("gone@team.example", "ANALYST");
  await prisma().user.update({ where: { id: gone.id }, data: { disabledAt: new Date("2026-10-01T00:00:00Z") } });

  const rows = await prisma().alert.findMany({ select: { id: true, predictionId: true, time: true, slaDueAt: true, prediction: { select: { eventId: true } } } });
  for (const row of rows) alerts.set(row.prediction.eventId, row);
  expect([...alerts.keys()].sort()).toEqual(["a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8"]);
  // The expectations below assume the default SLA minutes: a5 (CRITICAL) is overdue at NOW, a4 (LOW) is not yet due.
  expect(alerts.get("a5")!.slaDueAt.getTime()).toBeLessThan(NOW.getTime());
  expect(alerts.get("a4")!.slaDueAt.getTime()).toBeGreaterThan(NOW.getTime());

  const a3 = alerts.get("a3")!.time.getTime();
  await recordVerdicts([verdict("a1", "FALSE_POSITIVE", ana, onTime("a1")), verdict("a2", "FALSE_POSITIVE", ana, late("a2"))], { id: ana.id, label: "ana" });
  await recordVerdicts(
    [verdict("a3", "FALSE_POSITIVE", ben, new Date(a3 + 5 * MIN)), verdict("a3", "TRUE_POSITIVE", ben, new Date(a3 + 15 * MIN))],
    { id: ben.id, label: "ben" },
  );
  await recordVerdicts([verdict("a6", "BENIGN_POSITIVE", lee, new Date("2026-11-01T00:30:00Z"))], { id: lee.id, label: "lee" });
  await recordVerdicts([verdict("a8", "UNDETERMINED", null, onTime("a8"))], { label: "import" });
  const b1 = await prisma().prediction.findFirstOrThrow({ where: { eventId: "b1" }, select: { id: true } });
  await recordVerdicts([{ predictionId: b1.id, verdict: "FALSE_POSITIVE", source: "AUDIT_SAMPLE", labelledById: ana.id, at: new Date("2026-11-02T11:00:00Z") }], {
    id: ana.id,
    label: "ana",
  });
  // A claim, as the queue records it: assigned, in progress, acknowledged.
  await prisma().alert.update({
    where: { id: alerts.get("a4")!.id },
    data: { assigneeId: ben.id, status: "IN_PROGRESS", acknowledgedAt: new Date(alerts.get("a4")!.time.getTime() + 20 * MIN) },
  });

  report = await teamReport(QUERY, NOW);
});

describe("the team report", () => {
  it("covers the UTC days [to − days, to)", () => {
    expect(report.window).toEqual({ from: "2026-11-01T00:00:00.000Z", to: "2026-11-04T00:00:00.000Z", days: 3, elapsedDays: 3 });
    expect(report.settings).toEqual({ fpMinutes: 10, capacity: 2 });
    expect(report.days.map((d) => d.day)).toEqual(["2026-11-01", "2026-11-02", "2026-11-03"]);
  });

  it("counts alerts by the day they fired, with their latest verdict only", () => {
    const [nov1, nov2, nov3] = report.days;
    expect(nov1).toMatchObject({ alerts: 2, pending: 0, verdicts: { FALSE_POSITIVE: 2, TRUE_POSITIVE: 0 }, fpRate: 1, slaBreaches: 1 });
    expect(nov1.fpHours).toBeCloseTo((2 * 10) / 60, 12);
    // a3's superseded false positive no longer counts; b1's audit label has no alert
    expect(nov2).toMatchObject({ alerts: 2, pending: 1, verdicts: { TRUE_POSITIVE: 1, FALSE_POSITIVE: 0 }, fpRate: 0, slaBreaches: 0 });
    expect(nov3).toMatchObject({ alerts: 2, pending: 1, verdicts: { UNDETERMINED: 1 }, fpRate: 0, slaBreaches: 1 });
    expect(report.totals).toMatchObject({ alerts: 6, judged: 4, verdicts: { TRUE_POSITIVE: 1, FALSE_POSITIVE: 2, BENIGN_POSITIVE: 0, UNDETERMINED: 1 }, fpRate: 0.5 });
    expect(report.totals.fpHours).toBeCloseTo((2 * 10) / 60, 12);
  });

  it("measures time to acknowledge and resolve from the event, and SLA breaches, by severity", () => {
    const critical = report.timing.find((r) => r.severity === "CRITICAL")!;
    expect(critical.alerts).toBe(3); // a1, a2, a5
    const a1 = slaMs("a1") / 2;
    const a2 = slaMs("a2") + MIN;
    expect(critical.resolve).toEqual({ n: 2, medianMs: (a1 + a2) / 2, meanMs: (a1 + a2) / 2 });
    expect(critical.acknowledge.n).toBe(2);
    expect(critical.slaTargetMs).toBe(slaMs("a1"));
    expect([critical.resolvedLate, critical.openOverdue]).toEqual([1, 1]);
    expect(critical.breachRate).toBeCloseTo(2 / 3, 12);
    const high = report.timing.find((r) => r.severity === "HIGH")!;
    expect(high.resolve).toEqual({ n: 1, medianMs: 15 * MIN, meanMs: 15 * MIN }); // a3's latest verdict
    const low = report.timing.find((r) => r.severity === "LOW")!;
    expect(low).toMatchObject({ alerts: 1, acknowledge: { n: 1, medianMs: 20 * MIN }, resolve: { n: 0, medianMs: null }, breachRate: null });
    expect(report.timing.at(-1)).toMatchObject({ severity: "ALL", alerts: 6, resolvedLate: 1, openOverdue: 1 });
  });

  it("shows each analyst's load: resolved in the window by whoever gave the verdict, and open alerts held now", () => {
    const by = Object.fromEntries(report.analysts.map((a) => [a.email, a]));
    // the roster's active analysts, plus the lead who resolved an alert; not the disabled analyst
    expect(Object.keys(by).sort()).toEqual(["ana@team.example", "ben@team.example", "lee@team.example"]);
    expect(by["ana@team.example"]).toMatchObject({ resolved: 2, falsePositives: 2, openAssigned: 0, busiestDay: 2 });
    expect(by["ana@team.example"].resolvedPerDay).toBeCloseTo(2 / 3, 12);
    expect(by["ana@team.example"].utilisation).toBeCloseTo(2 / 3 / 2, 12);
    expect(by["ana@team.example"].fpHours).toBeCloseTo((2 * 10) / 60, 12);
    expect(by["ben@team.example"]).toMatchObject({ resolved: 1, falsePositives: 0, openAssigned: 1 });
    expect(by["lee@team.example"]).toMatchObject({ resolved: 1, openAssigned: 0 });
    expect(report.analysts[0].email).toBe("ana@team.example");
    expect(report.totals).toMatchObject({ resolved: 5, unattributedResolved: 1, openNow: 3, unassignedOpen: 2, analysts: 3, teamCapacityPerDay: 6 });
  });

  it("without an end date, runs through the current day", async () => {
    const now = new Date("2026-11-03T12:00:00Z");
    const recent = await teamReport(TeamQuery.parse({ days: "7" }), now);
    expect(recent.window).toMatchObject({ from: "2026-10-28T00:00:00.000Z", to: "2026-11-04T00:00:00.000Z", elapsedDays: 6.5 });
    expect(recent.totals.alerts).toBe(7); // a6 now falls inside; a7 at the end still does not
  });
});

describe("GET /api/v1/team", () => {
  it("is for signed-in leads and admins: no credentials is 401, an API key is 403", async () => {
    const get = (key?: string) => GET(request("/api/v1/team?days=3", { method: "GET", key }), noParams);
    expect((await get()).status).toBe(401);
    const refused = await get(await apiKey("metrics:read"));
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.message).toMatch(/team:read/);
  });
});
