import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { ingestPredictions } from "@/lib/ingest/ingest";
import { createUser } from "@/lib/users/create-user";
import type { SessionUser } from "@/lib/auth/session";
import { listAlerts } from "./queue";
import { AlertListQuery } from "./schemas";
import { triageAlerts } from "./triage";
import type { TriageRequest } from "./triage-rules";
import { prediction, registerVersion } from "@/test/helpers/fixtures";

let ana: SessionUser;
let ben: SessionUser;
let lead: SessionUser;
let auditor: SessionUser;

async function user(email: string, role: SessionUser["role"]): Promise<SessionUser> {
  const row = await createUser({ email, role, password: "correct-horse-battery-1" }, { label: "test" });
  return { id: row.id, email: row.email, name: row.name, role };
}

/** The alert with its current row version, as a client would have loaded it. */
async function loaded(eventId: string) {
  const alert = await prisma().alert.findFirstOrThrow({ where: { prediction: { eventId } }, select: { id: true, rowVersion: true } });
  return { id: alert.id, rowVersion: alert.rowVersion };
}

const act = (alerts: TriageRequest["alerts"], action: TriageRequest["action"], who: SessionUser) => triageAlerts({ alerts, action }, who);

async function refusal(operation: Promise<unknown>) {
  return operation.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: { status: number; message: string; issues?: unknown[] }) => error,
  );
}

beforeAll(async () => {
  await registerVersion();
  const events = ["t1", "t2", "t3", "t4", "t5", "t6"].map((id, i) =>
    prediction(id, 0.9, { timestamp: `2026-11-01T1${i}:00:00Z`, entity: { host: `ws-00${i}`, user: `user${i}`, sourceIp: `10.0.0.${i}`, businessUnit: i % 2 ? "finance" : "sales" } }),
  );
  await ingestPredictions(events);
  [ana, ben, lead, auditor] = await Promise.all([
    user("ana@test.example", "ANALYST"),
    user("ben@test.example", "ANALYST"),
    user("lead@test.example", "LEAD"),
    user("auditor@test.example", "AUDITOR"),
  ]);
});

describe("claiming and status", () => {
  it("claims an alert, acknowledging it and moving it to in progress", async () => {
    const { alerts } = await act([await loaded("t1")], { kind: "claim" }, ana);
    expect(alerts[0]).toMatchObject({ status: "IN_PROGRESS", assigneeId: ana.id, rowVersion: 1 });
    expect(alerts[0].acknowledgedAt).not.toBeNull();
  });

  it("refuses resolving without a verdict", async () => {
    const error = await refusal(act([await loaded("t1")], { kind: "status", status: "RESOLVED" }, ana));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/verdict/);
  });

  it("lets only a lead assign someone else", async () => {
    const target = await loaded("t2");
    expect((await refusal(act([target], { kind: "assign", assigneeId: ben.id }, ana))).status).toBe(403);
    const { alerts } = await act([target], { kind: "assign", assigneeId: ben.id }, lead);
    expect(alerts[0].assigneeId).toBe(ben.id);
    expect((await refusal(act([await loaded("t2")], { kind: "assign", assigneeId: auditor.id }, lead))).status).toBe(400);
  });

  it("refuses an auditor any triage", async () => {
    expect((await refusal(act([await loaded("t3")], { kind: "claim" }, auditor))).status).toBe(403);
  });
});

describe("verdicts", () => {
  it("supersede rather than overwrite, and resolve the alert", async () => {
    await act([await loaded("t3")], { kind: "verdict", verdict: "TRUE_POSITIVE" }, ana);
    const { alerts } = await act([await loaded("t3")], { kind: "verdict", verdict: "FALSE_POSITIVE", reason: "known_benign_tool", note: "backup job" }, ben);
    expect(alerts[0]).toMatchObject({ status: "RESOLVED", verdict: "FALSE_POSITIVE" });
    const labels = await prisma().label.findMany({ where: { prediction: { eventId: "t3" } }, orderBy: { id: "asc" } });
    expect(labels.map((l) => l.verdict)).toEqual(["TRUE_POSITIVE", "FALSE_POSITIVE"]);
    expect(labels[1].supersedesId).toBe(labels[0].id);
    expect(labels[1]).toMatchObject({ reasonCode: "known_benign_tool", note: "backup job", labelledById: ben.id, source: "ANALYST" });
  });

  it("give the second of two analysts working from the same version a conflict, and lose nothing", async () => {
    const seen = await loaded("t4");
    await act([seen], { kind: "verdict", verdict: "TRUE_POSITIVE" }, ana);
    const error = await refusal(act([seen], { kind: "verdict", verdict: "FALSE_POSITIVE", reason: "duplicate" }, ben));
    expect(error.status).toBe(409);
    expect(error.message).toMatch(/changed by someone else/);
    const labels = await prisma().label.findMany({ where: { prediction: { eventId: "t4" } } });
    expect(labels.map((l) => l.verdict)).toEqual(["TRUE_POSITIVE"]);
  });

  it("apply to a whole selection at once, or not at all when one of them is stale", async () => {
    const [t5, t6] = [await loaded("t5"), await loaded("t6")];
    const stale = { ...t6, rowVersion: t6.rowVersion + 7 };
    expect((await refusal(act([t5, stale], { kind: "verdict", verdict: "FALSE_POSITIVE", reason: "authorised_activity" }, ana))).status).toBe(409);
    expect(await prisma().label.count({ where: { prediction: { eventId: { in: ["t5", "t6"] } } } })).toBe(0);
    const { alerts } = await act([t5, t6], { kind: "verdict", verdict: "FALSE_POSITIVE", reason: "authorised_activity" }, ana);
    expect(alerts.map((a) => a.verdict)).toEqual(["FALSE_POSITIVE", "FALSE_POSITIVE"]);
    const audit = await prisma().auditEvent.count({ where: { action: "label.recorded", actorId: ana.id } });
    expect(audit).toBeGreaterThanOrEqual(2);
  });
});

describe("the queue", () => {
  const query = (params: Record<string, string>) => AlertListQuery.parse(params);

  it("filters by assignee, business unit, free text and score, and counts per status under the same filters", async () => {
    const mine = await listAlerts(query({ assignee: "me" }), ana);
    expect(mine.rows.every((row) => row.assigneeId === ana.id)).toBe(true);
    expect(mine.rows.length).toBeGreaterThan(0);
    const finance = await listAlerts(query({ businessUnit: "finance" }));
    expect(finance.rows.map((r) => r.businessUnit)).toEqual(["finance", "finance", "finance"]);
    expect(Object.values(finance.counts).reduce((a, b) => a + b, 0)).toBe(3);
    expect((await listAlerts(query({ q: "ws-003" }))).rows.map((r) => r.host)).toEqual(["ws-003"]);
    expect((await listAlerts(query({ scoreMin: "0.95" }))).rows).toEqual([]);
  });

  it("pages by keyset on every sort without repeating or skipping a row", async () => {
    for (const sort of ["time", "priority", "score"]) {
      const seen: number[] = [];
      let cursor: string | undefined;
      do {
        const page = await listAlerts(query({ sort, limit: "4", ...(cursor ? { cursor } : {}) }));
        seen.push(...page.rows.map((r) => r.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(new Set(seen).size).toBe(6);
      expect(seen).toHaveLength(6);
    }
  });
});
