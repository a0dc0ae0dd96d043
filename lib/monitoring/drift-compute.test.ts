import { describe, expect, it } from "vitest";
import type { Baseline } from "@/lib/registry/schemas";
import { categoricalFeatureDrift, numericFeatureDrift } from "@/lib/stats/drift-features";
import { DEFAULT_DRIFT_CONFIG } from "@/lib/stats/drift-decision";
import { ksTwoSampleFromHistograms } from "@/lib/stats/ks-test";
import { benjaminiHochberg } from "@/lib/stats/multiple-testing";
import { psi } from "@/lib/stats/psi";
import { SCORE_BINS, type WindowCounts } from "./daily-counts";
import { alignCategories, computeFeatureDrift, computeScoreShift } from "./drift-compute";
import { layoutOf, referenceFromBaseline } from "./reference";

const baseline: Baseline = {
  n: 20_000,
  features: {
    dns: { type: "numeric", edges: [10, 20, 30, 40], proportions: [0.2, 0.2, 0.2, 0.2, 0.2], mean: 25, std: 14, min: 0, max: 60 },
    bytes: { type: "numeric", edges: [1, 2, 3], proportions: [0.25, 0.25, 0.25, 0.25], mean: 2, std: 1.1, min: 0, max: 4 },
    proto: { type: "categorical", frequencies: { tcp: 0.8, udp: 0.2 } },
    ports: { type: "numeric", edges: [], proportions: [], mean: 0, std: 0 },
  },
  score: { edges: Array.from({ length: 19 }, (_, k) => (k + 1) / 20), proportions: new Array(20).fill(0.05) },
};
const features = [
  { name: "dns", type: "numeric" as const },
  { name: "bytes", type: "numeric" as const },
  { name: "proto", type: "categorical" as const },
  { name: "ports", type: "numeric" as const },
];
const layout = layoutOf(features, baseline);
const reference = referenceFromBaseline(baseline, layout);

function window(parts: { dns: number[]; bytes: number[]; proto: [string, number][]; score?: number[] }): WindowCounts {
  const n = parts.dns.reduce((a, b) => a + b, 0);
  return {
    n,
    alerts: 0,
    auditSamples: 0,
    scoreSum: n * 0.5,
    score: parts.score ?? new Array(SCORE_BINS).fill(n / SCORE_BINS),
    numeric: new Map([["dns", parts.dns], ["bytes", parts.bytes], ["ports", [n]]]),
    categorical: new Map([["proto", new Map(parts.proto)]]),
    moments: new Map(),
  };
}

describe("computeFeatureDrift", () => {
  const stable = window({ dns: [400, 400, 400, 400, 400], bytes: [500, 500, 500, 500], proto: [["tcp", 1600], ["udp", 400]] });
  // The patched host: DNS queries move up two bins' worth; a new protocol appears.
  const shifted = window({ dns: [100, 100, 300, 700, 800], bytes: [500, 500, 500, 500], proto: [["tcp", 1500], ["udp", 400], ["quic", 100]] });

  it("finds nothing in a window that looks like the baseline", () => {
    const out = computeFeatureDrift(layout, reference, stable, DEFAULT_DRIFT_CONFIG);
    expect(out.map((f) => f.drift)).toEqual([false, false, false, false]);
    expect(out[0].psi).toBeCloseTo(0, 9);
  });

  it("reports what lib/stats computes for each feature, with p-values adjusted across the window", () => {
    const out = computeFeatureDrift(layout, reference, shifted, DEFAULT_DRIFT_CONFIG);
    const dns = numericFeatureDrift({ feature: "dns", edges: [10, 20, 30, 40], referenceCounts: [4000, 4000, 4000, 4000, 4000], currentCounts: [100, 100, 300, 700, 800], referenceStd: 14, outer: { min: 0, max: 60 }, ksMethod: "limit" });
    expect(out[0]).toMatchObject({ feature: "dns", type: "numeric", n: 2000, psi: dns.psi, ks: dns.ks, wasserstein: dns.wasserstein, wassersteinNormalized: dns.wassersteinNormalized, drift: true });
    const aligned = alignCategories(new Map([["tcp", 16_000], ["udp", 4000]]), new Map([["tcp", 1500], ["udp", 400], ["quic", 100]]));
    expect(aligned.categories).toEqual(["tcp", "udp", "quic"]);
    const proto = categoricalFeatureDrift({ feature: "proto", ...aligned });
    expect(out[2]).toMatchObject({ psi: proto.psi, chiSquare: proto.chiSquare, jensenShannon: proto.jensenShannon, ks: null, wasserstein: null });
    const raw = [out[0].ks!.pValue, out[1].ks!.pValue, proto.chiSquare.pValue];
    const adjusted = benjaminiHochberg(raw);
    expect([out[0].adjustedPValue, out[1].adjustedPValue, out[2].adjustedPValue]).toEqual([...adjusted]);
    expect(out[1].drift).toBe(false);
  });

  it("says a numeric feature without baseline bins is not measured, and leaves it out of the correction", () => {
    const out = computeFeatureDrift(layout, reference, shifted, DEFAULT_DRIFT_CONFIG);
    expect(out[3]).toMatchObject({ feature: "ports", psi: null, ks: null, drift: false, adjustedPValue: null });
    expect(out[3].reason).toMatch(/^not measured/);
  });

  it("applies the version's thresholds", () => {
    const strict = computeFeatureDrift(layout, reference, shifted, { ...DEFAULT_DRIFT_CONFIG, psi: 5 });
    expect(strict[0].drift).toBe(false);
    expect(strict[0].reason).toMatch(/PSI .* < 5/);
  });
});

describe("computeScoreShift", () => {
  it("compares scores on the 10 bins the baseline and the roll-ups share", () => {
    const score = new Array(SCORE_BINS).fill(0);
    for (let b = 0; b < SCORE_BINS; b++) score[b] = b < 25 ? 10 : 70; // mass moved to the top half
    const current = window({ dns: [400, 400, 400, 400, 400], bytes: [500, 500, 500, 500], proto: [["tcp", 2000]], score });
    const out = computeScoreShift(reference, current, DEFAULT_DRIFT_CONFIG);
    const expected = new Array(10).fill(2000);
    const actual = Array.from({ length: 10 }, (_, k) => (k < 5 ? 50 : 350));
    expect(out.psi).toBeCloseTo(psi(expected, actual), 12);
    expect(out.ks).toEqual({ statistic: ksTwoSampleFromHistograms(expected, actual, { method: "limit" }).statistic, pValue: ksTwoSampleFromHistograms(expected, actual, { method: "limit" }).pValue });
    expect(out.drift).toBe(true);
    // One CDF lies below the other everywhere, so W1 is the difference of the means on the bin
    // midpoints: 0.125·0.25 + 0.875·0.75 − 0.5 = 0.1875.
    expect(out.wasserstein).toBeCloseTo(0.1875, 12);
  });

  it("says so when the reference has no score distribution", () => {
    const noScore = referenceFromBaseline({ ...baseline, score: undefined }, layout);
    const out = computeScoreShift(noScore, window({ dns: [1, 1, 1, 1, 1], bytes: [1, 1, 1, 2], proto: [] }), DEFAULT_DRIFT_CONFIG);
    expect(out).toMatchObject({ psi: null, drift: false });
    expect(out.reason).toMatch(/^not measured/);
  });
});
