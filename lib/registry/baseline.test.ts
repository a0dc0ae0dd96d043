import { describe, expect, it } from "vitest";
import { buildBaseline } from "@/lib/registry/baseline";
import { Baseline, type FeatureSpec } from "@/lib/registry/schemas";
import { binIndex } from "@/lib/stats/histogram";

const features: FeatureSpec[] = [
  { name: "bytes", type: "numeric" },
  { name: "proto", type: "categorical" },
  { name: "flag", type: "numeric" },
];
const rows = Array.from({ length: 100 }, (_, i) => ({
  bytes: i + 1, // 1..100
  proto: i % 4 === 0 ? "udp" : "tcp",
  flag: i < 70 ? 0 : 1,
}));
const scores = rows.map((_, i) => i / 99); // 0 … 1

describe("buildBaseline", () => {
  const baseline = buildBaseline(rows, features, scores, "unit test");

  it("parses with the registry's Baseline schema", () => {
    expect(Baseline.parse(baseline)).toEqual(baseline);
    expect(baseline.n).toBe(100);
    expect(baseline.source).toBe("unit test");
  });

  it("summarises a numeric feature: decile edges, proportions, moments, percentiles", () => {
    const b = baseline.features.bytes;
    if (b.type !== "numeric") throw new Error("expected numeric");
    // numpy: np.quantile(1..100, k/10) = 10.9, 20.8, …, 90.1
    expect(b.edges).toHaveLength(9);
    b.edges.forEach((edge, k) => expect(edge).toBeCloseTo(1 + 99 * ((k + 1) / 10), 10));
    expect(b.proportions).toHaveLength(10);
    expect(b.proportions.reduce((a, c) => a + c)).toBeCloseTo(1, 12);
    // each bin holds the values binIndex puts in it
    const counts = new Array(10).fill(0);
    for (const row of rows) counts[binIndex(b.edges, row.bytes)]++;
    expect(b.proportions).toEqual(counts.map((c) => c / 100));
    expect(b.mean).toBe(50.5);
    expect(b.std).toBeCloseTo(Math.sqrt((100 * 100 - 1) / 12), 10); // population std of 1..n
    expect([b.min, b.max]).toEqual([1, 100]);
    expect(b.percentiles).toHaveLength(101);
    expect(b.percentiles?.[50]).toBe(50.5);
  });

  it("collapses tied deciles of a binary feature", () => {
    const b = baseline.features.flag;
    if (b.type !== "numeric") throw new Error("expected numeric");
    // numpy deciles of 70 zeros and 30 ones: 0 ×6, 0.29999999999999716, 1 ×2
    expect(b.edges).toHaveLength(3);
    expect(b.edges[0]).toBe(0);
    expect(b.edges[1]).toBeCloseTo(0.3, 12);
    expect(b.edges[2]).toBe(1);
    expect(b.proportions).toEqual([0, 0.7, 0, 0.3]);
  });

  it("gives categorical frequencies", () => {
    expect(baseline.features.proto).toEqual({ type: "categorical", frequencies: { tcp: 0.75, udp: 0.25 } });
  });

  it("bins scores on 20 equal-width bins", () => {
    expect(baseline.score?.edges).toHaveLength(19);
    expect(baseline.score?.proportions).toHaveLength(20);
    expect(baseline.score?.proportions.reduce((a, c) => a + c)).toBeCloseTo(1, 12);
    expect(baseline.score?.proportions[19]).toBeGreaterThan(0); // the score 1.0 is counted
  });

  it("leaves missing values out", () => {
    const withGaps = buildBaseline([{ bytes: null, proto: null, flag: 1 }, { bytes: 4, proto: "tcp", flag: 0 }], features, [0.5, 0.5], "gaps");
    const bytes = withGaps.features.bytes;
    if (bytes.type !== "numeric") throw new Error("expected numeric");
    expect(bytes.mean).toBe(4);
    expect(withGaps.features.proto).toEqual({ type: "categorical", frequencies: { tcp: 1 } });
    expect(Baseline.safeParse(withGaps).success).toBe(true);
  });
});
