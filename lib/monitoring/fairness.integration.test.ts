import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/models/[model]/versions/[version]/fairness/route";
import type { Verdict } from "@/lib/alerts/schemas";
import { recordVerdicts, type VerdictInput } from "@/lib/alerts/verdicts";
import { prisma } from "@/lib/db/client";
import { ingestPredictions } from "@/lib/ingest/ingest";
import type { PredictionIn } from "@/lib/ingest/schemas";
import { apiKey, MODEL, prediction, registerVersion, request } from "@/test/helpers/fixtures";
import { fairnessReport } from "./fairness";
import { FairnessQuery, FairnessResponse } from "./fairness-schemas";

/**
 * intrusion-detector 1.0.0, threshold 0.8, on Nov 1. Below the threshold only audit-sample rows
 * (π = 0.5, weight 2) are judged.
 *   finance: 20 FP + 20 audited TN (Σw 40) → FPR 20/60;  27 TP + 3 audited FN (Σw 6) → FNR 6/33
 *   sales:    4 FP + 36 audited TN (Σw 72) → FPR 4/76;   27 TP + 3 audited FN → FNR 6/33
 *   hr:       5 FP, 2 TP — below the minimum n
 * Noise that must not count: a benign-positive verdict, a superseded verdict, an event on Nov 5.
 */
type Row = { bu: string; score: number; verdict: Verdict; audit?: boolean; day?: number };
const repeat = (n: number, row: Row): Row[] => Array.from({ length: n }, () => row);
const ROWS: Row[] = [
  ...repeat(20, { bu: "finance", score: 0.9, verdict: "FALSE_POSITIVE" }),
  ...repeat(20, { bu: "finance", score: 0.3, verdict: "FALSE_POSITIVE", audit: true }),
  ...repeat(27, { bu: "finance", score: 0.95, verdict: "TRUE_POSITIVE" }),
  ...repeat(3, { bu: "finance", score: 0.4, verdict: "TRUE_POSITIVE", audit: true }),
  ...repeat(4, { bu: "sales", score: 0.9, verdict: "FALSE_POSITIVE" }),
  ...repeat(36, { bu: "sales", score: 0.3, verdict: "FALSE_POSITIVE", audit: true }),
  ...repeat(27, { bu: "sales", score: 0.95, verdict: "TRUE_POSITIVE" }),
  ...repeat(3, { bu: "sales", score: 0.4, verdict: "TRUE_POSITIVE", audit: true }),
  { bu: "sales", score: 0.9, verdict: "BENIGN_POSITIVE" },
  ...repeat(5, { bu: "sales", score: 0.9, verdict: "FALSE_POSITIVE", day: 5 }),
  ...repeat(5, { bu: "hr", score: 0.9, verdict: "FALSE_POSITIVE" }),
  ...repeat(2, { bu: "hr", score: 0.95, verdict: "TRUE_POSITIVE" }),
];
const ACTOR = { label: "test" };
const eventId = (i: number) => `f${i}`;

function input(row: Row, i: number): PredictionIn {
  const base = prediction(eventId(i), row.score, { timestamp: `2026-11-0${row.day ?? 1}T${String(i % 24).padStart(2, "0")}:00:00Z` });
  return { ...base, entity: { ...base.entity, businessUnit: row.bu }, ...(row.audit ? { auditSample: { inclusionProbability: 0.5 } } : {}) };
}

beforeAll(async () => {
  await registerVersion();
  await ingestPredictions(ROWS.map(input));
  const stored = await prisma().prediction.findMany({ where: { modelVersion: { version: "1.0.0", model: { name: MODEL } } }, select: { id: true, eventId: true } });
  const ids = new Map(stored.map((p) => [p.eventId, p.id]));
  // The first sales false positive was first called a true positive: only the correction counts.
  const first = ROWS.findIndex((r) => r.bu === "sales" && r.verdict === "FALSE_POSITIVE");
  await recordVerdicts([{ predictionId: ids.get(eventId(first))!, verdict: "TRUE_POSITIVE", source: "ANALYST" }], ACTOR);
  const verdicts: VerdictInput[] = ROWS.map((r, i) => ({ predictionId: ids.get(eventId(i))!, verdict: r.verdict, reasonCode: r.verdict === "FALSE_POSITIVE" && !r.audit ? "known_benign_tool" : null, source: r.audit ? "AUDIT_SAMPLE" : "ANALYST" }));
  await recordVerdicts(verdicts, ACTOR);
});

const query = FairnessQuery.parse({ from: "2026-11-01", to: "2026-11-02" });

describe("fairness per business unit", () => {
  it("weights the audit sample and flags the unit with the clearly higher false-positive rate", async () => {
    const report = await fairnessReport(MODEL, "1.0.0", query);
    expect(report.groups.map((g) => g.group)).toEqual(["finance", "hr", "sales"]);
    const [finance, , sales] = report.groups;
    expect(finance.fpr.rate).toBeCloseTo(20 / 60, 12);
    expect(finance.fpr.n).toBe(40);
    // Σw = 60, Σw² = 20·1 + 20·4 = 100 → n_eff 36
    expect(finance.fpr.nEff).toBeCloseTo(36, 9);
    expect(finance.fpr.ci!.low).toBeCloseTo(0.2021461882430531, 9);
    expect(finance.fpr.ci!.high).toBeCloseTo(0.4966600212884348, 9);
    expect(sales.fpr.rate).toBeCloseTo(4 / 76, 12);
    expect(sales.fpr.n).toBe(40);
    expect(report.reference.fpr).toBe("sales");
    expect(finance.fpr.ratio).toBeCloseTo(20 / 60 / (4 / 76), 9);
    expect(finance.fpr.status).toBe("flagged");
    expect(sales.fpr.status).toBe("ok");
    // equal false-negative rates: nothing to flag
    expect(finance.fnr.rate).toBeCloseTo(6 / 33, 12);
    expect(sales.fnr.rate).toBeCloseTo(6 / 33, 12);
    expect([finance.fnr.status, sales.fnr.status]).toEqual(["ok", "ok"]);
  });

  it("shows a unit below the minimum n as not enough labels, never flagged", async () => {
    const report = await fairnessReport(MODEL, "1.0.0", query);
    const hr = report.groups.find((g) => g.group === "hr")!;
    expect(hr.fpr).toMatchObject({ rate: 1, n: 5, status: "insufficient", ratio: null });
    expect(hr.fnr).toMatchObject({ rate: 0, n: 2, status: "insufficient", ratio: null });
  });

  it("serves the report over the API to a metrics:read key, and refuses a key without it", async () => {
    const params = { params: Promise.resolve({ model: MODEL, version: "1.0.0" }) };
    const path = `/api/v1/models/${MODEL}/versions/1.0.0/fairness?from=2026-11-01&to=2026-11-02&minN=10`;
    const ok = await GET(request(path, { method: "GET", key: await apiKey("metrics:read") }), params);
    expect(ok.status).toBe(200);
    const body = FairnessResponse.parse(await ok.json());
    expect(body.minN).toBe(10);
    expect(body.groups.find((g) => g.group === "finance")!.fpr.status).toBe("flagged");
    const refused = await GET(request(path, { method: "GET", key: await apiKey("predictions:write") }), { params: Promise.resolve({ model: MODEL, version: "1.0.0" }) });
    expect(refused.status).toBe(403);
    const bad = await GET(request(`${path}&groupBy=host`, { method: "GET", key: await apiKey("metrics:read") }), { params: Promise.resolve({ model: MODEL, version: "1.0.0" }) });
    expect(bad.status).toBe(400);
  });
});
