import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/predictions/ocsf/route";
import { prisma } from "@/lib/db/client";
import { apiKey, noParams, registerVersion, request } from "@/test/helpers/fixtures";
import { OCSF_EDR_EVENT, OCSF_SCORER_EVENT } from "./examples";

let key: string;

const send = (body: string, { query = "", type = "application/json", k = key }: { query?: string; type?: string; k?: string } = {}) =>
  POST(request(`/api/v1/predictions/ocsf${query}`, { key: k, body, headers: { "content-type": type } }), noParams);

/** A scorer event for another finding: new id, time and score. */
function scorerEvent(uid: string, score: number, minutes = 0) {
  const event = structuredClone(OCSF_SCORER_EVENT);
  event.finding_info.uid = uid;
  event.time += minutes * 60_000;
  event.unmapped.score = score;
  event.risk_score = Math.round(score * 100);
  return event;
}

beforeAll(async () => {
  await registerVersion();
  key = await apiKey("predictions:write");
});

describe("POST /api/v1/predictions/ocsf", () => {
  it("ingests a JSON array of Detection Findings as predictions, raising alerts above the threshold", async () => {
    const response = await send(JSON.stringify([OCSF_SCORER_EVENT, scorerEvent("ocsf-auth-000143", 0.2, 1)]));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ accepted: 2, duplicates: 0, alerts: 1 });
    const stored = await prisma().prediction.findFirstOrThrow({ where: { eventId: "ocsf-auth-000142" }, include: { modelVersion: { include: { model: true } } } });
    expect(stored).toMatchObject({ score: 0.934, host: "ws-0142", userName: "j.doe", sourceIp: "10.1.4.7", businessUnit: "finance", attackType: "credential_access" });
    expect(stored.modelVersion.model.name).toBe("intrusion-detector");
    expect(stored.time.toISOString()).toBe("2026-11-01T12:00:00.000Z");
    expect(stored.features).toEqual({ bytes_out: 120345, failed_logins_1h: 7, protocol: "tcp" });
    expect(stored.explanation).toMatchObject({ space: "logit", baseValue: -3.1 });
    expect(stored.rawEvent).toEqual(OCSF_SCORER_EVENT);
    const alert = await prisma().alert.findFirstOrThrow({ where: { predictionId: stored.id } });
    expect(alert).toMatchObject({ host: "ws-0142", attackType: "credential_access", status: "NEW" });
    expect((alert.topReasons as { feature: string }[])[0].feature).toBe("failed_logins_1h");
  });

  it("is idempotent by finding_info.uid, and takes NDJSON and a single event", async () => {
    const ndjson = [OCSF_SCORER_EVENT, scorerEvent("ocsf-auth-000144", 0.85, 2)].map((e) => JSON.stringify(e)).join("\n");
    expect(await (await send(ndjson, { type: "application/x-ndjson" })).json()).toEqual({ accepted: 1, duplicates: 1, alerts: 1 });
    expect(await (await send(JSON.stringify(scorerEvent("ocsf-auth-000145", 0.1, 3)))).json()).toEqual({ accepted: 1, duplicates: 0, alerts: 0 });
    expect(await prisma().prediction.count({ where: { eventId: { startsWith: "ocsf-auth-" } } })).toBe(4);
  });

  it("names the model version from the query for products that do not carry it", async () => {
    expect((await send(JSON.stringify([OCSF_EDR_EVENT]))).status).toBe(400);
    const response = await send(JSON.stringify([OCSF_EDR_EVENT]), { query: "?model=intrusion-detector&version=1.0.0" });
    expect(await response.json()).toEqual({ accepted: 1, duplicates: 0, alerts: 0 });
    const stored = await prisma().prediction.findFirstOrThrow({ where: { eventId: "edr-det-77f2" } });
    expect(stored).toMatchObject({ score: 0.71, host: "srv-db-03", userName: "svc-backup@acme.example", businessUnit: "engineering", attackType: "exfiltration" });
    expect(stored.features).toEqual({ bytes_out: 98000000, failed_logins_1h: 0, protocol: "tcp" });
  });

  it("refuses the whole batch on any bad event, naming OCSF paths, and writes nothing", async () => {
    const before = await prisma().prediction.count();
    const events = [scorerEvent("ok-1", 0.5), { ...scorerEvent("bad-1", 0.5), class_uid: 2001 }, { ...scorerEvent("bad-2", 0.5), risk_score: 150 }, { ...scorerEvent("bad-3", 0.5), time: undefined }];
    const response = await send(JSON.stringify(events));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.issues.map((i: { path: unknown[] }) => i.path.join("."))).toEqual(["1.class_uid", "2.risk_score", "3.time"]);
    expect(await prisma().prediction.count()).toBe(before);
  });

  it("reports a problem found after mapping at the OCSF field it came from", async () => {
    const unknownVersion = scorerEvent("v-1", 0.5);
    unknownVersion.finding_info.analytic.version = "9.9.9";
    const response = await send(JSON.stringify([unknownVersion]));
    expect(response.status).toBe(400);
    expect((await response.json()).error.issues[0].path).toEqual([0, "finding_info", "analytic", "version"]);
    const badFeatures = scorerEvent("v-2", 0.5) as Record<string, unknown>;
    (badFeatures.unmapped as Record<string, unknown>).features = { bytes_out: { nested: true } };
    const features = await send(JSON.stringify([badFeatures]));
    expect((await features.json()).error.issues[0].path.slice(0, 3)).toEqual([0, "unmapped", "features"]);
    const noScore = { ...scorerEvent("v-3", 0.5), risk_score: undefined, confidence_score: undefined, unmapped: {} };
    const missing = await send(JSON.stringify([noScore]));
    expect((await missing.json()).error.issues).toEqual([{ path: [0, "risk_score"], message: expect.stringMatching(/no score/) }]);
  });

  it("refuses other content types, broken NDJSON lines, empty and over-large batches", async () => {
    expect((await send(JSON.stringify([OCSF_SCORER_EVENT]), { type: "text/csv" })).status).toBe(415);
    const broken = await send(`${JSON.stringify(OCSF_SCORER_EVENT)}\n{oops`, { type: "application/x-ndjson" });
    expect(broken.status).toBe(400);
    expect((await broken.json()).error.issues).toEqual([{ path: [1], message: "line 2 is not valid JSON" }]);
    expect((await send("[]")).status).toBe(400);
    expect((await send("")).status).toBe(400);
    const tooMany = Array.from({ length: 10_001 }, (_, i) => ({ class_uid: 2004, time: 1, metadata: {}, finding_info: { uid: `n${i}` } }));
    expect((await send(JSON.stringify(tooMany))).status).toBe(413);
  });

  it("needs a key with predictions:write", async () => {
    const body = JSON.stringify([scorerEvent("auth-1", 0.5)]);
    expect((await POST(request("/api/v1/predictions/ocsf", { body }), noParams)).status).toBe(401);
    expect((await send(body, { k: await apiKey("models:write") })).status).toBe(403);
    expect(await prisma().prediction.count({ where: { eventId: "auth-1" } })).toBe(0);
  });
});
