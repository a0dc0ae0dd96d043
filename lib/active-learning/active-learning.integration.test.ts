import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/v1/active-learning/route";
import { PUT } from "@/app/api/v1/active-learning/budget/route";
import { POST } from "@/app/api/v1/active-learning/verdicts/route";
import { recordVerdicts } from "@/lib/alerts/verdicts";
import type { SessionUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";
import { ingestPredictions } from "@/lib/ingest/ingest";
import { createUser } from "@/lib/users/create-user";
import { apiKey, MODEL, noParams, prediction, registerVersion, request } from "@/test/helpers/fixtures";
import { labelPick } from "./label";
import { activeLearningQueue } from "./queue";
import { ActiveLearningQuery, ActiveLearningQueue, ActiveLearningVerdictOut, BudgetOut, DEFAULT_DAILY_BUDGET } from "./schemas";

const signedIn = vi.hoisted(() => ({ user: undefined as SessionUser | undefined }));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => signedIn.user }));

/**
 * intrusion-detector 1.0.0 (production, threshold 0.8) and 1.1.0 (shadow, 0.7) score the same
 * events two hours ago; `old` is outside the 7-day window. Left out of every queue: n4 (its alert
 * is assigned), n5 (judged on the champion), n6 (judged on the challenger's prediction), n7 (in
 * the audit sample). n11 has no challenger score.
 *   event  champion  challenger   |c − 0.8|   flip?  |Δ|
 *   n1     0.79      0.5          0.01        no     0.29
 *   n2     0.82      0.6          0.02        yes    0.22   (an alert, new and unassigned)
 *   n3     0.76      0.75         0.04        yes    0.01
 *   n8     0.3       0.95         0.5         yes    0.65
 *   n9     0.5       0.1          0.3         no     0.4
 *   n10    0.1       0.12         0.7         no     0.02
 *   n11    0.6       —            0.2
 */
type Row = { id: string; a: number; b?: number; audit?: boolean; old?: boolean };
const ROWS: Row[] = [
  { id: "n1", a: 0.79, b: 0.5 },
  { id: "n2", a: 0.82, b: 0.6 },
  { id: "n3", a: 0.76, b: 0.75 },
  { id: "n4", a: 0.85, b: 0.9 },
  { id: "n5", a: 0.795, b: 0.1 },
  { id: "n6", a: 0.805, b: 0.2 },
  { id: "n7", a: 0.79, b: 0.99, audit: true },
  { id: "n8", a: 0.3, b: 0.95 },
  { id: "n9", a: 0.5, b: 0.1 },
  { id: "n10", a: 0.1, b: 0.12 },
  { id: "n11", a: 0.6 },
  { id: "old", a: 0.8, b: 0.1, old: true },
];
const UNCERTAINTY_ORDER = ["n1", "n2", "n3", "n11", "n9", "n8", "n10"];
const DISAGREEMENT_ORDER = ["n8", "n2", "n3", "n9", "n1", "n10"];

const users = {} as Record<"analyst" | "other" | "lead", SessionUser>;
const ids = new Map<string, number>();
const challengerIds = new Map<string, number>();
let lastPickWinner = "";
const recent = new Date(Date.now() - 2 * 3_600_000).toISOString();

async function user(email: string, role: SessionUser["role"]): Promise<SessionUser> {
  const row = await createUser({ email, role, password: "correct-horse-battery-1" }, { label: "test" });
  return { id: row.id, email: row.email, name: row.name, role };
}

beforeAll(async () => {
  users.analyst = await user("al-analyst@test.example", "ANALYST");
  users.other = await user("al-other@test.example", "ANALYST");
  users.lead = await user("al-lead@test.example", "LEAD");
  await registerVersion({ version: "1.0.0", threshold: 0.8, stage: "PRODUCTION" });
  await registerVersion({ version: "1.1.0", threshold: 0.7, stage: "SHADOW" });
  await ingestPredictions(
    ROWS.flatMap((r) => {
      const timestamp = r.old ? "2026-10-01T12:00:00Z" : recent;
      return [
        prediction(r.id, r.a, { version: "1.0.0", timestamp, ...(r.audit ? { auditSample: { inclusionProbability: 0.02 } } : {}) }),
        ...(r.b === undefined ? [] : [prediction(r.id, r.b, { version: "1.1.0", timestamp })]),
      ];
    }),
  );
  const stored = await prisma().prediction.findMany({ select: { id: true, eventId: true, modelVersion: { select: { version: true } } } });
  for (const p of stored) (p.modelVersion.version === "1.0.0" ? ids : challengerIds).set(p.eventId, p.id);
  await prisma().alert.update({ where: { predictionId: ids.get("n4")! }, data: { assigneeId: users.other.id } });
  await recordVerdicts([{ predictionId: ids.get("n5")!, verdict: "TRUE_POSITIVE", source: "ANALYST" }], { label: "test" });
  await recordVerdicts([{ predictionId: challengerIds.get("n6")!, verdict: "TRUE_POSITIVE", source: "ANALYST" }], { label: "test" });
});

const queue = (query: Record<string, string> = {}, now?: Date) => activeLearningQueue(ActiveLearningQuery.parse(query), now);
const eventOf = (predictionId: number) => [...ids].find(([, id]) => id === predictionId)![0];

async function call<T>(handler: (r: Request, c: typeof noParams) => Promise<Response>, as: SessionUser | undefined, path: string, init: { method?: string; body?: unknown } = {}) {
  signedIn.user = as;
  try {
    const response = await handler(
      request(path, { method: init.method ?? "GET", body: init.body === undefined ? undefined : JSON.stringify(init.body), headers: { cookie: "authjs.session-token=test", origin: "http://localhost" } }),
      noParams,
    );
    return { status: response.status, body: (await response.json()) as T & { error?: { message: string } } };
  } finally {
    signedIn.user = undefined;
  }
}
const label = (as: SessionUser, body: unknown) => call<ActiveLearningVerdictOut>(POST, as, "/api/v1/active-learning/verdicts", { method: "POST", body });
const setBudget = (as: SessionUser, body: unknown) => call<BudgetOut>(PUT, as, "/api/v1/active-learning/budget", { method: "PUT", body });

describe("selection", () => {
  it("ranks unlabelled champion predictions nearest the threshold first, alerts and quiet ones alike", async () => {
    const q = await queue({ model: MODEL });
    expect(q.items.map((i) => i.eventId)).toEqual(UNCERTAINTY_ORDER);
    expect(q.champion).toEqual({ version: "1.0.0", threshold: 0.8 });
    expect(q.items[0].why).toEqual({ kind: "uncertainty", distance: expect.closeTo(0.01, 12), side: "below" });
    expect(q.items[1]).toMatchObject({ eventId: "n2", why: { side: "above" } });
    expect(q.items[1].alertId).not.toBeNull();
    expect(q.items[0].alertId).toBeNull();
    expect(q.items[0].features).toMatchObject({ protocol: "tcp" });
    expect(q.items[0].explanation?.space).toBe("logit");
    expect(q.items[0].topReasons.length).toBeGreaterThan(0);
    expect(ActiveLearningQueue.safeParse(JSON.parse(JSON.stringify(q))).success).toBe(true);
  });

  it("ranks champion–challenger disagreement: decision flips first, then the biggest difference", async () => {
    const q = await queue({ model: MODEL, strategy: "disagreement" });
    expect(q.items.map((i) => i.eventId)).toEqual(DISAGREEMENT_ORDER);
    expect(q.challengers).toEqual([{ version: "1.1.0", stage: "SHADOW", threshold: 0.7 }]);
    expect(q.items[0].why).toEqual({ kind: "disagreement", challenger: { version: "1.1.0", stage: "SHADOW", score: 0.95, threshold: 0.7 }, difference: expect.closeTo(-0.65, 12), flip: true });
    expect(q.items[3].why).toMatchObject({ flip: false });
  });

  it("looks back only as far as asked, and caps the page", async () => {
    expect((await queue({ model: MODEL, limit: "2" })).items.map((i) => i.eventId)).toEqual(["n1", "n2"]);
    const wide = await queue({ model: MODEL, days: "30" }, new Date("2026-10-02T00:00:00Z"));
    expect(wide.items.map((i) => i.eventId)).toEqual(["old"]);
  });

  it("serves the first model with a production version when none is named, and 404s an unknown one", async () => {
    const response = await call<ActiveLearningQueue>(GET, users.analyst, "/api/v1/active-learning");
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ model: MODEL, models: [MODEL], strategy: "uncertainty", budget: DEFAULT_DAILY_BUDGET, usedToday: 0, remaining: DEFAULT_DAILY_BUDGET });
    expect(response.body.budgetSetting.set).toBe(false);
    expect((await call(GET, users.analyst, "/api/v1/active-learning?model=nope")).status).toBe(404);
    expect((await call(GET, users.analyst, "/api/v1/active-learning?strategy=random")).status).toBe(400);
    expect((await call(GET, users.analyst, "/api/v1/active-learning?days=365")).status).toBe(400);
  });
});

describe("labelling a pick", () => {
  it("records the verdict as ACTIVE_LEARNING, audits it, and takes the event out of the queue", async () => {
    const [first] = (await queue({ model: MODEL })).items;
    // below the threshold: "false positive" only means benign and needs no reason
    const response = await label(users.analyst, { predictionId: first.predictionId, verdict: "FALSE_POSITIVE", note: "patch window" });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ predictionId: first.predictionId, verdict: "FALSE_POSITIVE", budget: DEFAULT_DAILY_BUDGET, usedToday: 1, remaining: DEFAULT_DAILY_BUDGET - 1 });
    const stored = await prisma().label.findUniqueOrThrow({ where: { id: response.body.labelId } });
    expect(stored).toMatchObject({ predictionId: first.predictionId, source: "ACTIVE_LEARNING", verdict: "FALSE_POSITIVE", labelledById: users.analyst.id, supersedesId: null, note: "patch window" });
    const audit = await prisma().auditEvent.findFirst({ where: { action: "label.recorded", target: `prediction:${first.predictionId}` } });
    expect(audit?.details).toMatchObject({ source: "ACTIVE_LEARNING", verdict: "FALSE_POSITIVE" });
    expect(audit?.actor).toBe(users.analyst.email);
    const after = await queue({ model: MODEL });
    expect(after.items.map((i) => i.eventId)).toEqual(UNCERTAINTY_ORDER.slice(1));
    expect(after.usedToday).toBe(1);
    // the disagreement queue drops the event too
    expect((await queue({ model: MODEL, strategy: "disagreement" })).items.map((i) => i.eventId)).not.toContain("n1");
  });

  it("asks a reason for a false positive on an alert, and resolves the alert", async () => {
    const n2 = ids.get("n2")!;
    const refused = await label(users.analyst, { predictionId: n2, verdict: "FALSE_POSITIVE" });
    expect(refused.status).toBe(400);
    expect(refused.body.error?.message).toMatch(/reason/);
    const ok = await label(users.analyst, { predictionId: n2, verdict: "FALSE_POSITIVE", reason: "known_benign_tool" });
    expect(ok.status).toBe(201);
    const alert = await prisma().alert.findUniqueOrThrow({ where: { predictionId: n2 } });
    expect(alert.status).toBe("RESOLVED");
    expect(alert.assigneeId).toBe(users.analyst.id);
    expect((await prisma().auditEvent.findFirst({ where: { action: "label.recorded", target: `alert:${alert.id}` } }))?.details).toMatchObject({ source: "ACTIVE_LEARNING", reasonCode: "known_benign_tool" });
  });

  it("refuses what is not a pick: labelled events (409), the audit sample, the challenger's predictions, someone's alert, unknown ids (404)", async () => {
    const again = await label(users.analyst, { predictionId: ids.get("n1")!, verdict: "TRUE_POSITIVE" });
    expect(again.status).toBe(409);
    expect(again.body.error?.message).toMatch(/already has a verdict/);
    expect((await label(users.analyst, { predictionId: ids.get("n6")!, verdict: "TRUE_POSITIVE" })).status).toBe(409);
    expect((await label(users.analyst, { predictionId: ids.get("n7")!, verdict: "TRUE_POSITIVE" })).body.error?.message).toMatch(/audit sample/);
    expect((await label(users.analyst, { predictionId: challengerIds.get("n9")!, verdict: "TRUE_POSITIVE" })).status).toBe(409);
    expect((await label(users.analyst, { predictionId: ids.get("n4")!, verdict: "TRUE_POSITIVE" })).body.error?.message).toMatch(/Someone else/);
    expect((await label(users.analyst, { predictionId: 999_999, verdict: "TRUE_POSITIVE" })).status).toBe(404);
    expect((await label(users.analyst, { predictionId: ids.get("n3")!, verdict: "MAYBE" })).status).toBe(400);
    expect((await label(users.analyst, { predictionId: ids.get("n3")!, verdict: "TRUE_POSITIVE", extra: 1 })).status).toBe(400);
    const actives = await prisma().label.count({ where: { source: "ACTIVE_LEARNING" } });
    expect(actives).toBe(2);
  });

  it("is for signed-in analysts and leads, not auditors or API keys", async () => {
    const auditor = await user("al-auditor@test.example", "AUDITOR");
    expect((await label(auditor, { predictionId: ids.get("n3")!, verdict: "TRUE_POSITIVE" })).status).toBe(403);
    const byKey = await POST(request("/api/v1/active-learning/verdicts", { key: await apiKey("labels:write"), body: JSON.stringify({ predictionId: ids.get("n3")!, verdict: "TRUE_POSITIVE" }) }), noParams);
    expect(byKey.status).toBe(403);
  });
});

describe("the daily budget", () => {
  it("lets leads set it (audited) and refuses analysts and bad values", async () => {
    expect((await setBudget(users.analyst, { model: MODEL, dailyBudget: 5 })).status).toBe(403);
    for (const bad of [-1, 1.5, 10_001, "5"]) expect((await setBudget(users.lead, { model: MODEL, dailyBudget: bad })).status).toBe(400);
    expect((await setBudget(users.lead, { model: MODEL, dailyBudget: 5, extra: true })).status).toBe(400);
    expect((await setBudget(users.lead, { model: "nope", dailyBudget: 5 })).status).toBe(404);
    const set = await setBudget(users.lead, { model: MODEL, dailyBudget: 3 });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ model: MODEL, dailyBudget: 3, previous: DEFAULT_DAILY_BUDGET, updatedBy: users.lead.email });
    const audit = await prisma().auditEvent.findFirst({ where: { action: "active_learning.budget_changed" }, orderBy: { seq: "desc" } });
    expect(audit).toMatchObject({ actor: users.lead.email, target: `model:${MODEL}` });
    expect(audit?.details).toMatchObject({ before: DEFAULT_DAILY_BUDGET, after: 3, wasDefault: true });
    const q = await queue({ model: MODEL });
    expect(q).toMatchObject({ budget: 3, usedToday: 2, remaining: 1, budgetSetting: { set: true, updatedBy: users.lead.email } });
    expect(q.items).toHaveLength(1);
  });

  it("offers nothing once spent and refuses the next verdict with a 409; two analysts cannot both spend the last pick", async () => {
    const [n3, n11] = [ids.get("n3")!, ids.get("n11")!];
    const both = await Promise.all([label(users.analyst, { predictionId: n3, verdict: "TRUE_POSITIVE" }), label(users.other, { predictionId: n11, verdict: "TRUE_POSITIVE" })]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    lastPickWinner = both[0].status === 201 ? "n3" : "n11";
    expect(both.find((r) => r.status === 409)!.body.error?.message).toMatch(/budget .* is spent \(3 of 3/);
    const q = await queue({ model: MODEL });
    expect(q).toMatchObject({ budget: 3, usedToday: 3, remaining: 0, items: [] });
    const late = await label(users.analyst, { predictionId: ids.get("n9")!, verdict: "TRUE_POSITIVE" });
    expect(late.status).toBe(409);
    expect(await prisma().label.count({ where: { source: "ACTIVE_LEARNING" } })).toBe(3);
  });

  it("counts UTC days: yesterday's verdicts do not spend today's budget", async () => {
    const yesterday = new Date(Date.now() - 86_400_000);
    // a budget of 3 spent today does not stop a verdict given (as of) yesterday
    const given = await labelPick({ predictionId: ids.get("n9")!, verdict: "TRUE_POSITIVE" }, users.analyst, yesterday);
    expect(given).toMatchObject({ usedToday: 1, remaining: 2 });
    expect((await queue({ model: MODEL })).usedToday).toBe(3);
    expect((await queue({ model: MODEL }, yesterday)).usedToday).toBe(1);
    expect(eventOf(given.predictionId)).toBe("n9");
  });

  it("a higher budget reopens the queue at once", async () => {
    expect((await setBudget(users.lead, { model: MODEL, dailyBudget: 10 })).body.previous).toBe(3);
    const q = await queue({ model: MODEL });
    expect(q.remaining).toBe(7);
    const judged = new Set(["n1", "n2", "n9", lastPickWinner]);
    expect(q.items.map((i) => i.eventId)).toEqual(UNCERTAINTY_ORDER.filter((e) => !judged.has(e)));
  });
});
