// Active-learning verdicts are a non-random selection (the picks nearest the threshold, or where
// champion and challenger disagree). Evaluation's weighted estimates and the fairness rates must
// read exactly as if they did not exist; datasets may use them.
//
// Two models with identical traffic and identical alert and audit-sample verdicts; only "picked"
// also gets active-learning verdicts on six quiet champion predictions near the threshold. Two of
// those events are in the challenger's audit sample and get their audit verdict afterwards (on the
// challenger's prediction), so a pick must not displace them from that stratum either.
import { beforeAll, describe, expect, it } from "vitest";
import { recordVerdicts, type VerdictInput } from "@/lib/alerts/verdicts";
import type { Verdict } from "@/lib/alerts/schemas";
import type { SessionUser } from "@/lib/auth/session";
import { previewDataset } from "@/lib/datasets/preview";
import { prisma } from "@/lib/db/client";
import { evaluateVersion } from "@/lib/evaluation/evaluate-version";
import { ingestPredictions } from "@/lib/ingest/ingest";
import { fairnessReport } from "@/lib/monitoring/fairness";
import { FairnessQuery } from "@/lib/monitoring/fairness-schemas";
import { registerModelVersion } from "@/lib/registry/register";
import { createUser } from "@/lib/users/create-user";
import { prediction, versionInput } from "@/test/helpers/fixtures";
import { labelPick } from "./label";

const PICKED = "picked-detector";
const CONTROL = "control-detector";
const NOV1 = { from: new Date("2026-11-01T00:00:00Z"), to: new Date("2026-11-02T00:00:00Z") };

type Event = { id: string; a: number; b: number; audit?: "champion" | "challenger"; verdict?: Verdict; picked?: Verdict };
const EVENTS: Event[] = [
  { id: "x1", a: 0.9, b: 0.8, verdict: "TRUE_POSITIVE" },
  { id: "x2", a: 0.85, b: 0.4, verdict: "FALSE_POSITIVE" },
  { id: "x3", a: 0.95, b: 0.9, verdict: "TRUE_POSITIVE" },
  { id: "x4", a: 0.82, b: 0.75, verdict: "FALSE_POSITIVE" },
  { id: "x5", a: 0.83, b: 0.6 }, // an alert still waiting for its verdict: coverage 4 / 5
  { id: "s1", a: 0.6, b: 0.72, audit: "champion", verdict: "TRUE_POSITIVE" },
  { id: "s2", a: 0.3, b: 0.2, audit: "champion", verdict: "FALSE_POSITIVE" },
  { id: "s3", a: 0.2, b: 0.3, audit: "champion", verdict: "FALSE_POSITIVE" },
  { id: "s4", a: 0.1, b: 0.05, audit: "champion", verdict: "FALSE_POSITIVE" },
  { id: "q1", a: 0.79, b: 0.75, audit: "challenger", verdict: "TRUE_POSITIVE", picked: "TRUE_POSITIVE" },
  { id: "q2", a: 0.78, b: 0.65, audit: "challenger", verdict: "FALSE_POSITIVE", picked: "FALSE_POSITIVE" },
  { id: "q3", a: 0.76, b: 0.5, picked: "TRUE_POSITIVE" },
  { id: "q4", a: 0.74, b: 0.5, picked: "TRUE_POSITIVE" },
  { id: "q5", a: 0.72, b: 0.5, picked: "FALSE_POSITIVE" },
  { id: "q6", a: 0.7, b: 0.5, picked: "TRUE_POSITIVE" },
  ...Array.from({ length: 6 }, (_, i): Event => ({ id: `z${i}`, a: 0.05 + i * 0.05, b: 0.1 })),
];

let analyst: SessionUser;

async function load(model: string, withPicks: boolean) {
  await registerModelVersion(model, versionInput({ version: "1.0.0", threshold: 0.8, stage: "PRODUCTION" }), { label: "test" });
  await registerModelVersion(model, versionInput({ version: "1.1.0", threshold: 0.7, stage: "SHADOW" }), { label: "test" });
  await ingestPredictions(
    EVENTS.flatMap((e, i) => {
      const timestamp = `2026-11-01T${String(8 + (i % 12)).padStart(2, "0")}:00:00Z`;
      return [
        prediction(e.id, e.a, { model, version: "1.0.0", timestamp, ...(e.audit === "champion" ? { auditSample: { inclusionProbability: 0.25 } } : {}) }),
        prediction(e.id, e.b, { model, version: "1.1.0", timestamp, ...(e.audit === "challenger" ? { auditSample: { inclusionProbability: 0.5 } } : {}) }),
      ];
    }),
  );
  const rows = await prisma().prediction.findMany({ where: { modelVersion: { model: { name: model } } }, select: { id: true, eventId: true, modelVersion: { select: { version: true } } } });
  const idOf = (eventId: string, version: string) => rows.find((r) => r.eventId === eventId && r.modelVersion.version === version)!.id;
  const champion: VerdictInput[] = EVENTS.filter((e) => e.verdict && e.audit !== "challenger").map((e) => ({
    predictionId: idOf(e.id, "1.0.0"),
    verdict: e.verdict!,
    reasonCode: e.verdict === "FALSE_POSITIVE" && !e.audit ? "known_benign_tool" : null,
    source: e.audit ? "AUDIT_SAMPLE" : "ANALYST",
  }));
  await recordVerdicts(champion, { label: "test" });
  if (withPicks) {
    for (const e of EVENTS.filter((x) => x.picked)) await labelPick({ predictionId: idOf(e.id, "1.0.0"), verdict: e.picked! }, analyst);
  }
  // After the picks: the challenger's audit sample of two picked events is judged in its own queue.
  const challenger: VerdictInput[] = EVENTS.filter((e) => e.audit === "challenger").map((e) => ({ predictionId: idOf(e.id, "1.1.0"), verdict: e.verdict!, source: "AUDIT_SAMPLE" }));
  await recordVerdicts(challenger, { label: "test" });
}

beforeAll(async () => {
  const row = await createUser({ email: "picker@test.example", role: "ANALYST", password: "correct-horse-battery-1" }, { label: "test" });
  analyst = { id: row.id, email: row.email, name: row.name, role: "ANALYST" };
  await load(PICKED, true);
  await load(CONTROL, false);
});

// Stratum keys hold version ids, which differ between the two models.
const designed = (r: Awaited<ReturnType<typeof evaluateVersion>>) => r.design.strata.filter((s) => s.kind !== "other").map(({ key: _key, ...s }) => s);
const estimates = (r: Awaited<ReturnType<typeof evaluateVersion>>) => ({
  estimate: r.estimate,
  n: r.n,
  positives: r.positives,
  rocAuc: r.rocAuc,
  averagePrecision: r.averagePrecision,
  atThreshold: r.atThreshold,
  pr: r.pr,
  roc: r.roc,
  used: r.design.used,
  strata: designed(r),
  intervals: r.intervals,
});

describe("evaluation is not fooled by active-learning verdicts", () => {
  it("the picks exist, with their source", async () => {
    expect(await prisma().label.count({ where: { source: "ACTIVE_LEARNING" } })).toBe(6);
  });

  it("leaves the champion's weighted estimates exactly as without them, the picks counted apart", async () => {
    const [picked, control] = [await evaluateVersion(PICKED, "1.0.0", NOV1), await evaluateVersion(CONTROL, "1.0.0", NOV1)];
    expect(control.estimate).toBe("weighted");
    expect(estimates(picked)).toEqual(estimates(control));
    // q1 and q2 stay in the challenger's audit stratum (π = 0.5), not displaced by the picks
    expect(designed(picked).find((s) => s.kind === "audit-sample" && s.version === "1.1.0")).toMatchObject({ inclusionProbability: 0.5, labelled: 2, used: 2, weight: 2 });
    expect(picked.design.labelled).toBe(control.design.labelled + 4);
    expect(picked.design.excludedUnknownDesign).toBe(control.design.excludedUnknownDesign + 4);
    expect(picked.design.strata.find((s) => s.kind === "other")).toMatchObject({ version: "1.0.0", labelled: 4, used: 0, population: null });
  });

  it("and the challenger's, evaluated on the same events' verdicts", async () => {
    const [picked, control] = [await evaluateVersion(PICKED, "1.1.0", NOV1), await evaluateVersion(CONTROL, "1.1.0", NOV1)];
    expect(estimates(picked)).toEqual(estimates(control));
  });

  it("leaves the fairness rates as they were", async () => {
    const query = FairnessQuery.parse({ from: "2026-11-01", to: "2026-11-02", minN: "1" });
    const [picked, control] = [await fairnessReport(PICKED, "1.0.0", query), await fairnessReport(CONTROL, "1.0.0", query)];
    expect(picked.groups).toEqual(control.groups);
    expect(picked.groups[0].fnr.n).toBeGreaterThan(0);
  });

  it("while a training dataset may use them, by source", async () => {
    const preview = await previewDataset({ model: PICKED, sources: ["ACTIVE_LEARNING"] });
    expect(preview.rows).toBe(6);
    expect(preview.bySource).toEqual({ ACTIVE_LEARNING: 6 });
    const all = await previewDataset({ model: PICKED, sources: ["ANALYST", "AUDIT_SAMPLE", "IMPORT", "ACTIVE_LEARNING"], dedupeByEvent: false });
    expect(all.bySource.ACTIVE_LEARNING).toBe(6);
  });
});
