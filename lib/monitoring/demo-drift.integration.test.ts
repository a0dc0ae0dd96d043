// Proof on the demo: a shortened scenario loaded through the real ingest and verdict services,
// then monitored as the page and the endpoint do. The scenario's ground truth (which features
// the OS patch shifts, when the attackers change technique) comes from lib/simulate; the
// assertions check that monitoring finds each drift and puts it down to the right kind.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createEngine } from "@/lib/simulate/engine";
import { loadDemo } from "@/lib/simulate/load-demo";
import { MODEL_INFO } from "@/lib/simulate/engine";
import { evaluateDriftEvents } from "./drift-events";
import { driftReport } from "./drift-report";
import { loadMonitoringPage } from "./monitoring-page";
import { performanceReport } from "./performance-report";
import { DriftQuery } from "./schemas";
import { loadSettings } from "./settings";
import { DAY_MS, formatDay, isoWeekStart, WEEK_MS } from "./time-windows";
import { findMonitoredVersion } from "./versions";

// 28 days ending on a Monday: four whole ISO weeks, the patch on day 14 (Mon Nov 9) and the
// technique change on day 18 (Fri Nov 13), as engine.ts places them at 1/2 and 2/3.
const DAYS = 28;
const END = new Date("2026-11-23T00:00:00Z");
const engine = createEngine({ days: DAYS, end: END });
const PATCH_DAY = engine.drift.patchDayStart;
const TECHNIQUE_CHANGE = engine.drift.techniqueChange;
// lib/simulate/drift.ts: the patch multiplies DNS queries, adds first-seen processes and
// reports some WSL sessions as "linux".
const PATCHED = ["dns_queries_1h", "new_process_count", "os"];

let events: { kind: string; subject: string; windowStart: Date; windowEnd: Date; lastSeenEnd: Date; onset: Date | null; status: string; strategy: string; details: unknown }[] = [];
let firstRun: Awaited<ReturnType<typeof evaluateDriftEvents>>;

beforeAll(async () => {
  await loadDemo({ days: DAYS, end: END });
  const version = await findMonitoredVersion(MODEL_INFO.name, "1.0.0");
  firstRun = await evaluateDriftEvents(version, await loadSettings(version.id), { concept: true, now: END.getTime() });
  events = await prisma().driftEvent.findMany({ where: { modelVersionId: version.id }, orderBy: { windowStart: "asc" } });
}, 180_000);

describe("monitoring the demo scenario", () => {
  it("finds data drift in the patched features only, starting on the patch day", () => {
    const data = events.filter((e) => e.kind === "DATA_DRIFT" && !e.subject.startsWith("performance:"));
    const features = [...new Set(data.map((e) => e.subject))];
    expect(features).toEqual(expect.arrayContaining(["dns_queries_1h", "new_process_count"]));
    for (const feature of features) expect(PATCHED).toContain(feature);
    for (const e of data) {
      expect(e.onset, `${e.subject} onset`).not.toBeNull();
      expect(e.onset!.getTime()).toBeGreaterThanOrEqual(PATCH_DAY);
      expect(e.onset!.getTime()).toBeLessThanOrEqual(PATCH_DAY + DAY_MS);
      // the patch stays: the drift is still going on at the end
      expect(e.status).toBe("OPEN");
    }
  });

  it("finds concept drift in the weeks after the technique change, and none before", () => {
    const concept = events.filter((e) => e.kind === "CONCEPT_DRIFT");
    expect(concept.length).toBeGreaterThan(0);
    for (const e of concept) {
      // the dropped window ends after the change and starts no earlier than the week it happened in
      expect(e.windowEnd.getTime()).toBeGreaterThan(TECHNIQUE_CHANGE);
      expect(e.windowStart.getTime()).toBeGreaterThanOrEqual(isoWeekStart(TECHNIQUE_CHANGE));
    }
    // no performance drop before the change is put down to anything
    const earlier = events.filter((e) => e.subject.startsWith("performance:") && e.windowStart.getTime() < isoWeekStart(TECHNIQUE_CHANGE));
    expect(earlier).toEqual([]);
  });

  it("attributes the drop to concept drift although the patched inputs moved, because performance held up on them", () => {
    const precision = events.find((e) => e.subject === "performance:precision");
    expect(precision?.kind).toBe("CONCEPT_DRIFT");
    const details = precision!.details as { lastGood: { from: string } | null; summary: string };
    // the last good week is the first patched one: the model kept working on the new inputs
    expect(Date.parse(details.lastGood!.from)).toBe(isoWeekStart(PATCH_DAY));
    expect(details.summary).toMatch(/Concept drift/);
  });

  it("recommends a strategy with a reason for every event", () => {
    for (const e of events) {
      expect(["SCHEDULED", "ON_DEMAND", "INCREMENTAL", "ACTIVE_LEARNING"]).toContain(e.strategy);
      expect((e.details as { summary: string }).summary.length).toBeGreaterThan(20);
    }
  });

  it("records each episode once, audited, however often it is evaluated", async () => {
    expect(firstRun.created).toBe(events.length);
    const audits = await prisma().auditEvent.count({ where: { action: "drift.event.created" } });
    expect(audits).toBe(events.length);
    const version = await findMonitoredVersion(MODEL_INFO.name, "1.0.0");
    const stored = await loadSettings(version.id);
    // unchanged data: skipped outright
    expect(await evaluateDriftEvents(version, stored, { concept: true, now: END.getTime() })).toMatchObject({ data: false, concept: false, created: 0 });
    // forced again: the same episodes, nothing new
    const again = await evaluateDriftEvents(version, { ...stored, dataEvaluatedKey: null, conceptEvaluatedKey: null }, { concept: true, now: END.getTime() });
    expect(again).toMatchObject({ data: true, concept: true, created: 0, closed: 0 });
    expect(await prisma().driftEvent.count({ where: { modelVersionId: version.id } })).toBe(events.length);
  });

  it("flags the patched features in whole weeks after the patch, and off-hours activity in none", async () => {
    const version = await findMonitoredVersion(MODEL_INFO.name, "1.0.0");
    const { settings } = await loadSettings(version.id);
    const { report } = await driftReport(version, settings, DriftQuery.parse({ from: formatDay(END.getTime() - DAYS * DAY_MS), to: formatDay(END.getTime()), window: "week" }));
    const after = report.windows.filter((w) => Date.parse(w.from) >= isoWeekStart(PATCH_DAY) + WEEK_MS);
    const before = report.windows.filter((w) => Date.parse(w.to) <= PATCH_DAY);
    expect(after.length).toBeGreaterThan(0);
    for (const w of after) expect(w.drifted).toEqual(expect.arrayContaining(["dns_queries_1h", "new_process_count"]));
    for (const w of before) expect(w.drifted).toEqual([]);
    for (const w of report.windows) expect(w.drifted).not.toContain("off_hours");
  });
});

describe("the monitoring page's data on the demo", () => {
  it("estimates weekly performance from verdicts, with intervals, coverage and delay", async () => {
    const version = await findMonitoredVersion(MODEL_INFO.name, "1.0.0");
    const report = await performanceReport(version, { from: END.getTime() - DAYS * DAY_MS, to: END.getTime() }, "week", 0.05);
    expect(report.windows).toHaveLength(4);
    expect(report.training.sources).toEqual({ precision: "precisionAtThreshold", recall: "recallAtThreshold", fpr: "derived" });
    for (const w of report.windows) {
      expect(w.precision.lower!).toBeLessThanOrEqual(w.precision.estimate!);
      expect(w.precision.upper!).toBeGreaterThanOrEqual(w.precision.estimate!);
      expect(w.delay.medianMs!).toBeLessThan(3 * 3_600_000);
      expect(w.recall.estimate).not.toBeNull();
      expect(w.calibration.ece).not.toBeNull();
    }
    // the scenario's analysts triage ~90 % of alerts; the last day's queue is mostly still open
    for (const w of report.windows.slice(0, 3)) expect(w.coverage!).toBeGreaterThan(0.8);
    expect(report.windows[3].coverage!).toBeLessThan(Math.min(...report.windows.slice(0, 3).map((w) => w.coverage!)));
    const last = report.windows[3];
    expect(last.precision).toMatchObject({ flagged: true, confidentDrop: true, sufficient: true });
  });

  it("loads the page's drift table and distributions for the production version by default", async () => {
    const page = await loadMonitoringPage({}, "LEAD");
    expect(page.version).toMatchObject({ model: MODEL_INFO.name, version: "1.0.0" });
    expect(page.query.window).toBe("week");
    expect(page.report!.windows.filter((w) => w.n > 0)).toHaveLength(4);
    expect(page.distributions!.window!.from).toBe(page.report!.windows[3].from);
    expect(page.distributions!.features.map((f) => f.name)).toContain("new_process_count");
    expect(page.distributions!.score).not.toBeNull();
    expect(page.can).toEqual({ editSettings: true, acknowledge: true });
    expect((await loadMonitoringPage({ window: "day", from: "2026-11-10", to: "2026-11-01" }, "ANALYST")).error).toMatch(/to must be after from/);
  });
});
