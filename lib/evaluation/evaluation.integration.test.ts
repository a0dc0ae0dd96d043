import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/models/[model]/versions/[version]/evaluation/route";
import { recordVerdicts, type VerdictInput } from "@/lib/alerts/verdicts";
import type { Verdict } from "@/lib/alerts/schemas";
import { prisma } from "@/lib/db/client";
import { ingestPredictions } from "@/lib/ingest/ingest";
import { registerModelVersion } from "@/lib/registry/register";
import { evaluateClassifier } from "@/lib/stats/evaluation";
import { fixtureCase } from "@/lib/stats/fixtures/classification-fixture";
import { apiKey, MODEL, prediction, registerVersion, request } from "@/test/helpers/fixtures";
import { evaluateVersion } from "./evaluate-version";
import { eventLabelRows, ownLabelRows } from "./label-queries";
import { findVersion } from "./load-labelled";
import { EvaluationResponse } from "./schemas";

const CENSUS_MODEL = "census-detector";
const census = fixtureCase("heavy-ties");
const ACTOR = { label: "test" };

/**
 * intrusion-detector 1.0.0 (production, threshold 0.8) and 1.1.0 (shadow, 0.7) score the same
 * events. Nov 1: six alerts (five judged), four audit-sample predictions (π = 0.25, all judged),
 * eight quiet ones. Nov 2: two alerts with verdicts and a quiet prediction, no audit sample.
 */
type Event = { id: string; day: 1 | 2; a: number; b: number; audit?: boolean; verdict?: Verdict };
const EVENTS: Event[] = [
  { id: "a1", day: 1, a: 0.95, b: 0.9, verdict: "TRUE_POSITIVE" },
  { id: "a2", day: 1, a: 0.92, b: 0.6, verdict: "FALSE_POSITIVE" },
  { id: "a3", day: 1, a: 0.88, b: 0.85, verdict: "TRUE_POSITIVE" },
  { id: "a4", day: 1, a: 0.85, b: 0.75, verdict: "BENIGN_POSITIVE" },
  { id: "a5", day: 1, a: 0.82, b: 0.95, verdict: "FALSE_POSITIVE" },
  { id: "a6", day: 1, a: 0.81, b: 0.3 }, // no verdict yet: coverage 5 / 6
  { id: "s1", day: 1, a: 0.5, b: 0.8, audit: true, verdict: "TRUE_POSITIVE" },
  { id: "s2", day: 1, a: 0.4, b: 0.2, audit: true, verdict: "FALSE_POSITIVE" },
  { id: "s3", day: 1, a: 0.3, b: 0.35, audit: true, verdict: "FALSE_POSITIVE" },
  { id: "s4", day: 1, a: 0.1, b: 0.05, audit: true, verdict: "FALSE_POSITIVE" },
  ...Array.from({ length: 8 }, (_, i): Event => ({ id: `q${i}`, day: 1, a: 0.05 + i * 0.05, b: 0.1 + i * 0.04 })),
  { id: "d1", day: 2, a: 0.9, b: 0.92, verdict: "TRUE_POSITIVE" },
  { id: "d2", day: 2, a: 0.84, b: 0.5, verdict: "FALSE_POSITIVE" },
  { id: "d3", day: 2, a: 0.2, b: 0.1 },
];

const at = (e: Event, i: number) => `2026-11-0${e.day}T${String(8 + (i % 12)).padStart(2, "0")}:00:00Z`;

const params = (model: string, version: string) => ({ params: Promise.resolve({ model, version }) });

beforeAll(async () => {
  await registerVersion({ version: "1.0.0", threshold: 0.8, stage: "PRODUCTION", metrics: { rocAuc: 0.91, averagePrecision: 0.6, precisionAtThreshold: 0.5 } });
  await registerVersion({ version: "1.1.0", threshold: 0.7, stage: "SHADOW" });
  await ingestPredictions(
    EVENTS.flatMap((e, i) => [
      prediction(e.id, e.a, { version: "1.0.0", timestamp: at(e, i), ...(e.audit ? { auditSample: { inclusionProbability: 0.25 } } : {}) }),
      prediction(e.id, e.b, { version: "1.1.0", timestamp: at(e, i) }),
    ]),
  );
  const champion = await prisma().prediction.findMany({ where: { modelVersion: { version: "1.0.0", model: { name: MODEL } } }, select: { id: true, eventId: true } });
  const ids = new Map(champion.map((p) => [p.eventId, p.id]));
  const verdicts: VerdictInput[] = EVENTS.filter((e) => e.verdict).map((e) => ({
    predictionId: ids.get(e.id)!,
    verdict: e.verdict!,
    reasonCode: e.verdict === "FALSE_POSITIVE" && !e.audit ? "known_benign_tool" : null,
    source: e.audit ? "AUDIT_SAMPLE" : "ANALYST",
  }));
  // a1 was first judged a false positive, then corrected: only the latest verdict counts.
  await recordVerdicts([{ predictionId: ids.get("a1")!, verdict: "FALSE_POSITIVE", reasonCode: "duplicate", source: "ANALYST" }], ACTOR);
  await recordVerdicts(verdicts, ACTOR);

  // The census model: every prediction of the heavy-ties fixture judged, threshold on a score.
  await registerModelVersion(CENSUS_MODEL, { version: "1", threshold: census.atThreshold.threshold, stage: "PRODUCTION", features: [{ name: "x", type: "numeric" }] }, ACTOR);
  await ingestPredictions(census.scores.map((score, i) => prediction(`c${i}`, score, { model: CENSUS_MODEL, version: "1", features: { x: i }, timestamp: "2026-11-03T12:00:00Z" })));
  const rows = await prisma().prediction.findMany({ where: { modelVersion: { model: { name: CENSUS_MODEL } } }, select: { id: true, eventId: true } });
  await prisma().label.createMany({
    data: rows.map((row) => ({ predictionId: row.id, verdict: census.labels[Number(row.eventId.slice(1))] === 1 ? ("TRUE_POSITIVE" as const) : ("FALSE_POSITIVE" as const), source: "IMPORT" as const })),
  });
});

describe("evaluation with every prediction judged (the DESIGN.md contract)", () => {
  it("equals scikit-learn's numbers on the same (score, class) pairs", async () => {
    const r = await evaluateVersion(CENSUS_MODEL, "1", {});
    expect(r.estimate).toBe("census");
    expect(r.weighted).toBe(false);
    expect(r.n).toBe(census.scores.length);
    expect(r.positives).toBe(census.labels.filter((y) => y === 1).length);
    expect(Math.abs(r.rocAuc! - census.rocAuc)).toBeLessThan(1e-9);
    expect(Math.abs(r.averagePrecision! - census.averagePrecision)).toBeLessThan(1e-9);
    expect(Math.abs(r.brier! - census.brier)).toBeLessThan(1e-9);
    expect(r.atThreshold).toMatchObject({ tp: census.atThreshold.tp, fp: census.atThreshold.fp, tn: census.atThreshold.tn, fn: census.atThreshold.fn });
    expect(Math.abs(r.atThreshold.f1 - census.atThreshold.f1)).toBeLessThan(1e-9);
    // the curves are the reference's, point for point (they are short enough not to be thinned)
    expect(r.pr.precision.length).toBe(census.pr.precision.length);
    r.pr.precision.forEach((p, i) => expect(Math.abs(p - census.pr.precision[i])).toBeLessThan(1e-9));
    expect(r.roc.tpr.length).toBe(census.roc.tpr.length);
    expect(r.design).toMatchObject({ predictions: census.scores.length, labelled: census.scores.length, used: census.scores.length });
    expect(r.mapping).toEqual({ TRUE_POSITIVE: 1, FALSE_POSITIVE: 0, BENIGN_POSITIVE: null, UNDETERMINED: null });
  });

  it("brackets each estimate with a seeded interval, the same on every request", async () => {
    const [a, b] = [await evaluateVersion(CENSUS_MODEL, "1", {}), await evaluateVersion(CENSUS_MODEL, "1", {})];
    expect(a.intervals).toEqual(b.intervals);
    const ap = a.intervals.metrics.averagePrecision;
    expect(ap.estimate).toBeCloseTo(census.averagePrecision, 9);
    expect(ap.lower!).toBeLessThan(ap.estimate!);
    expect(ap.upper!).toBeGreaterThan(ap.estimate!);
    expect(a.bands.pr.recall.length).toBe(a.bands.pr.lower.length);
  });
});

describe("evaluation under selection bias", () => {
  const weightsFor = (rows: Event[], alertWeight: number, auditWeight: number) => rows.map((e) => (e.audit ? auditWeight : alertWeight));
  const classOf = (v: Verdict) => (v === "TRUE_POSITIVE" ? 1 : 0);
  const used = (e: Event) => e.day === 1 && e.verdict && e.verdict !== "BENIGN_POSITIVE";
  const NOV1 = { from: new Date("2026-11-01T00:00:00Z"), to: new Date("2026-11-02T00:00:00Z") };

  it("weights alerts by 1 / coverage and the audit sample by 1 / π, and says so", async () => {
    const r = await evaluateVersion(MODEL, "1.0.0", NOV1);
    expect(r.estimate).toBe("weighted");
    const rows = EVENTS.filter(used);
    const expected = evaluateClassifier({ scores: rows.map((e) => e.a), labels: rows.map((e) => classOf(e.verdict!)), weights: weightsFor(rows, 6 / 5, 4), threshold: 0.8 });
    expect(r.rocAuc).toBeCloseTo(expected.rocAuc!, 12);
    expect(r.averagePrecision).toBeCloseTo(expected.averagePrecision!, 12);
    expect(r.atThreshold.recall).toBeCloseTo(expected.atThreshold.recall, 12);
    const strata = Object.fromEntries(r.design.strata.map((s) => [s.kind, s]));
    expect(strata.alerted).toMatchObject({ version: "1.0.0", population: 6, labelled: 5, used: 4 });
    expect(strata.alerted.weight).toBeCloseTo(1.2, 12);
    expect(strata["audit-sample"]).toMatchObject({ inclusionProbability: 0.25, population: 4, labelled: 4, used: 4, weight: 4 });
    expect(r.design).toMatchObject({ predictions: 18, labelled: 9, used: 8, excludedByMapping: { BENIGN_POSITIVE: 1 } });
    expect(r.traffic).toMatchObject({ predictions: 18, days: 1 });
  });

  it("evaluates a shadow challenger on the champion's verdicts of the same events, under the champion's design", async () => {
    const r = await evaluateVersion(MODEL, "1.1.0", NOV1);
    expect(r.estimate).toBe("weighted");
    const rows = EVENTS.filter(used);
    const expected = evaluateClassifier({ scores: rows.map((e) => e.b), labels: rows.map((e) => classOf(e.verdict!)), weights: weightsFor(rows, 6 / 5, 4), threshold: 0.7 });
    expect(r.averagePrecision).toBeCloseTo(expected.averagePrecision!, 12);
    expect(r.atThreshold.precision).toBeCloseTo(expected.atThreshold.precision, 12);
    expect(r.design.strata.every((s) => s.version === "1.0.0")).toBe(true);
  });

  it("falls back to alerted-only, unweighted, in a range without an audit sample", async () => {
    const r = await evaluateVersion(MODEL, "1.0.0", { from: new Date("2026-11-02T00:00:00Z") });
    expect(r.estimate).toBe("alerted-only");
    expect(r.weighted).toBe(false);
    expect([r.n, r.positives]).toEqual([2, 1]);
  });

  it("reads the same verdicts and scores whichever query shape is used (own or borrowed verdicts)", async () => {
    const summary = (rows: Awaited<ReturnType<typeof ownLabelRows>>) => rows.map((r) => [r.labelId, r.verdict, r.via, r.alerted, r.auditSample, r.pi, r.score]).sort((a, b) => Number(a[0]) - Number(b[0]));
    for (const name of ["1.0.0", "1.1.0"]) {
      const version = await findVersion(MODEL, name);
      const siblings = [...version.siblings.keys()];
      expect(summary(await ownLabelRows(version.id, siblings, NOV1))).toEqual(summary(await eventLabelRows(version.id, siblings, NOV1)));
    }
  });

  it("reads the flagged volume for each candidate threshold from the score roll-ups", async () => {
    const r = await evaluateVersion(MODEL, "1.0.0", NOV1);
    const at = (t: number) => r.operatingPoints.find((p) => p.threshold === t)!;
    expect(at(0.8).flagged).toBe(6); // the six alerts: 0.8 is a bin edge, so the count is exact
    expect(at(0).flagged).toBe(18);
    expect(r.operatingPoints.map((p) => p.threshold)).toContain(r.threshold);
    expect(r.training).toMatchObject({ rocAuc: 0.91 });
    expect(EvaluationResponse.safeParse(JSON.parse(JSON.stringify(r))).success).toBe(true);
  });
});

describe("GET /api/v1/models/{model}/versions/{version}/evaluation", () => {
  const get = (path: string, key?: string, model = MODEL, version = "1.0.0") => GET(request(path, { method: "GET", key }), params(model, version));

  it("answers an API key with metrics:read, per the contract", async () => {
    const response = await get("/api/v1/models/intrusion-detector/versions/1.0.0/evaluation?from=2026-11-01&to=2026-11-02", await apiKey("metrics:read"));
    expect(response.status).toBe(200);
    const body = await response.json();
    for (const key of ["n", "positives", "rocAuc", "averagePrecision", "roc", "pr", "calibration", "atThreshold"]) expect(body).toHaveProperty(key);
    expect(body.estimate).toBe("weighted");
    expect(EvaluationResponse.safeParse(body).success).toBe(true);
  });

  it("refuses the unauthenticated (401) and keys without metrics:read (403)", async () => {
    expect((await get("/api/v1/models/intrusion-detector/versions/1.0.0/evaluation")).status).toBe(401);
    expect((await get("/api/v1/models/intrusion-detector/versions/1.0.0/evaluation", await apiKey("predictions:write"))).status).toBe(403);
  });

  it("says which field is wrong (400) and which version is unknown (404)", async () => {
    const key = await apiKey("metrics:read");
    const bad = await get("/api/v1/models/intrusion-detector/versions/1.0.0/evaluation?from=2026-11-02&to=2026-11-01", key);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.issues[0].path).toEqual(["query", "to"]);
    expect((await get("/api/v1/models/intrusion-detector/versions/9.9.9/evaluation", key, MODEL, "9.9.9")).status).toBe(404);
  });
});
