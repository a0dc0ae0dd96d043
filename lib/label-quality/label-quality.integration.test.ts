import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as queueRoute, POST as reviewRoute } from "@/app/api/v1/label-reviews/route";
import { GET as itemRoute } from "@/app/api/v1/label-reviews/[id]/route";
import { GET as reportRoute } from "@/app/api/v1/label-quality/route";
import { recordVerdicts, type VerdictInput } from "@/lib/alerts/verdicts";
import type { SessionUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";
import { ingestPredictions } from "@/lib/ingest/ingest";
import { registerModelVersion } from "@/lib/registry/register";
import { createUser } from "@/lib/users/create-user";
import { noParams, prediction, registerVersion, request, versionInput } from "@/test/helpers/fixtures";
import { inReviewSample } from "./sample";
import { LabelQualityReport, LabelReviewItem, LabelReviewOut, LabelReviewPage } from "./schemas";

const session = vi.hoisted(() => ({ user: undefined as SessionUser | undefined }));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => session.user }));

const asSession = { cookie: "authjs.session-token=test", origin: "http://localhost" };
const people = {} as Record<"ana" | "bo" | "cy" | "lead" | "auditor", SessionUser>;

async function person(key: keyof typeof people, name: string, role: SessionUser["role"]) {
  const row = await createUser({ email: `${key}@quality.example`, name, role, password: "correct-horse-battery-1" }, { label: "test" });
  people[key] = { id: row.id, email: row.email, name: row.name, role };
}

function as<T>(user: SessionUser, call: () => Promise<T>): Promise<T> {
  session.user = user;
  return call().finally(() => (session.user = undefined));
}

const queue = (user: SessionUser, query = "") => as(user, () => queueRoute(request(`/api/v1/label-reviews${query}`, { method: "GET", headers: asSession }), noParams));
const item = (user: SessionUser, id: number) =>
  as(user, () => itemRoute(request(`/api/v1/label-reviews/${id}`, { method: "GET", headers: asSession }), { params: Promise.resolve({ id: String(id) }) }));
const review = (user: SessionUser, body: unknown) => as(user, () => reviewRoute(request("/api/v1/label-reviews", { body: JSON.stringify(body), headers: asSession }), noParams));
const report = (user: SessionUser, query: string) => as(user, () => reportRoute(request(`/api/v1/label-quality${query}`, { method: "GET", headers: asSession }), noParams));

async function fullQueue(user: SessionUser): Promise<number[]> {
  const ids: number[] = [];
  let cursor: string | null = null;
  do {
    const page = LabelReviewPage.parse(await (await queue(user, `?limit=3${cursor ? `&cursor=${cursor}` : ""}`)).json());
    ids.push(...page.rows.map((r) => r.labelId));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

const predictionIds = new Map<string, number>();
async function label(eventId: string, input: Omit<VerdictInput, "predictionId" | "source"> & { source?: VerdictInput["source"] }): Promise<number> {
  await recordVerdicts([{ source: "ANALYST", ...input, predictionId: predictionIds.get(eventId)! }], { label: "test" });
  return (await prisma().label.findFirstOrThrow({ orderBy: { id: "desc" }, select: { id: true } })).id;
}

/** Labels fresh predictions with `make` until the label it returns lands in the sample. */
async function untilSampled(next: () => Promise<number>): Promise<number> {
  for (let tries = 0; tries < 400; tries++) {
    const id = await next();
    if (inReviewSample(id)) return id;
  }
  throw new Error("no sampled label in 400 tries");
}

let spare = 120;
const nextEvent = () => `q-${spare++}`;
const special = { judgedByCy: 0, imported: 0, superseded: 0 };

beforeAll(async () => {
  await person("ana", "Ana", "ANALYST");
  await person("bo", "Bo", "ANALYST");
  await person("cy", "Cy", "ANALYST");
  await person("lead", "Lee", "LEAD");
  await person("auditor", "Aud", "AUDITOR");
  await registerVersion();
  await ingestPredictions(Array.from({ length: 900 }, (_, i) => prediction(`q-${i}`, 0.9, { timestamp: new Date(Date.UTC(2026, 10, 1, 12) + i * 60_000).toISOString() })));
  for (const row of await prisma().prediction.findMany({ select: { id: true, eventId: true } })) predictionIds.set(row.eventId, row.id);
  for (let i = 0; i < 120; i++) {
    const by = i % 2 === 0 ? people.ana : people.bo;
    await label(`q-${i}`, i % 3 === 0 ? { verdict: "TRUE_POSITIVE", labelledById: by.id } : { verdict: "FALSE_POSITIVE", reasonCode: "known_benign_tool", labelledById: by.id });
  }
  // Cy judged the case first; Ana's later verdict replaced Cy's.
  special.judgedByCy = await untilSampled(async () => {
    const event = nextEvent();
    await label(event, { verdict: "TRUE_POSITIVE", labelledById: people.cy.id });
    return label(event, { verdict: "FALSE_POSITIVE", reasonCode: "duplicate", labelledById: people.ana.id });
  });
  // Imported from a case-management system: nobody to ask a second opinion of.
  special.imported = await untilSampled(() => label(nextEvent(), { verdict: "TRUE_POSITIVE", source: "IMPORT", labelledById: null }));
  // Ana's verdict, then replaced by Bo's.
  special.superseded = await untilSampled(() => label(nextEvent(), { verdict: "TRUE_POSITIVE", labelledById: people.ana.id }));
  await label(`q-${spare - 1}`, { verdict: "FALSE_POSITIVE", reasonCode: "bad_data", labelledById: people.bo.id });
});

/** What each person's queue should hold, worked out from the rows themselves. */
async function expectedQueue(user: SessionUser): Promise<number[]> {
  const labels = await prisma().label.findMany({ select: { id: true, predictionId: true, labelledById: true, source: true, supersedesId: true } });
  const superseded = new Set(labels.map((l) => l.supersedesId).filter((id) => id !== null));
  const judged = new Set(labels.filter((l) => l.labelledById === user.id).map((l) => l.predictionId));
  const reviewed = new Set((await prisma().labelReview.findMany()).map((r) => r.labelId));
  return labels
    .filter((l) => l.labelledById && l.source !== "IMPORT" && !superseded.has(l.id) && !judged.has(l.predictionId) && !reviewed.has(l.id) && inReviewSample(l.id))
    .map((l) => l.id)
    .sort((a, b) => b - a);
}

describe("the second-opinion queue", () => {
  it("offers each person the sampled current verdicts of others, newest first, across pages", async () => {
    for (const who of [people.ana, people.bo, people.cy]) {
      const expected = await expectedQueue(who);
      expect(expected.length, who.name).toBeGreaterThan(2);
      expect(await fullQueue(who), who.name).toEqual(expected);
      const first = LabelReviewPage.parse(await (await queue(who)).json());
      expect(first.pending).toBe(expected.length);
    }
  });

  it("never offers a person their own verdict, or a case they judged before", async () => {
    const own = new Set((await prisma().label.findMany({ where: { labelledById: people.ana.id }, select: { id: true } })).map((l) => l.id));
    expect((await fullQueue(people.ana)).filter((id) => own.has(id))).toEqual([]);
    expect(await fullQueue(people.cy)).not.toContain(special.judgedByCy);
    expect(await fullQueue(people.bo)).toContain(special.judgedByCy);
  });

  it("leaves out imported verdicts and verdicts changed since", async () => {
    for (const who of [people.ana, people.bo, people.cy]) {
      const ids = await fullQueue(who);
      expect(ids).not.toContain(special.imported);
      expect(ids).not.toContain(special.superseded);
    }
  });

  it("is blind: neither the list nor the case carries the first verdict or who gave it", async () => {
    const page = await (await queue(people.cy, "?limit=200")).text();
    const [first] = LabelReviewPage.parse(JSON.parse(page)).rows;
    const detail = await (await item(people.cy, first.labelId)).text();
    const parsed = LabelReviewItem.parse(JSON.parse(detail));
    expect(parsed.myReview).toBeNull();
    for (const text of [page, detail]) {
      expect(text).not.toMatch(/TRUE_POSITIVE|FALSE_POSITIVE|BENIGN_POSITIVE|UNDETERMINED|known_benign_tool|verdict|labelledBy/i);
      for (const who of [people.ana, people.bo]) for (const secret of [who.id, who.email, `"${who.name}"`]) expect(text).not.toContain(secret);
    }
  });

  it("reads a verdict not offered to the caller as absent (404)", async () => {
    const anasOwn = (await prisma().label.findFirstOrThrow({ where: { labelledById: people.ana.id, supersededBy: null } })).id;
    expect((await item(people.ana, anasOwn)).status).toBe(404);
    expect((await item(people.cy, special.imported)).status).toBe(404);
    expect((await item(people.cy, 999_999)).status).toBe(404);
  });

  it("is for people who triage: auditors are refused (403)", async () => {
    expect((await queue(people.auditor)).status).toBe(403);
  });
});

describe("giving a second opinion", () => {
  it("records it beside the verdict and in the audit trail, leaving the labels untouched", async () => {
    // A case judged once, so its labeller and the other analyst are told apart below.
    const single = new Set((await prisma().label.findMany({ where: { supersedesId: null, supersededBy: null }, select: { id: true } })).map((l) => l.id));
    const target = (await fullQueue(people.cy)).find((id) => single.has(id))!;
    const original = await prisma().label.findUniqueOrThrow({ where: { id: target } });
    const labelsBefore = await prisma().label.findMany({ orderBy: { id: "asc" } });
    const alertsBefore = await prisma().alert.findMany({ orderBy: { id: "asc" } });
    const response = await review(people.cy, { labelId: target, verdict: "UNDETERMINED" });
    expect(response.status).toBe(201);
    const out = LabelReviewOut.parse(await response.json());
    expect(out).toMatchObject({ labelId: target, verdict: "UNDETERMINED", reasonCode: null });

    const stored = await prisma().labelReview.findUniqueOrThrow({ where: { id: out.id } });
    expect(stored).toMatchObject({ labelId: target, predictionId: original.predictionId, verdict: "UNDETERMINED", reviewerId: people.cy.id });
    const events = await prisma().auditEvent.findMany({ where: { action: "label.reviewed" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: people.cy.id, actor: people.cy.email, target: `label:${target}` });
    expect(events[0].details).toMatchObject({ predictionId: original.predictionId, verdict: "UNDETERMINED" });
    expect(await prisma().label.findMany({ orderBy: { id: "asc" } })).toEqual(labelsBefore);
    expect(await prisma().alert.findMany({ orderBy: { id: "asc" } })).toEqual(alertsBefore);

    expect(await fullQueue(people.cy)).not.toContain(target);
    const detail = LabelReviewItem.parse(await (await item(people.cy, target)).json());
    expect(detail.myReview).toMatchObject({ verdict: "UNDETERMINED", reasonCode: null });
    // One second opinion per verdict: it leaves everyone's queue.
    for (const who of [people.ana, people.bo]) expect(await fullQueue(who)).not.toContain(target);
  });

  it("refuses a second review (409) and the case's own judges (409), writing nothing", async () => {
    const [reviewed] = await prisma().labelReview.findMany();
    const label = await prisma().label.findUniqueOrThrow({ where: { id: reviewed.labelId } });
    const owner = label.labelledById === people.ana.id ? people.ana : people.bo;
    const other = owner === people.ana ? people.bo : people.ana;
    const before = await prisma().labelReview.count();
    const cases: [SessionUser, number, RegExp][] = [
      [people.cy, reviewed.labelId, /already gave a second opinion/],
      [other, reviewed.labelId, /Another analyst already/],
      [owner, reviewed.labelId, /judged this case yourself/],
      [people.cy, special.judgedByCy, /judged this case yourself/],
      [people.cy, special.superseded, /changed since/],
    ];
    for (const [who, labelId, message] of cases) {
      const response = await review(who, { labelId, verdict: "TRUE_POSITIVE" });
      const body = await response.json();
      expect(response.status, `${who.name} on ${labelId}: ${JSON.stringify(body)}`).toBe(409);
      expect(body.error.code).toBe("conflict");
      expect(body.error.message).toMatch(message);
    }
    expect(await prisma().labelReview.count()).toBe(before);
    expect(await prisma().auditEvent.count({ where: { action: "label.reviewed" } })).toBe(1);
  });

  it("refuses verdicts outside the sample (404) and bad bodies (400)", async () => {
    const unsampled = (await prisma().label.findMany({ where: { labelledById: people.ana.id }, select: { id: true } })).map((l) => l.id).find((id) => !inReviewSample(id))!;
    for (const labelId of [unsampled, special.imported, 999_999]) expect((await review(people.cy, { labelId, verdict: "TRUE_POSITIVE" })).status).toBe(404);
    for (const body of [{ labelId: 1 }, { labelId: -1, verdict: "TRUE_POSITIVE" }, { labelId: 1, verdict: "MAYBE" }, { labelId: 1, verdict: "FALSE_POSITIVE", reason: "because" }]) {
      expect((await review(people.cy, body)).status, JSON.stringify(body)).toBe(400);
    }
    expect((await review(people.auditor, { labelId: 1, verdict: "TRUE_POSITIVE" })).status).toBe(403);
  });
});

describe("the label-quality report on a hand-made set", () => {
  const T0 = Date.UTC(2026, 10, 1, 12);
  const MIN = 60_000;

  beforeAll(async () => {
    await registerModelVersion("quality-model", versionInput(), { label: "test" });
    const at = (minutes: number) => new Date(T0 + minutes * MIN);
    await ingestPredictions([
      ...[1, 2, 3, 4, 5].map((i) => prediction(`hq-${i}`, 0.9, { model: "quality-model", timestamp: new Date(T0).toISOString() })),
      prediction("hq-6", 0.9, { model: "quality-model", timestamp: "2026-11-05T12:00:00Z" }),
    ]);
    for (const row of await prisma().prediction.findMany({ where: { eventId: { startsWith: "hq-" } }, select: { id: true, eventId: true } })) predictionIds.set(row.eventId, row.id);
    const [ana, bo] = [people.ana.id, people.bo.id];
    // The set of lib/label-quality/aggregate.test.ts, through the real write path.
    const l1 = await label("hq-1", { verdict: "TRUE_POSITIVE", labelledById: ana, at: at(10) });
    const l2 = await label("hq-2", { verdict: "FALSE_POSITIVE", reasonCode: "detection_logic", labelledById: ana, at: at(20) });
    await label("hq-2", { verdict: "TRUE_POSITIVE", labelledById: bo, at: at(60) });
    const l4 = await label("hq-3", { verdict: "FALSE_POSITIVE", reasonCode: "known_benign_tool", labelledById: bo, at: at(30) });
    await label("hq-3", { verdict: "FALSE_POSITIVE", reasonCode: "duplicate", labelledById: ana, at: at(90) });
    const l6 = await label("hq-4", { verdict: "BENIGN_POSITIVE", reasonCode: "authorised_activity", labelledById: ana, at: at(40) });
    await label("hq-5", { verdict: "FALSE_POSITIVE", reasonCode: "authorised_activity", source: "IMPORT", labelledById: null, at: at(5) });
    const l8 = await label("hq-5", { verdict: "TRUE_POSITIVE", labelledById: bo, at: at(100) });
    await label("hq-6", { verdict: "TRUE_POSITIVE", labelledById: ana, at: new Date(Date.UTC(2026, 10, 5, 12, 10)) });
    // Second opinions, written directly: which labels the hash samples is beside the point here.
    const second: [number, "TRUE_POSITIVE" | "FALSE_POSITIVE"][] = [[l1, "TRUE_POSITIVE"], [l2, "TRUE_POSITIVE"], [l4, "FALSE_POSITIVE"], [l6, "FALSE_POSITIVE"], [l8, "TRUE_POSITIVE"]];
    for (const [labelId, verdict] of second) {
      const { predictionId } = await prisma().label.findUniqueOrThrow({ where: { id: labelId } });
      await prisma().labelReview.create({ data: { labelId, predictionId, verdict, reviewerId: people.cy.id } });
    }
  });

  const read = async (query: string) => {
    const response = await report(people.lead, query);
    expect(response.status, await response.clone().text()).toBe(200);
    return LabelQualityReport.parse(await response.json());
  };

  it("gives kappa, overturns and delay as worked out by hand", async () => {
    const r = await read("?model=quality-model&from=2026-11-01&to=2026-11-02");
    expect(r.window).toEqual({ model: "quality-model", from: "2026-11-01T00:00:00.000Z", to: "2026-11-02T00:00:00.000Z" });
    expect(r.totals).toMatchObject({ labels: 7, overturned: 1, pairs: 5, agreed: 3, agreementRate: 0.6 });
    expect(r.totals.overturnRate).toBeCloseTo(1 / 7, 12);
    expect(r.totals.delay).toEqual({ n: 4, medianMs: 25 * MIN, p90Ms: 37 * MIN });
    // pₒ = 3/5, pₑ = 2/5 → κ = 1/3; binary (BP/FP pair dropped): pₒ = 3/4, pₑ = 1/2 → κ = 1/2.
    expect(r.agreement.verdicts.kappa).toBeCloseTo(1 / 3, 12);
    expect(r.agreement.verdicts.standardError).toBeGreaterThan(0);
    expect(r.agreement.binary).toMatchObject({ n: 4 });
    expect(r.agreement.binary.kappa).toBeCloseTo(0.5, 12);
    const [ana, bo] = r.analysts;
    expect(ana).toMatchObject({ name: "Ana", labels: 4, overturned: 1, overturnRate: 0.25, pairs: 3, agreed: 1 });
    expect(ana.delay).toEqual({ n: 3, medianMs: 20 * MIN, p90Ms: 36 * MIN });
    // Three pairs are below the report's minimum for kappa.
    expect(ana.kappa).toMatchObject({ n: 3, kappa: null, undefinedReason: "too_few" });
    expect(bo).toMatchObject({ name: "Bo", labels: 3, overturned: 0, pairs: 2, agreed: 2, agreementRate: 1 });
    expect(r.reasons.map((x) => [x.reasonCode, x.labels, x.overturned, x.pairs, x.agreed])).toEqual([
      ["detection_logic", 1, 1, 1, 0],
      ["authorised_activity", 1, 0, 1, 0],
      ["known_benign_tool", 1, 0, 1, 1],
      ["duplicate", 1, 0, 0, 0],
      [null, 3, 0, 2, 2],
    ]);
  });

  it("applies the window to event time, and the model filter", async () => {
    const open = await read("?model=quality-model&from=2026-11-01");
    expect(open.totals.labels).toBe(8);
    expect(open.totals.delay.n).toBe(5);
    const everything = await read("");
    expect(everything.totals.labels).toBeGreaterThan(open.totals.labels + 100);
    expect(everything.totals.pairs).toBe(6);
  });

  it("refuses an unknown model (404), a backwards window (400), and analysts (403); auditors may read it", async () => {
    expect((await report(people.lead, "?model=nope")).status).toBe(404);
    expect((await report(people.lead, "?from=2026-11-02&to=2026-11-01")).status).toBe(400);
    expect((await report(people.ana, "")).status).toBe(403);
    expect((await report(people.auditor, "?model=quality-model")).status).toBe(200);
  });
});
