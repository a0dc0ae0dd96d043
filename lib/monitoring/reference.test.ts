import { describe, expect, it } from "vitest";
import type { Baseline } from "@/lib/registry/schemas";
import { SCORE_BINS, type WindowCounts } from "./daily-counts";
import { layoutOf, referenceFromBaseline, referenceFromWindow, regroup } from "./reference";

const baseline: Baseline = {
  n: 1000,
  source: "training window",
  features: {
    bytes: { type: "numeric", edges: [10, 100], proportions: [0.2, 0.5, 0.3], mean: 60, std: 40, min: 0, max: 500 },
    ports: { type: "numeric", edges: [], proportions: [], mean: 0, std: 0 },
    proto: { type: "categorical", frequencies: { tcp: 0.7, udp: 0.2995, icmp: 0.0005 } },
  },
  // 20 equal-width bins, as lib/registry/baseline.ts builds them
  score: { edges: Array.from({ length: 19 }, (_, k) => (k + 1) / 20), proportions: Array.from({ length: 20 }, (_, k) => (k < 10 ? 0.09 : 0.01)) },
};
const features = [
  { name: "bytes", type: "numeric" as const },
  { name: "ports", type: "numeric" as const },
  { name: "proto", type: "categorical" as const },
  { name: "absent", type: "numeric" as const },
];

describe("layoutOf", () => {
  it("gives numeric features the baseline's bin count, and none without edges", () => {
    expect(layoutOf(features, baseline)).toEqual([
      { name: "bytes", type: "numeric", bins: 3 },
      { name: "ports", type: "numeric", bins: 1 },
      { name: "proto", type: "categorical", bins: 0 },
      { name: "absent", type: "numeric", bins: 0 },
    ]);
    expect(layoutOf(features, null).every((f) => f.bins === 0)).toBe(true);
  });
});

describe("referenceFromBaseline", () => {
  const reference = referenceFromBaseline(baseline, layoutOf(features, baseline));

  it("turns proportions into whole counts of the baseline's n", () => {
    expect(reference.numeric.get("bytes")).toEqual({ edges: [10, 100], counts: [200, 500, 300], std: 40, outer: { min: 0, max: 500 } });
    expect(reference.categorical.get("proto")).toEqual(new Map([["tcp", 700], ["udp", 300], ["icmp", 1]]));
  });

  it("leaves out numeric features whose bins cannot carry a distribution", () => {
    expect(reference.numeric.has("ports")).toBe(false);
    expect(reference.numeric.has("absent")).toBe(false);
  });

  it("regroups the baseline's 20 score bins onto the 10 the roll-ups' 50 also meet", () => {
    expect(reference.score).toHaveLength(10);
    expect(reference.score!.slice(0, 5).map((c) => Math.round(c))).toEqual([180, 180, 180, 180, 180]);
    expect(reference.score!.reduce((a, b) => a + b, 0)).toBeCloseTo(1000, 9);
  });
});

describe("referenceFromWindow", () => {
  it("takes counts from the window and the spread from its moments", () => {
    const window: WindowCounts = {
      n: 10,
      alerts: 0,
      auditSamples: 0,
      scoreSum: 3,
      score: new Array(SCORE_BINS).fill(0).map((_, i) => (i === 0 ? 10 : 0)),
      numeric: new Map([["bytes", [1, 6, 3]]]),
      categorical: new Map([["proto", new Map([["tcp", 10]])]]),
      moments: new Map([["bytes", { n: 4, sum: 8, sumSquares: 20, missing: 0 }]]),
    };
    const reference = referenceFromWindow(baseline, layoutOf(features, baseline), window);
    // population variance of a sample with Σx = 8, Σx² = 20, n = 4: 20/4 − 2² = 1
    expect(reference.numeric.get("bytes")).toEqual({ edges: [10, 100], counts: [1, 6, 3], std: 1, outer: { min: 0, max: 500 } });
    expect(reference.categorical.get("proto")).toEqual(new Map([["tcp", 10]]));
    expect(reference.score).toHaveLength(SCORE_BINS);
    expect(reference.n).toBe(10);
  });
});

describe("regroup", () => {
  it("sums consecutive bins and refuses a grid that does not divide", () => {
    expect(regroup([1, 2, 3, 4, 5, 6], 3)).toEqual([3, 7, 11]);
    expect(() => regroup([1, 2, 3], 2)).toThrow(RangeError);
  });
});
