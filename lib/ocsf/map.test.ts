import { describe, expect, it } from "vitest";
import { PredictionIn } from "@/lib/ingest/schemas";
import { OCSF_EDR_EVENT, OCSF_SCORER_EVENT } from "./examples";
import { mapDetectionFinding, ocsfPathOf } from "./map";
import { DetectionFindingIn } from "./schemas";

const parse = (event: unknown) => DetectionFindingIn.parse(event);
const clone = <T>(value: T): T => structuredClone(value);

describe("OCSF Detection Finding → prediction", () => {
  it("maps a scoring service's event field by field", () => {
    const result = mapDetectionFinding(parse(OCSF_SCORER_EVENT), {}, OCSF_SCORER_EVENT);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { prediction, sources } = result.mapped;
    expect(prediction).toEqual({
      eventId: "ocsf-auth-000142",
      model: "intrusion-detector",
      version: "1.0.0",
      timestamp: "2026-11-01T12:00:00.000Z",
      score: 0.934,
      features: { bytes_out: 120345, failed_logins_1h: 7, protocol: "tcp" },
      explanation: { space: "logit", baseValue: -3.1, values: { bytes_out: 1.4, failed_logins_1h: 2.2, protocol: 0.1 } },
      entity: { host: "ws-0142", user: "j.doe", sourceIp: "10.1.4.7", businessUnit: "finance" },
      attackType: "credential_access",
      rawEvent: OCSF_SCORER_EVENT,
    });
    expect(PredictionIn.safeParse(prediction).success).toBe(true);
    expect(sources).toMatchObject({ eventId: ["finding_info", "uid"], model: ["finding_info", "analytic", "name"], score: ["unmapped", "score"], timestamp: ["time"] });
  });

  it("maps a plain OCSF product's event: enrichments, fallbacks, the model from the request", () => {
    const result = mapDetectionFinding(parse(OCSF_EDR_EVENT), { model: "intrusion-detector", version: "1.0.0" });
    expect(result.ok && result.mapped.prediction).toMatchObject({
      eventId: "edr-det-77f2",
      model: "intrusion-detector",
      version: "1.0.0",
      timestamp: "2026-11-01T12:05:00.000Z",
      score: 0.71,
      features: { bytes_out: 98000000, failed_logins_1h: 0, protocol: "tcp" },
      entity: { host: "srv-db-03", user: "svc-backup@acme.example", sourceIp: "10.2.0.15", businessUnit: "engineering" },
      attackType: "exfiltration",
    });
    expect(result.ok && result.mapped.prediction.explanation).toBeUndefined();
    expect(result.ok && result.mapped.sources.features).toEqual(["enrichments", 0, "data"]);
  });

  it("takes the score from unmapped.score, else risk_score, else confidence_score (both /100)", () => {
    const event = clone(OCSF_SCORER_EVENT) as Record<string, unknown> & { unmapped: Record<string, unknown> };
    delete event.unmapped.score;
    expect(mapDetectionFinding(parse(event)).ok && (mapDetectionFinding(parse(event)) as { mapped: { prediction: { score: number } } }).mapped.prediction.score).toBe(0.93);
    delete event.risk_score;
    const confidence = mapDetectionFinding(parse(event));
    expect(confidence.ok && confidence.mapped.prediction.score).toBe(0.88);
    delete event.confidence_score;
    expect(mapDetectionFinding(parse(event))).toEqual({ ok: false, issues: [{ path: ["risk_score"], message: expect.stringMatching(/no score/) }] });
  });

  it("names the model from the request, the analytic, then the product; and says when none does", () => {
    const event = clone(OCSF_SCORER_EVENT);
    event.finding_info.analytic = { name: "challenger", version: "2.0.0", type_id: 4, type: "Learning (ML/DL)" };
    const fromAnalytic = mapDetectionFinding(parse(event));
    expect(fromAnalytic.ok && [fromAnalytic.mapped.prediction.model, fromAnalytic.mapped.prediction.version]).toEqual(["challenger", "2.0.0"]);
    const fromQuery = mapDetectionFinding(parse(event), { version: "1.0.0" });
    expect(fromQuery.ok && [fromQuery.mapped.prediction.model, fromQuery.mapped.prediction.version]).toEqual(["challenger", "1.0.0"]);
    const bare = mapDetectionFinding(parse({ ...OCSF_EDR_EVENT, metadata: { product: { name: "Falcon Insight" } } }));
    expect(bare.ok).toBe(false);
    expect(!bare.ok && bare.issues.map((i) => i.path.join("."))).toEqual(["metadata.product.version"]);
  });

  it("prefers time_dt, and keeps the event exactly as received", () => {
    const event = { ...clone(OCSF_EDR_EVENT), time: undefined, time_dt: "2026-11-02T08:30:00+01:00", device: { hostname: "  padded-host  " } };
    const result = mapDetectionFinding(parse(event), { model: "m", version: "1" }, event);
    expect(result.ok && result.mapped.prediction.timestamp).toBe("2026-11-02T08:30:00+01:00");
    expect(result.ok && result.mapped.prediction.entity?.host).toBe("padded-host");
    expect(result.ok && result.mapped.prediction.rawEvent).toBe(event);
  });
});

describe("OCSF validation", () => {
  it("refuses other classes, missing ids and times, and out-of-range scores, at their OCSF paths", () => {
    const paths = (event: unknown) => DetectionFindingIn.safeParse(event).error?.issues.map((i) => i.path.join("."));
    expect(paths({ ...OCSF_SCORER_EVENT, class_uid: 2001 })).toEqual(["class_uid"]);
    expect(paths({ ...OCSF_SCORER_EVENT, finding_info: { title: "x" } })).toEqual(["finding_info.uid"]);
    expect(paths({ ...OCSF_SCORER_EVENT, time: undefined })).toEqual(["time"]);
    expect(paths({ ...OCSF_SCORER_EVENT, time: -5 })).toEqual(["time"]);
    expect(paths({ ...OCSF_SCORER_EVENT, risk_score: 150, confidence_score: 0.5 })).toEqual(["risk_score", "confidence_score"]);
    expect(paths({ ...OCSF_SCORER_EVENT, metadata: undefined })).toEqual(["metadata"]);
  });

  it("passes unknown OCSF fields through untouched", () => {
    const parsed = parse({ ...OCSF_SCORER_EVENT, observables: [{ name: "ip", type_id: 2, value: "10.1.4.7" }] });
    expect(parsed.observables).toEqual([{ name: "ip", type_id: 2, value: "10.1.4.7" }]);
  });

  it("turns a mapped field's path back into the OCSF path it came from", () => {
    const result = mapDetectionFinding(parse(OCSF_EDR_EVENT), { model: "m", version: "1" });
    if (!result.ok) throw new Error("mapping failed");
    expect(ocsfPathOf(result.mapped.sources, ["score"])).toEqual(["risk_score"]);
    expect(ocsfPathOf(result.mapped.sources, ["features", "bytes_out"])).toEqual(["enrichments", 0, "data", "bytes_out"]);
    expect(ocsfPathOf(result.mapped.sources, ["version"])).toEqual(["query", "version"]);
    expect(ocsfPathOf(result.mapped.sources, ["entity", "host"])).toEqual(["device", "hostname"]);
  });
});
