import { beforeAll, describe, expect, it } from "vitest";
import { GET as eventsRoute } from "@/app/api/v1/audit/events/route";
import { apiKey, noParams, request } from "@/test/helpers/fixtures";
import { auditActions, listAuditEvents } from "./events";
import { recordAudit } from "./record";
import { AuditEventQuery, type AuditEventPage } from "./schemas";

const list = (input: Record<string, string>) => listAuditEvents(AuditEventQuery.parse(input));

beforeAll(async () => {
  for (let i = 1; i <= 25; i++) {
    await recordAudit({
      actor: { label: i % 2 ? "ana@example.org" : "ben@example.org" },
      action: i % 5 ? "label.recorded" : "alert.assign",
      target: `alert:${i % 4}`,
      details: { i },
    });
  }
});

describe("the audit trail list", () => {
  it("pages newest first by seq, without gaps or repeats", async () => {
    const seen: number[] = [];
    let cursor: number | null = null;
    do {
      const page: AuditEventPage = await list({ limit: "7", ...(cursor ? { cursor: String(cursor) } : {}) });
      seen.push(...page.events.map((e) => e.seq));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => 25 - i));
  });

  it("filters by actor, action, target and a half-open time range", async () => {
    expect((await list({ actor: "ben@example.org" })).events.every((e) => e.actor === "ben@example.org")).toBe(true);
    expect((await list({ action: "alert.assign" })).events.map((e) => e.seq)).toEqual([25, 20, 15, 10, 5]);
    expect((await list({ target: "alert:1", actor: "ana@example.org" })).events.map((e) => e.seq)).toEqual([25, 21, 17, 13, 9, 5, 1]);
    const all = (await list({ limit: "200" })).events;
    const middle = all[10].at;
    const before = (await list({ to: middle, limit: "200" })).events;
    expect(before.every((e) => e.at < middle)).toBe(true);
    expect((await list({ from: middle, limit: "200" })).events.length + before.length).toBe(25);
  });

  it("knows which actions were recorded", async () => {
    expect(await auditActions()).toEqual(["alert.assign", "label.recorded"]);
  });

  it("answers an audit:read key over HTTP and rejects a bad query with the field", async () => {
    const key = await apiKey("audit:read");
    const ok = await eventsRoute(request("/api/v1/audit/events?action=alert.assign&limit=2", { method: "GET", key }), noParams);
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as AuditEventPage).events).toHaveLength(2);
    const bad = await eventsRoute(request("/api/v1/audit/events?from=2026-11-02&to=2026-11-01", { method: "GET", key }), noParams);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { issues: [{ path: ["query", "to"] }] } });
  });
});
