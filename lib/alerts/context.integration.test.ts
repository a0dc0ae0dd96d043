import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getContext } from "@/app/api/v1/alerts/[id]/context/route";
import { GET as getGroups } from "@/app/api/v1/alerts/groups/route";
import { prisma } from "@/lib/db/client";
import { ingestPredictions } from "@/lib/ingest/ingest";
import type { PredictionIn } from "@/lib/ingest/schemas";
import type { SessionUser } from "@/lib/auth/session";
import { cosineSimilarity } from "@/lib/stats/similarity";
import { apiKey, prediction, registerVersion, request } from "@/test/helpers/fixtures";
import { relatedAlerts, similarAlerts } from "./context";
import { AlertContext, AlertGroups, RELATED_LIMIT, SIMILAR_CANDIDATE_LIMIT } from "./context-schemas";
import { openAlertGroups } from "./groups";
import { recordVerdicts } from "./verdicts";
import type { Verdict } from "./schemas";

// The API authenticates people through Auth.js cookies; stand in a signed-in analyst.
const session = vi.hoisted(() => ({ user: undefined as SessionUser | undefined }));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => session.user }));

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (base: string, offsetMs = 0) => new Date(Date.parse(base) + offsetMs).toISOString();

type Vector = [bytesOut: number, failedLogins: number, protocol: number];

function event(eventId: string, timestamp: string, vector: Vector | null, entity: PredictionIn["entity"], overrides: Partial<PredictionIn> = {}): PredictionIn {
  const explanation = vector
    ? { space: "logit" as const, baseValue: -3, values: { bytes_out: vector[0], failed_logins_1h: vector[1], protocol: vector[2] } }
    : undefined;
  return { ...prediction(eventId, 0.9, { timestamp, entity }), explanation, ...overrides };
}

async function alertOf(eventId: string) {
  return prisma().alert.findFirstOrThrow({ where: { prediction: { eventId } }, select: { id: true, rowVersion: true, predictionId: true } });
}
const idOf = async (eventId: string) => (await alertOf(eventId)).id;

async function judge(eventId: string, verdict: Verdict, reasonCode?: string) {
  const { predictionId } = await alertOf(eventId);
  await recordVerdicts([{ predictionId, verdict, reasonCode, source: "ANALYST" }], { label: "test" });
}

// Related: everything around RT on host ws-ctx or user u-ctx; explanations point at `protocol`
// only, orthogonal to the similar-alert vectors below, so the two sections stay independent.
const RT = "2026-11-10T12:00:00Z";
const C: Vector = [0, 0, 1];
// Similar: vectors mostly along bytes_out, judged in different ways.
const ST = "2026-11-20T12:00:00Z";
const TARGET: Vector = [1.8, 0.2, 0];
const PAST: Record<string, { vector: Vector; offset: number; verdicts: [Verdict, string?][] }> = {
  "sim-fp1": { vector: [2, 0.1, 0], offset: -1 * DAY, verdicts: [["FALSE_POSITIVE", "known_benign_tool"]] },
  "sim-fp2": { vector: [2, 0.3, 0], offset: -2 * DAY, verdicts: [["FALSE_POSITIVE", "known_benign_tool"]] },
  // judged twice: only the latest verdict counts
  "sim-fp3": { vector: [1.9, 0.25, 0.1], offset: -3 * DAY, verdicts: [["TRUE_POSITIVE"], ["FALSE_POSITIVE", "known_benign_tool"]] },
  "sim-tp": { vector: [1.5, 0.5, 0], offset: -4 * DAY, verdicts: [["TRUE_POSITIVE"]] },
  "sim-cred": { vector: [0.1, 2, 0], offset: -5 * DAY, verdicts: [["TRUE_POSITIVE"]] },
};
// Groups: ws-g1's alerts whose top reason is failed_logins_1h.
const GT = "2026-11-25T12:00:00Z";
const LOGINS: Vector = [0.1, 2, 0];

beforeAll(async () => {
  await registerVersion();
  await registerVersion({ version: "2.0.0" });
  await registerVersion({ version: "3.0.0" });

  await ingestPredictions([
    event("rel-target", RT, C, { host: "ws-ctx", user: "u-ctx" }),
    event("rel-host", at(RT, -2 * DAY), C, { host: "ws-ctx", user: "someone-else" }),
    event("rel-user", at(RT, 3 * DAY), C, { host: "ws-elsewhere", user: "u-ctx" }),
    event("rel-both", at(RT, -HOUR), C, { host: "ws-ctx", user: "u-ctx" }),
    event("rel-window-start", at(RT, -7 * DAY), C, { host: "ws-ctx" }),
    event("rel-too-old", at(RT, -8 * DAY), C, { host: "ws-ctx" }),
    event("rel-window-end", at(RT, 7 * DAY), C, { host: "ws-ctx" }),
    { ...event("rel-quiet", at(RT, -DAY), C, { host: "ws-ctx", user: "u-ctx" }), score: 0.3 },
    event("rel-anonymous", RT, C, {}),
    ...Array.from({ length: RELATED_LIMIT + 3 }, (_, i) => event(`busy-${i}`, at(RT, -i * 60_000), C, { host: "ws-busy" })),
  ]);
  await judge("rel-host", "FALSE_POSITIVE", "duplicate");

  // Same-time neighbours in separate batches, so their ids fall before and after the target's.
  await ingestPredictions([
    ...Object.entries(PAST).map(([eventId, past], i) => event(eventId, at(ST, past.offset), past.vector, { host: `ws-s${i}` })),
    event("sim-later", at(ST, DAY), TARGET, { host: "ws-s-later" }),
    event("sim-unlabelled", at(ST, -DAY), TARGET, { host: "ws-s-unlabelled" }),
    event("sim-opposite", at(ST, -DAY), [-1.8, -0.2, 0], { host: "ws-s-opposite" }),
    event("sim-other-version", at(ST, -DAY), TARGET, { host: "ws-s-other" }, { version: "2.0.0" }),
    event("sim-tie-before", ST, TARGET, { host: "ws-s-tie" }),
    event("sim-no-explanation", ST, null, { host: "ws-s-none" }),
  ]);
  await ingestPredictions([event("sim-target", ST, TARGET, { host: "ws-s-target" })]);
  await ingestPredictions([event("sim-tie-after", ST, TARGET, { host: "ws-s-tie" })]);
  for (const [eventId, past] of Object.entries(PAST)) for (const [verdict, reason] of past.verdicts) await judge(eventId, verdict, reason);
  for (const eventId of ["sim-later", "sim-opposite", "sim-other-version", "sim-tie-after"]) await judge(eventId, "FALSE_POSITIVE", "duplicate");
  await judge("sim-tie-before", "UNDETERMINED");

  await ingestPredictions([
    { ...event("g-low", at(GT, -3 * HOUR), LOGINS, { host: "ws-g1" }), score: 0.81 },
    { ...event("g-critical", at(GT, -2 * HOUR), LOGINS, { host: "ws-g1" }), score: 0.97 },
    { ...event("g-claimed", at(GT, -HOUR), LOGINS, { host: "ws-g1" }), score: 0.86 },
    event("g-resolved", GT, LOGINS, { host: "ws-g1" }),
    event("g-other-reason", GT, TARGET, { host: "ws-g1" }),
  ]);
  const claimed = await alertOf("g-claimed");
  await prisma().alert.update({ where: { id: claimed.id }, data: { status: "IN_PROGRESS", rowVersion: { increment: 1 } } });
  await judge("g-resolved", "TRUE_POSITIVE");
});

describe("relatedAlerts", () => {
  it("lists other alerts on the same host or user within 7 days either side, newest first, with latest verdicts", async () => {
    const related = await relatedAlerts(await idOf("rel-target"));
    expect(related).toMatchObject({ from: at(RT, -7 * DAY), to: at(RT, 7 * DAY), host: "ws-ctx", userName: "u-ctx", truncated: false });
    const expected = [
      ["rel-user", ["user"]],
      ["rel-both", ["host", "user"]],
      ["rel-host", ["host"]],
      ["rel-window-start", ["host"]],
    ] as const;
    expect(related.alerts.map((a) => [a.id, a.matchedOn])).toEqual(await Promise.all(expected.map(async ([e, m]) => [await idOf(e), m])));
    const judged = related.alerts.find((a) => a.host === "ws-ctx" && a.userName === "someone-else");
    expect(judged).toMatchObject({ verdict: "FALSE_POSITIVE", reasonCode: "duplicate", status: "RESOLVED", topReason: "protocol", model: "intrusion-detector", version: "1.0.0" });
    expect(related.alerts.filter((a) => a !== judged).every((a) => a.verdict === null)).toBe(true);
  });

  it("caps the list at the newest RELATED_LIMIT and says more exist", async () => {
    const related = await relatedAlerts(await idOf("busy-0"));
    expect(related.truncated).toBe(true);
    expect(related.alerts).toHaveLength(RELATED_LIMIT);
    expect(related.alerts[0].id).toBe(await idOf("busy-1"));
    expect(related.alerts.at(-1)!.id).toBe(await idOf(`busy-${RELATED_LIMIT}`));
  });

  it("has nothing to match for an alert without host or user, and 404s an unknown alert", async () => {
    expect(await relatedAlerts(await idOf("rel-anonymous"))).toMatchObject({ host: null, userName: null, alerts: [], truncated: false });
    await expect(relatedAlerts(99_999_999)).rejects.toMatchObject({ status: 404 });
  });
});

describe("similarAlerts", () => {
  it("finds the nearest earlier labelled alerts of the same version by explanation, best first", async () => {
    const target = await idOf("sim-target");
    const similar = await similarAlerts(target, 10);
    // Expected by hand from the fixtures: later, unlabelled, other-version, opposite-direction
    // and same-time-but-later-id alerts are out; the protocol-only ones are orthogonal (cos 0).
    const included = { "sim-tie-before": TARGET, ...Object.fromEntries(Object.entries(PAST).map(([e, p]) => [e, p.vector])) };
    const ranked = Object.entries(included)
      .map(([eventId, vector]) => ({ eventId, similarity: cosineSimilarity(TARGET, vector) }))
      .sort((a, b) => b.similarity - a.similarity);
    expect(similar.alerts.map((a) => a.id)).toEqual(await Promise.all(ranked.map((r) => idOf(r.eventId))));
    similar.alerts.forEach((a, i) => expect(a.similarity).toBeCloseTo(ranked[i].similarity, 12));
    expect(similar.alerts[0].similarity).toBeCloseTo(1, 12);

    const fp3 = similar.alerts.find((a) => a.host === "ws-s2");
    expect(fp3).toMatchObject({ verdict: "FALSE_POSITIVE", reasonCode: "known_benign_tool", topReason: "bytes_out" });
    expect(similar).toMatchObject({ k: 10, candidateLimit: SIMILAR_CANDIDATE_LIMIT, unavailable: null });
    expect(similar.mix).toEqual([
      { verdict: "FALSE_POSITIVE", count: 3, reasonCode: "known_benign_tool", reasonCount: 3 },
      { verdict: "TRUE_POSITIVE", count: 2, reasonCode: null, reasonCount: 0 },
      { verdict: "UNDETERMINED", count: 1, reasonCode: null, reasonCount: 0 },
    ]);
    expect(similar.summary).toBe("3 of 6 similar alerts were false positives: known benign tool");

    // every earlier labelled alert of the version was a candidate (far below the bound)
    const time = new Date(ST);
    const earlierLabelled = await prisma().alert.count({
      where: {
        modelVersion: { version: "1.0.0" },
        OR: [{ time: { lt: time } }, { time, id: { lt: target } }],
        prediction: { labels: { some: {} } },
      },
    });
    expect(similar.candidates).toBe(earlierLabelled);
  });

  it("keeps only the k nearest and summarises those", async () => {
    const similar = await similarAlerts(await idOf("sim-target"), 4);
    expect(similar.alerts).toHaveLength(4);
    expect(similar.mix.reduce((n, m) => n + m.count, 0)).toBe(4);
    expect(similar.summary).toMatch(/ of 4 similar alerts /);
  });

  it("says when the alert has no explanation to compare", async () => {
    const similar = await similarAlerts(await idOf("sim-no-explanation"));
    expect(similar).toMatchObject({ unavailable: "no_explanation", alerts: [], summary: null, candidates: 0 });
  });

  it(`searches only the ${SIMILAR_CANDIDATE_LIMIT} most recent labelled alerts before this one`, async () => {
    const base = "2026-10-01T00:00:00Z";
    const n = SIMILAR_CANDIDATE_LIMIT + 1;
    // The oldest predecessor is an exact match but falls outside the bound; the rest are 45° off.
    const rows = Array.from({ length: n }, (_, i) =>
      event(`bound-${i}`, at(base, i * 60_000), i === 0 ? [1, 0, 0] : [1, 1, 0], { host: "ws-bound" }, { version: "3.0.0" }),
    );
    await ingestPredictions(rows);
    await ingestPredictions([event("bound-target", at(base, n * 60_000), [1, 0, 0], { host: "ws-bound" }, { version: "3.0.0" })]);
    const predictions = await prisma().prediction.findMany({ where: { eventId: { startsWith: "bound-" }, NOT: { eventId: "bound-target" } }, select: { id: true } });
    expect(predictions).toHaveLength(n);
    await prisma().label.createMany({ data: predictions.map((p) => ({ predictionId: p.id, verdict: "TRUE_POSITIVE" as const, source: "IMPORT" as const })) });

    const similar = await similarAlerts(await idOf("bound-target"), 10);
    expect(similar.candidates).toBe(SIMILAR_CANDIDATE_LIMIT);
    expect(similar.alerts).toHaveLength(10);
    expect(similar.alerts.map((a) => a.id)).not.toContain(await idOf("bound-0"));
    for (const a of similar.alerts) expect(a.similarity).toBeCloseTo(Math.SQRT1_2, 12);
    // ties keep the most recent first
    expect(similar.alerts[0].id).toBe(await idOf(`bound-${n - 1}`));
  });
});

describe("openAlertGroups", () => {
  it("groups open alerts by host and top reason with count, max severity, span and row versions", async () => {
    const { groups, openAlerts, truncated } = await openAlertGroups({ limit: 200 });
    expect(truncated).toBe(false);
    expect(openAlerts).toBe(await prisma().alert.count({ where: { status: { in: ["NEW", "IN_PROGRESS"] } } }));
    const logins = groups.find((g) => g.host === "ws-g1" && g.topReason === "failed_logins_1h");
    const [claimed, critical, low] = await Promise.all(["g-claimed", "g-critical", "g-low"].map(alertOf));
    expect(logins).toEqual({
      key: JSON.stringify(["ws-g1", "failed_logins_1h"]),
      host: "ws-g1",
      topReason: "failed_logins_1h",
      count: 3,
      maxSeverity: "CRITICAL",
      firstTime: at(GT, -3 * HOUR),
      lastTime: at(GT, -HOUR),
      alerts: [
        { id: claimed.id, rowVersion: 1 },
        { id: critical.id, rowVersion: 0 },
        { id: low.id, rowVersion: 0 },
      ],
    });
    // a lone alert is not a group by default
    expect(groups.find((g) => g.host === "ws-g1" && g.topReason === "bytes_out")).toBeUndefined();
    expect(groups.every((g) => g.count >= 2)).toBe(true);
    const singles = await openAlertGroups({ limit: 200, minCount: 1 });
    const lone = await prisma().alert.findFirstOrThrow({ where: { prediction: { eventId: "g-other-reason" } } });
    expect(singles.groups.find((g) => g.host === "ws-g1" && g.topReason === "bytes_out")).toMatchObject({
      count: 1,
      maxSeverity: lone.severity,
      alerts: [{ id: lone.id, rowVersion: lone.rowVersion }],
    });
  });

  it("lists the largest groups first and counts all of them under a limit", async () => {
    const all = await openAlertGroups({ limit: 200 });
    const top = await openAlertGroups({ limit: 1 });
    expect(top.totalGroups).toBe(all.totalGroups);
    expect(top.groups).toEqual(all.groups.slice(0, 1));
    const counts = all.groups.map((g) => g.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});

describe("GET /api/v1/alerts/{id}/context and /api/v1/alerts/groups", () => {
  const get = (path: string, headers: Record<string, string> = { cookie: "session=test" }) => request(path, { method: "GET", headers });
  const params = (id: string) => ({ params: Promise.resolve({ id }) });
  const noParams = { params: Promise.resolve({}) };

  it("answers a signed-in reader with both sections, in the documented shape", async () => {
    session.user = { id: "u1", email: "ana@test.example", name: "Ana", role: "ANALYST" };
    const id = await idOf("sim-target");
    const response = await getContext(get(`/api/v1/alerts/${id}/context?k=3`), params(String(id)));
    expect(response.status).toBe(200);
    const body = AlertContext.parse(await response.json());
    expect(body.similar.alerts).toHaveLength(3);
    expect(body.related.host).toBe("ws-s-target");

    const groups = await getGroups(get("/api/v1/alerts/groups?limit=2"), noParams);
    expect(groups.status).toBe(200);
    expect(AlertGroups.parse(await groups.json()).groups).toHaveLength(2);
  });

  it("validates the id and query, and 404s an unknown alert", async () => {
    session.user = { id: "u1", email: "ana@test.example", name: "Ana", role: "ANALYST" };
    for (const bad of ["abc", "0", "-4", "1.5"]) expect((await getContext(get(`/api/v1/alerts/${bad}/context`), params(bad))).status).toBe(400);
    expect((await getContext(get("/api/v1/alerts/1/context?k=0"), params("1"))).status).toBe(400);
    expect((await getContext(get("/api/v1/alerts/99999999/context"), params("99999999"))).status).toBe(404);
    expect((await getGroups(get("/api/v1/alerts/groups?limit=0"), noParams)).status).toBe(400);
  });

  it("needs a caller with alerts:read", async () => {
    session.user = undefined;
    expect((await getContext(get("/api/v1/alerts/1/context", {}), params("1"))).status).toBe(401);
    expect((await getGroups(get("/api/v1/alerts/groups", {}), noParams)).status).toBe(401);
    const key = await apiKey("metrics:read");
    expect((await getContext(get("/api/v1/alerts/1/context", { authorization: `Bearer ${key}` }), params("1"))).status).toBe(403);
  });
});
