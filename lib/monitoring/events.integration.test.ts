// Drift events through the API on a real database: evaluated when drift is read, recorded once
// and audited, listed, acknowledged by a lead, re-evaluated under new thresholds, summarised
// for the shell's banner.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { PATCH as patchEvent } from "@/app/api/v1/models/[model]/versions/[version]/drift/events/[id]/route";
import { GET as getEvents } from "@/app/api/v1/models/[model]/versions/[version]/drift/events/route";
import { GET as getDrift } from "@/app/api/v1/models/[model]/versions/[version]/drift/route";
import { GET as getSettings, PATCH as patchSettings } from "@/app/api/v1/models/[model]/versions/[version]/drift/settings/route";
import type { SessionUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";
import { ingestPredictions } from "@/lib/ingest/ingest";
import type { PredictionIn } from "@/lib/ingest/schemas";
import { apiKey, MODEL, prediction, registerVersion, request } from "@/test/helpers/fixtures";
import { driftBannerSummary } from "./drift-event-queries";
import type { DriftEventOut } from "./schemas";

// The API authenticates people through Auth.js cookies; stand in a signed-in user.
const session = vi.hoisted(() => ({ user: undefined as SessionUser | undefined }));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => session.user }));

const LEAD: SessionUser = { id: "lead-1", email: "lead@vigil.example", name: "Lee", role: "LEAD" };
const ANALYST: SessionUser = { id: "analyst-1", email: "ana@vigil.example", name: "Ana", role: "ANALYST" };
const D0 = Date.parse("2026-10-26T00:00:00Z"); // Monday
const DAY = 86_400_000;
const SHIFT_DAY = 14; // Mon Nov 9
const PER_DAY = 120;
const base = `/api/v1/models/${MODEL}/versions/1.0.0/drift`;
const params = (extra: Record<string, string> = {}) => ({ params: Promise.resolve({ model: MODEL, version: "1.0.0", ...extra }) });

/** Three weeks like the fixture baseline, except bytes_out all in its top bin from SHIFT_DAY. */
function traffic(): PredictionIn[] {
  const rows: PredictionIn[] = [];
  for (let d = 0; d < 21; d++) {
    for (let i = 0; i < PER_DAY; i++) {
      const t = new Date(D0 + d * DAY + (i % 24) * 3_600_000 + i * 1000).toISOString();
      rows.push(
        prediction(`d${d}-${i}`, 0.1 + (i % 10) / 100, {
          timestamp: t,
          features: { bytes_out: d >= SHIFT_DAY ? 50_000 : [50, 500, 5000, 50_000][i % 4], failed_logins_1h: i % 10 < 5 ? 0 : i % 10 < 8 ? 2 : 5, protocol: i % 10 < 7 ? "tcp" : "udp" },
        }),
      );
    }
  }
  return rows;
}

let key: string;
let event: DriftEventOut;

async function call(handler: (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>, path: string, init: { method?: string; body?: unknown; key?: string } = {}, extra: Record<string, string> = {}) {
  const response = await handler(
    request(path, { method: init.method ?? "GET", key: init.key, body: init.body === undefined ? undefined : JSON.stringify(init.body), headers: init.key ? {} : { cookie: "authjs.session-token=test" } }),
    params(extra),
  );
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  await registerVersion();
  await ingestPredictions(traffic());
  key = await apiKey("metrics:read");
});

describe("drift events", () => {
  it("are evaluated when drift is read: one data-drift event for the shifted feature, dated and audited", async () => {
    expect((await call(getDrift, `${base}?window=week`, { key })).status).toBe(200);
    const rows = await prisma().driftEvent.findMany();
    expect(rows.map((r) => [r.kind, r.subject, r.status, r.onset?.toISOString()])).toEqual([["DATA_DRIFT", "bytes_out", "OPEN", new Date(D0 + SHIFT_DAY * DAY).toISOString()]]);
    expect(await prisma().auditEvent.count({ where: { action: "drift.event.created" } })).toBe(1);
    await call(getDrift, `${base}?window=day`, { key });
    expect(await prisma().driftEvent.count()).toBe(1);
  });

  it("are listed with their summary and a recommended strategy, and counted for the banner", async () => {
    const { status, body } = await call(getEvents, `${base}/events`, { key });
    expect(status).toBe(200);
    [event] = body.events;
    expect(event).toMatchObject({ kind: "DATA_DRIFT", source: "feature", subject: "bytes_out", status: "OPEN", model: MODEL, version: "1.0.0" });
    expect(event.summary).toMatch(/bytes_out has drifted since 2026-11-09/);
    expect(["SCHEDULED", "ON_DEMAND", "INCREMENTAL", "ACTIVE_LEARNING"]).toContain(event.strategy);
    expect(await driftBannerSummary()).toMatchObject({ open: 1, data: 1, concept: 0, versions: [{ model: MODEL, version: "1.0.0", open: 1 }] });
  });

  it("are acknowledged by a lead only, for their own version", async () => {
    session.user = ANALYST;
    expect((await call(patchEvent, `${base}/events/${event.id}`, { method: "PATCH", body: { action: "acknowledge" } }, { id: String(event.id) })).status).toBe(403);
    session.user = LEAD;
    expect((await call(patchEvent, `${base}/events/999`, { method: "PATCH", body: { action: "acknowledge" } }, { id: "999" })).status).toBe(404);
    const { status, body } = await call(patchEvent, `${base}/events/${event.id}`, { method: "PATCH", body: { action: "acknowledge" } }, { id: String(event.id) });
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: "ACKNOWLEDGED", acknowledgedBy: LEAD.email });
    expect(await prisma().auditEvent.count({ where: { action: "drift.event.acknowledged", actor: LEAD.email } })).toBe(1);
    expect((await driftBannerSummary()).open).toBe(0);
  });

  it("follow the version's thresholds: a lead raises PSI and the episode closes on the next read", async () => {
    session.user = ANALYST;
    expect((await call(patchSettings, `${base}/settings`, { method: "PATCH", body: { psi: 10 } })).status).toBe(403);
    session.user = LEAD;
    const bad = await call(patchSettings, `${base}/settings`, { method: "PATCH", body: { alpha: 2 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toEqual(["alpha"]);
    const saved = await call(patchSettings, `${base}/settings`, { method: "PATCH", body: { psi: 10 } });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ psi: 10, alpha: 0.01, correction: "benjamini-hochberg" });
    expect((await call(getSettings, `${base}/settings`, { key })).body.psi).toBe(10);
    expect(await prisma().auditEvent.count({ where: { action: "monitoring.settings.update" } })).toBe(1);
    const drift = await call(getDrift, `${base}?window=week`, { key });
    expect(drift.body.thresholds.psi).toBe(10);
    expect(drift.body.windows.every((w: { drifted: string[] }) => w.drifted.length === 0)).toBe(true);
    const row = await prisma().driftEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(row.status).toBe("CLOSED");
    expect(await prisma().auditEvent.count({ where: { action: "drift.event.closed" } })).toBe(1);
  });
});
