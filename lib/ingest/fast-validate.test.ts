import { describe, expect, it } from "vitest";
import { fastValidate } from "./fast-validate";
import { parsePredictions } from "./parse";
import { PredictionIn } from "./schemas";

const good = {
  eventId: "evt-42",
  model: "intrusion-detector",
  version: "1.0.0",
  timestamp: "2026-11-01T12:00:00Z",
  score: 0.93,
  features: { bytes_out: 120345, failed_logins_1h: 7, protocol: "tcp", vpn: false, region: null },
  explanation: { space: "logit", baseValue: -3.1, values: { bytes_out: 1.4, failed_logins_1h: 2.2, protocol: 0.1 } },
  entity: { host: "ws-0142", user: "j.doe", sourceIp: "10.1.4.7", businessUnit: "finance" },
  attackType: "credential_access",
  rawEvent: { id: 1, nested: { a: [1, 2] } },
  auditSample: { inclusionProbability: 0.05 },
};

const long = (n: number) => "x".repeat(n);
const manyKeys = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`f${i}`, i]));

// Each value replaces one path of the good row (undefined: removes it).
const variants: [string, unknown][] = [
  ...[undefined, null, "", " ", "  evt ", "evt\u00a0", long(200), long(201), ` ${long(200)} `, 42].map((v) => ["eventId", v] as [string, unknown]),
  ...[undefined, "", " m ", long(201), {}].map((v) => ["model", v] as [string, unknown]),
  ...[undefined, "", " 1.0.0", long(64), long(65), ` ${long(64)}`].map((v) => ["version", v] as [string, unknown]),
  ...[
    undefined, "yesterday", "2026-11-01", "2026-11-01T12:00:00", "2026-11-01T12:00Z", "2026-11-01T12:00:00.123456Z",
    "2026-11-01T12:00:00+02:00", "2026-11-01T12:00:00+24:00", "2026-02-29T00:00:00Z", "2028-02-29T00:00:00Z",
    "2026-11-01t12:00:00z", " 2026-11-01T12:00:00Z", 1762000000000,
  ].map((v) => ["timestamp", v] as [string, unknown]),
  ...[undefined, 0, 1, -0, 1.5, -0.1, 1.0000001, Number.NaN, Number.POSITIVE_INFINITY, "0.5", null].map((v) => ["score", v] as [string, unknown]),
  ...[undefined, null, [], "x", {}, { [long(100)]: 1 }, { [long(101)]: 1 }, { a: long(500) }, { a: long(501) }, { a: [1] }, { a: {} }, { a: undefined },
    { a: Number.POSITIVE_INFINITY }, manyKeys(500), manyKeys(501), JSON.parse('{"__proto__": 1}'), Object.create(null)]
    .map((v) => ["features", v] as [string, unknown]),
  ...[undefined, null, {}, { space: "shap", baseValue: 0, values: {} }, { space: "logit", baseValue: "0", values: {} },
    { space: "probability", baseValue: 0.1, values: { a: 0.2 }, extra: true }, { space: "logit", baseValue: 0, values: { a: "1" } },
    { space: "logit", baseValue: 0, values: { [long(101)]: 1 } }, { space: "logit", baseValue: 0, values: [] }]
    .map((v) => ["explanation", v] as [string, unknown]),
  ...[undefined, null, {}, { host: " h " }, { host: "" }, { host: long(201) }, { host: 1 }, { user: null }, { other: "x" }, []]
    .map((v) => ["entity", v] as [string, unknown]),
  ...[undefined, "", " x ", long(201), 3].map((v) => ["attackType", v] as [string, unknown]),
  ...[undefined, null, {}, [], "x", JSON.parse('{"__proto__": {"a": 1}}')].map((v) => ["rawEvent", v] as [string, unknown]),
  ...[undefined, null, {}, { inclusionProbability: 0 }, { inclusionProbability: 1 }, { inclusionProbability: 1.1 }, { inclusionProbability: 0.5, x: 1 }]
    .map((v) => ["auditSample", v] as [string, unknown]),
  ["unknownTopLevel", "dropped"],
];

function variant(key: string, value: unknown): Record<string, unknown> {
  const row: Record<string, unknown> = structuredClone(good);
  if (value === undefined) delete row[key];
  else row[key] = value;
  return row;
}

describe("fastValidate", () => {
  it("takes the fast path for a well-formed prediction and returns what zod returns", () => {
    expect(fastValidate(good)).toStrictEqual(PredictionIn.parse(good));
  });

  it.each(variants)("never accepts what zod refuses, nor returns anything else: %s = %j", (key, value) => {
    const row = variant(key, value);
    const fast = fastValidate(row);
    const zod = PredictionIn.safeParse(row);
    if (fast !== undefined) {
      expect(zod.success).toBe(true);
      expect(fast).toStrictEqual(zod.data);
    }
  });

  it("leaves to zod only __proto__ keys and objects without a prototype", () => {
    const fastShare = variants.filter(([key, value]) => {
      const row = variant(key, value);
      return PredictionIn.safeParse(row).success && !fastValidate(row);
    });
    expect(fastShare.map(([key]) => key).sort()).toEqual(["features", "features", "rawEvent"]);
  });

  it("keeps parsePredictions' error report: per-row paths and zod's messages", () => {
    const body = [variant("score", 1.5), good, variant("timestamp", "yesterday"), variant("eventId", " ")].map((r) => JSON.stringify(r)).join("\n");
    const parsed = parsePredictions(body, 100);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues).toEqual([
      { path: [0, "score"], message: "score must be in [0, 1]" },
      { path: [2, "timestamp"], message: "Invalid ISO datetime" },
      { path: [3, "eventId"], message: "Too small: expected string to have >=1 characters" },
    ]);
  });
});
