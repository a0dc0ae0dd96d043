import { describe, expect, it } from "vitest";
import { applyOptimistic, replaceRows } from "./optimistic";
import type { AlertRow } from "./schemas";

const row: AlertRow = {
  id: 7, time: "2026-11-01T12:00:00.000Z", severity: "HIGH", score: 0.9, status: "NEW", host: "ws-1", userName: "u", sourceIp: null,
  businessUnit: null, attackType: null, topReasons: [], assignee: null, assigneeId: null, slaDueAt: "2026-11-01T16:00:00.000Z",
  createdAt: "2026-11-01T12:00:01.000Z", acknowledgedAt: null, resolvedAt: null, statusChangedAt: "2026-11-01T12:00:00.000Z",
  rowVersion: 3, verdict: null, model: "m", version: "1",
};
const me = { id: "u1", name: "Ana" };
const now = "2026-11-01T12:30:00.000Z";

describe("applyOptimistic", () => {
  it("claims: assigns me and starts the work", () => {
    expect(applyOptimistic(row, { kind: "claim" }, me, now)).toMatchObject({ status: "IN_PROGRESS", assigneeId: "u1", assignee: "Ana", acknowledgedAt: now, statusChangedAt: now });
  });

  it("records a verdict as resolved, keeping an existing assignee", () => {
    const judged = applyOptimistic({ ...row, assigneeId: "u2", assignee: "Ben" }, { kind: "verdict", verdict: "FALSE_POSITIVE", reason: "duplicate" }, me, now);
    expect(judged).toMatchObject({ verdict: "FALSE_POSITIVE", status: "RESOLVED", resolvedAt: now, assignee: "Ben" });
  });

  it("reopening clears the resolution time", () => {
    const reopened = applyOptimistic({ ...row, status: "RESOLVED", resolvedAt: now }, { kind: "status", status: "IN_PROGRESS" }, me, now);
    expect(reopened).toMatchObject({ status: "IN_PROGRESS", resolvedAt: null });
  });

  it("leaves the row version alone: only the server's answer carries the new one", () => {
    expect(applyOptimistic(row, { kind: "claim" }, me, now).rowVersion).toBe(3);
  });
});

describe("replaceRows", () => {
  it("replaces matching rows on every page and keeps the rest", () => {
    const data = { pages: [{ rows: [row, { ...row, id: 8 }] }, { rows: [{ ...row, id: 9 }] }], pageParams: [] };
    const next = replaceRows(data, (r) => (r.id === 9 ? { ...r, status: "RESOLVED" } : undefined));
    expect(next?.pages[1].rows[0].status).toBe("RESOLVED");
    expect(next?.pages[0].rows[0]).toBe(row);
  });
});
