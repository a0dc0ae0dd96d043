import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/predictions/route";
import { prisma } from "@/lib/db/client";
import { apiKey, noParams, prediction, registerVersion, request } from "@/test/helpers/fixtures";

let key: string;

const send = (body: string, headers: Record<string, string> = {}, k = key) =>
  POST(request("/api/v1/predictions", { key: k, body, headers }), noParams);

beforeAll(async () => {
  await registerVersion();
  await registerVersion({ version: "2.0.0-shadow", stage: "SHADOW" });
  key = await apiKey("predictions:write");
});

describe("POST /api/v1/predictions", () => {
  it("accepts a JSON array, raises alerts at or above the threshold, and rolls up by day", async () => {
    const rows = [prediction("a1", 0.97), prediction("a2", 0.8), prediction("a3", 0.2), prediction("a4", 0.79999)];
    const response = await send(JSON.stringify(rows));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ accepted: 4, duplicates: 0, alerts: 2 });
    const alerts = await prisma().alert.findMany({ orderBy: { score: "desc" } });
    expect(alerts.map((a) => a.score)).toEqual([0.97, 0.8]);
    expect(alerts[0].severity).toBe("CRITICAL");
    expect(alerts[1].severity).toBe("LOW");
    expect((alerts[0].topReasons as { feature: string }[]).map((r) => r.feature)).toEqual(["failed_logins_1h", "bytes_out", "protocol"]);
    const rollup = await prisma().dailyRollup.findFirstOrThrow();
    expect(rollup).toMatchObject({ n: 4, alerts: 2 });
    expect(rollup.day.toISOString()).toBe("2026-11-01T00:00:00.000Z");
    const protocol = await prisma().dailyHistogram.findFirstOrThrow({ where: { series: "protocol", bucket: "tcp" } });
    expect(protocol.count).toBe(4);
    const bytes = await prisma().dailyHistogram.findFirstOrThrow({ where: { series: "bytes_out" } });
    expect(bytes).toMatchObject({ bucket: "3", count: 4 }); // 120345 is above the last edge (10000)
  });

  it("is idempotent: re-sending a batch inserts nothing twice", async () => {
    const ndjson = [prediction("a1", 0.97), prediction("b1", 0.9)].map((r) => JSON.stringify(r)).join("\n");
    const response = await send(ndjson, { "content-type": "application/x-ndjson" });
    expect(await response.json()).toEqual({ accepted: 1, duplicates: 1, alerts: 1 });
    expect(await prisma().prediction.count()).toBe(5);
    expect((await prisma().dailyRollup.findFirstOrThrow()).n).toBe(5);
  });

  it("scores shadow versions silently: predictions stored, no alerts", async () => {
    const response = await send(JSON.stringify([prediction("s1", 0.99, { version: "2.0.0-shadow" })]));
    expect(await response.json()).toEqual({ accepted: 1, duplicates: 0, alerts: 0 });
  });

  it("refuses a batch with any bad row, with per-row paths, and writes nothing", async () => {
    const before = await prisma().prediction.count();
    const response = await send(JSON.stringify([prediction("c1", 0.5), prediction("c2", 1.5), { ...prediction("c3", 0.5), timestamp: "yesterday" }]));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("bad_request");
    expect(body.error.issues.map((i: { path: unknown[] }) => i.path)).toEqual([[1, "score"], [2, "timestamp"]]);
    expect(await prisma().prediction.count()).toBe(before);
  });

  it("refuses unknown model versions, malformed bodies and oversized batches", async () => {
    const unknown = await send(JSON.stringify([prediction("d1", 0.5, { version: "9.9.9" })]));
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).error.issues[0].path).toEqual([0, "version"]);
    expect((await send("{not json")).status).toBe(400);
    expect((await send("[]")).status).toBe(400);
    expect((await send('"a string"')).status).toBe(400);
    const tooMany = Array.from({ length: 10_001 }, (_, i) => prediction(`e${i}`, 0.1));
    expect((await send(JSON.stringify(tooMany))).status).toBe(413);
    const hostile = await send(JSON.stringify([{ ...prediction("f1", 0.5), features: { ["x".repeat(5000)]: 1 } }]));
    expect(hostile.status).toBe(400);
  });

  it("needs a valid key with the predictions:write scope", async () => {
    const body = JSON.stringify([prediction("g1", 0.5)]);
    expect((await POST(request("/api/v1/predictions", { body }), noParams)).status).toBe(401);
    expect((await send(body, {}, "vgl_0000000000_" + "x".repeat(43))).status).toBe(401);
    expect((await send(body, {}, await apiKey("metrics:read"))).status).toBe(403);
    expect(await prisma().prediction.count({ where: { eventId: "g1" } })).toBe(0);
  });
});
