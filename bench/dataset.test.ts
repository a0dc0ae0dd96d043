import { describe, expect, it } from "vitest";
import { PredictionIn } from "@/lib/ingest/schemas";
import { BENCH_VERSIONS, THRESHOLD, benchBatches, benchRegistration } from "./dataset";

describe("bench data set", () => {
  it("alerts on ~10 % of predictions, on both versions, with enough 1.0.0 alerts to label 30,000 per million", () => {
    const end = new Date(Date.UTC(2026, 10, 23));
    let rows = 0;
    let labelable = 0;
    const alerts = new Map<string, number>();
    for (const batch of benchBatches(0.02, 1000, end)) {
      rows += batch.rows;
      labelable += batch.alertEvents.length;
      for (const line of batch.ndjson.split("\n")) {
        const row = JSON.parse(line) as { version: string; score: number };
        if (row.score >= THRESHOLD) alerts.set(row.version, (alerts.get(row.version) ?? 0) + 1);
      }
    }
    expect(rows).toBe(20_000);
    for (const version of BENCH_VERSIONS) expect(alerts.get(version)! / (rows / 2)).toBeGreaterThan(0.09);
    for (const version of BENCH_VERSIONS) expect(alerts.get(version)! / (rows / 2)).toBeLessThan(0.11);
    expect(labelable).toBe(alerts.get(BENCH_VERSIONS[0]));
    expect(labelable).toBeGreaterThan(30_000 * 0.02);
    expect(BENCH_VERSIONS.map((v) => benchRegistration(v).stage)).not.toContain("SHADOW");
  });

  it("explains each score: base value plus the SHAP values is its logit", () => {
    const first = benchBatches(0.001, 10, new Date(Date.UTC(2026, 10, 23))).next().value!;
    for (const line of first.ndjson.split("\n")) {
      const row = PredictionIn.parse(JSON.parse(line));
      const values = Object.values(row.explanation!.values);
      expect(values).toHaveLength(23);
      const logit = row.explanation!.baseValue + values.reduce((sum, v) => sum + v, 0);
      expect(1 / (1 + Math.exp(-logit))).toBeCloseTo(row.score, 12);
    }
  });
});
