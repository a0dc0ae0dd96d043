// The 30-day default scenario end to end: generated once, checked against the product's schemas,
// the SHAP identity, the alert budget and the two drifts it is meant to show.
import { beforeAll, describe, expect, it } from "vitest";
import { PredictionIn } from "@/lib/ingest/schemas";
import { ModelVersionIn } from "@/lib/registry/schemas";
import { DEFAULT_ANALYSTS, type Engine, createEngine } from "@/lib/simulate/engine";
import { rocAuc } from "@/lib/simulate/evaluate";
import { FEATURES } from "@/lib/simulate/features";
import { DAY_MS } from "@/lib/simulate/calendar";
import { logit } from "@/lib/stats/logistic";
import { mean } from "@/lib/stats/moments";

type DayStats = { alerts: number; n: number; malicious: number; scores: number[]; labels: number[] };

let engine: Engine;
let buildMs = 0;
let generateMs = 0;
const days: DayStats[] = [];
const problems: string[] = [];
let maxShapError = 0;
let predictionsChecked = 0;
const dns = { before: [] as number[], after: [] as number[] };
const processes = { before: [] as number[], after: [] as number[] };
const verdictStats = { alerts: 0, triaged: 0, lastDayAlerts: 0, lastDayTriaged: 0, below: 0, audited: 0, auditVerdicts: 0 };

function note(problem: string) {
  if (problems.length < 20) problems.push(problem);
}

beforeAll(() => {
  let t = performance.now();
  engine = createEngine();
  buildMs = performance.now() - t;
  const featureNames = FEATURES.map((f) => f.name).sort();
  const patchDay = (engine.drift.patchDayStart - engine.firstDay) / DAY_MS;
  for (let i = 0; i < engine.days; i++) {
    t = performance.now();
    const { events, batch } = engine.simulateDay(i);
    generateMs += performance.now() - t;

    const stats: DayStats = { alerts: 0, n: events.length, malicious: 0, scores: [], labels: [] };
    if (batch.predictions.length !== 2 * events.length) note(`day ${i}: ${batch.predictions.length} predictions for ${events.length} events`);
    const championById = new Map<string, PredictionIn>();
    for (const prediction of batch.predictions) {
      predictionsChecked++;
      const parsed = PredictionIn.safeParse(prediction);
      if (!parsed.success) note(`${prediction.eventId}: ${parsed.error.message}`);
      const e = prediction.explanation;
      if (!e || e.space !== "logit") {
        note(`${prediction.eventId}: no logit explanation`);
        continue;
      }
      if (Object.keys(e.values).sort().join() !== featureNames.join()) note(`${prediction.eventId}: explanation features differ`);
      const total = e.baseValue + Object.values(e.values).reduce((a, b) => a + b, 0);
      maxShapError = Math.max(maxShapError, Math.abs(total - logit(prediction.score)));
      const version = prediction.version === "1.0.0" ? engine.champion : engine.challenger;
      const alert = prediction.score >= version.threshold;
      if (alert !== (prediction.attackType !== undefined)) note(`${prediction.eventId}@${prediction.version}: attackType ${prediction.attackType} with alert=${alert}`);
      if (prediction.auditSample && (version !== engine.champion || alert)) note(`${prediction.eventId}: audit sample outside the champion's below-threshold predictions`);
      if (version === engine.champion) championById.set(prediction.eventId, prediction);
    }
    const dayEnd = engine.dayStart(i) + DAY_MS;
    events.forEach((event) => {
      const champion = championById.get(event.id);
      if (!champion) return note(`${event.id}: no champion prediction`);
      if (event.time < engine.dayStart(i) || event.time >= dayEnd) note(`${event.id}: outside its day`);
      const y = event.truth.malicious ? 1 : 0;
      stats.malicious += y;
      stats.scores.push(champion.score);
      stats.labels.push(y);
      if (champion.score >= engine.champion.threshold) stats.alerts++;
      const after = i > patchDay;
      if (i < patchDay || after) {
        (after ? dns.after : dns.before).push(event.features.dns_queries_1h as number);
        (after ? processes.after : processes.before).push(event.features.new_process_count as number);
      }
    });

    const verdictIds = new Set<string>();
    for (const verdict of batch.verdicts) {
      const prediction = championById.get(verdict.eventId);
      if (!prediction) {
        note(`verdict for unknown event ${verdict.eventId}`);
        continue;
      }
      verdictIds.add(verdict.eventId);
      if (verdict.version !== engine.champion.registration.version) note(`verdict on version ${verdict.version}`);
      if (verdict.at.getTime() <= Date.parse(prediction.timestamp) || verdict.at.getTime() >= engine.end) note(`verdict ${verdict.eventId} at ${verdict.at.toISOString()}`);
      if (!DEFAULT_ANALYSTS.includes(verdict.analyst)) note(`unknown analyst ${verdict.analyst}`);
      const alert = prediction.score >= engine.champion.threshold;
      if (verdict.source === "ANALYST" && !alert) note(`analyst verdict below threshold ${verdict.eventId}`);
      if (verdict.source === "AUDIT_SAMPLE") {
        verdictStats.auditVerdicts++;
        if (!prediction.auditSample) note(`audit verdict without audit flag ${verdict.eventId}`);
      }
    }
    if (verdictIds.size !== batch.verdicts.length) note(`day ${i}: several verdicts for one event`);
    for (const prediction of championById.values()) {
      const alert = prediction.score >= engine.champion.threshold;
      if (alert) {
        verdictStats.alerts++;
        if (verdictIds.has(prediction.eventId)) verdictStats.triaged++;
        if (i === engine.days - 1) {
          verdictStats.lastDayAlerts++;
          if (verdictIds.has(prediction.eventId)) verdictStats.lastDayTriaged++;
        }
      } else {
        verdictStats.below++;
        if (prediction.auditSample) verdictStats.audited++;
      }
    }
    days.push(stats);
  }
}, 180_000);

const week = (from: number, to: number) => {
  const slice = days.slice(from, to);
  return rocAuc(
    slice.flatMap((d) => d.scores),
    slice.flatMap((d) => d.labels),
  );
};

describe("the default demo scenario (30 days × 2,000 events)", () => {
  it("builds within 5 s and generates 30 days within 15 s", () => {
    expect(buildMs).toBeLessThan(5_000);
    expect(generateMs).toBeLessThan(15_000);
  });

  it("registers a PRODUCTION champion and a SHADOW challenger that parse", () => {
    const champion = ModelVersionIn.parse(engine.champion.registration);
    const challenger = ModelVersionIn.parse(engine.challenger.registration);
    expect([champion.version, champion.stage, challenger.version, challenger.stage]).toEqual(["1.0.0", "PRODUCTION", "1.1.0", "SHADOW"]);
    expect(champion.baseline?.n).toBe(14 * 2000);
    expect(Object.keys(champion.baseline?.features ?? {})).toHaveLength(FEATURES.length);
    expect(champion.metrics?.rocAuc).toBeGreaterThan(0.9);
    expect(engine.champion.model.fit.converged).toBe(true);
    expect(engine.challenger.model.fit.converged).toBe(true);
  });

  it("emits predictions that all parse, with a logit explanation over every feature", () => {
    expect(predictionsChecked).toBe(2 * 30 * 2000);
    expect(problems).toEqual([]);
  });

  it("has SHAP values that add up to the logit of every score", () => {
    expect(maxShapError).toBeLessThan(1e-9);
  });

  it("injects attacks at a realistic base rate (1–2 % of events)", () => {
    const rate = days.reduce((a, d) => a + d.malicious, 0) / days.reduce((a, d) => a + d.n, 0);
    expect(rate).toBeGreaterThan(0.01);
    expect(rate).toBeLessThan(0.02);
  });

  it("alerts on 2–8 % of events with the champion's threshold", () => {
    const rate = days.reduce((a, d) => a + d.alerts, 0) / days.reduce((a, d) => a + d.n, 0);
    expect(rate).toBeGreaterThan(0.02);
    expect(rate).toBeLessThan(0.08);
  });

  it("loses ranking quality to the attackers' new techniques (concept drift)", () => {
    const first = week(0, 7);
    const last = week(engine.days - 7, engine.days);
    expect(first).toBeGreaterThan(0.88);
    expect(first - last).toBeGreaterThan(0.1);
  });

  it("shifts patched features after the middle day (data drift)", () => {
    expect(mean(dns.after) / mean(dns.before)).toBeGreaterThan(1.4);
    expect(mean(processes.after) - mean(processes.before)).toBeGreaterThan(1.5);
  });

  it("has ~90 % of alerts triaged, the last day mostly open, and a ~1.5 % audit sample below threshold", () => {
    expect(verdictStats.triaged / verdictStats.alerts).toBeGreaterThan(0.8);
    expect(verdictStats.triaged / verdictStats.alerts).toBeLessThan(0.95);
    expect(verdictStats.lastDayTriaged / verdictStats.lastDayAlerts).toBeLessThan(0.5);
    expect(verdictStats.audited / verdictStats.below).toBeGreaterThan(0.01);
    expect(verdictStats.audited / verdictStats.below).toBeLessThan(0.02);
    expect(verdictStats.auditVerdicts).toBeGreaterThan(0.8 * verdictStats.audited);
  });
});
