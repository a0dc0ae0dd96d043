// GET …/drift on a real database: roll-ups written by the real ingest, read back per the
// REST contract, against the registered baseline and against a reference window.
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/models/[model]/versions/[version]/drift/route";
import { ingestPredictions } from "@/lib/ingest/ingest";
import type { PredictionIn } from "@/lib/ingest/schemas";
import { apiKey, MODEL, prediction, registerVersion, request } from "@/test/helpers/fixtures";
import { DriftResponse } from "./schemas";

const PER_DAY = 200;
const params = { params: Promise.resolve({ model: MODEL, version: "1.0.0" }) };

/**
 * One day of predictions. The fixture baseline has bytes_out in four equal quartile bins, failed
 * logins 50/30/20 % over [<1, 1–3, ≥3] and protocol 70 % tcp: a normal day matches it exactly;
 * a shifted day sends every byte count to the top bin.
 */
function day(date: string, shifted: boolean): PredictionIn[] {
  return Array.from({ length: PER_DAY }, (_, i) =>
    prediction(`${date}-${i}`, shifted ? 0.85 : 0.1 + (i % 10) / 100, {
      timestamp: `${date}T${String(i % 24).padStart(2, "0")}:00:00Z`,
      features: {
        bytes_out: shifted ? 50_000 : [50, 500, 5000, 50_000][i % 4],
        failed_logins_1h: i % 10 < 5 ? 0 : i % 10 < 8 ? 2 : 5,
        protocol: i % 10 < 7 ? "tcp" : "udp",
      },
    }),
  );
}

let key: string;

beforeAll(async () => {
  await registerVersion();
  await ingestPredictions([...day("2026-11-01", false), ...day("2026-11-02", false), ...day("2026-11-03", true), ...day("2026-11-04", true)]);
  key = await apiKey("metrics:read");
});

async function get(query: string, auth: string | null = key) {
  const response = await GET(request(`/api/v1/models/${MODEL}/versions/1.0.0/drift${query}`, { method: "GET", key: auth ?? undefined }), params);
  return { status: response.status, body: await response.json() };
}

describe("GET /api/v1/models/{model}/versions/{version}/drift", () => {
  it("returns per day and feature { feature, psi, ks, wasserstein, drift } against the baseline", async () => {
    const { status, body } = await get("?from=2026-11-01&to=2026-11-05&window=day");
    expect(status).toBe(200);
    const report = DriftResponse.parse(body);
    expect(report.reference).toEqual({ kind: "baseline", n: 1000, source: null });
    expect(report.windows.map((w) => [w.from.slice(0, 10), w.n])).toEqual([
      ["2026-11-01", PER_DAY],
      ["2026-11-02", PER_DAY],
      ["2026-11-03", PER_DAY],
      ["2026-11-04", PER_DAY],
    ]);
    const bytes = report.windows.map((w) => w.features.find((f) => f.feature === "bytes_out")!);
    expect(bytes.map((f) => f.drift)).toEqual([false, false, true, true]);
    expect(bytes[0].psi).toBeCloseTo(0, 9);
    expect(bytes[0].ks).toEqual({ statistic: 0, pValue: 1 });
    expect(bytes[2].ks!.statistic).toBeCloseTo(0.75, 12);
    expect(bytes[2].wasserstein).toBeGreaterThan(0);
    const protocol = report.windows[0].features.find((f) => f.feature === "protocol")!;
    expect(protocol).toMatchObject({ type: "categorical", ks: null, drift: false });
    expect(report.windows.map((w) => w.drifted)).toEqual([[], [], ["bytes_out"], ["bytes_out"]]);
  });

  it("compares against a reference window with reference=FROM..TO, scores included", async () => {
    const { status, body } = await get("?from=2026-11-03&to=2026-11-05&reference=2026-11-01..2026-11-03");
    expect(status).toBe(200);
    const report = DriftResponse.parse(body);
    expect(report.reference).toEqual({ kind: "window", from: "2026-11-01T00:00:00.000Z", to: "2026-11-03T00:00:00.000Z", n: 2 * PER_DAY });
    expect(report.windows.every((w) => w.drifted.includes("bytes_out"))).toBe(true);
    // The reference window has its own score histogram; the shifted days all score 0.85.
    expect(report.windows[0].score.drift).toBe(true);
    expect(report.windows[0].score.meanScore).toBeCloseTo(0.85, 9);
    expect(report.windows[0].score.ks!.statistic).toBeCloseTo(1, 12);
  });

  it("sums ISO weeks with window=week and ends after the last day with data by default", async () => {
    const { body } = await get("?from=2026-10-26&window=week");
    const report = DriftResponse.parse(body);
    expect(report.to).toBe("2026-11-05T00:00:00.000Z");
    expect(report.windows.map((w) => [w.from.slice(0, 10), w.to.slice(0, 10), w.n, w.partial])).toEqual([
      ["2026-10-26", "2026-11-02", PER_DAY, false],
      ["2026-11-02", "2026-11-05", 3 * PER_DAY, true],
    ]);
  });

  it("refuses bad queries with the field that is wrong", async () => {
    const bad = await get("?from=2026-11-01T12:00:00Z");
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toEqual(["query", "from"]);
    expect((await get("?window=month")).status).toBe(400);
    expect((await get("?reference=2026-11-01")).status).toBe(400);
    expect((await get("?from=2026-11-05&to=2026-11-01")).status).toBe(400);
  });

  it("needs metrics:read and a registered version", async () => {
    expect((await get("", null)).status).toBe(401);
    expect((await get("", await apiKey("predictions:write"))).status).toBe(403);
    const missing = await GET(request(`/api/v1/models/${MODEL}/versions/9.9.9/drift`, { method: "GET", key }), { params: Promise.resolve({ model: MODEL, version: "9.9.9" }) });
    expect(missing.status).toBe(404);
  });
});
