import { describe, expect, it } from "vitest";
import type { Baseline } from "@/lib/registry/schemas";
import { psi } from "@/lib/stats/psi";
import { SCORE_BINS, type WindowCounts } from "./daily-counts";
import { binLabels, featureDistributions, formatEdge, MAX_CATEGORIES, scoreDistribution } from "./distributions";
import { layoutOf, referenceFromBaseline } from "./reference";

const baseline: Baseline = {
  n: 1000,
  features: {
    dns: { type: "numeric", edges: [10, 25.5, 1e6], proportions: [0.25, 0.25, 0.25, 0.25], mean: 1, std: 1, min: 0, max: 2e6 },
    host: { type: "categorical", frequencies: Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`h${String(i).padStart(2, "0")}`, 1 / 20])) },
  },
  score: { edges: Array.from({ length: 19 }, (_, k) => (k + 1) / 20), proportions: new Array(20).fill(0.05) },
};
const layout = layoutOf([{ name: "dns", type: "numeric" }, { name: "host", type: "categorical" }], baseline);
const reference = referenceFromBaseline(baseline, layout);
const current: WindowCounts = {
  n: 100,
  alerts: 0,
  auditSamples: 0,
  scoreSum: 10,
  score: Array.from({ length: SCORE_BINS }, (_, i) => (i < 10 ? 10 : 0)),
  numeric: new Map([["dns", [10, 10, 40, 40]]]),
  categorical: new Map([["host", new Map([["h00", 50], ["new-host", 50]])]]),
  moments: new Map(),
};

describe("featureDistributions", () => {
  const [dns, host] = featureDistributions(layout, reference, current);

  it("labels numeric bins by their edges and gives both sides as proportions", () => {
    expect(dns.labels).toEqual(["< 10", "10 – 25.5", "25.5 – 1.00e+6", "≥ 1.00e+6"]);
    expect(dns.reference).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(dns.current).toEqual([0.1, 0.1, 0.4, 0.4]);
    expect(dns.contributions.reduce((a, b) => a + b, 0)).toBeCloseTo(psi([250, 250, 250, 250], [10, 10, 40, 40]), 12);
  });

  it("pools the least common categories so a chart stays legible, keeping new ones visible", () => {
    expect(host.labels).toHaveLength(MAX_CATEGORIES);
    expect(host.labels.slice(0, 2)).toEqual(["h00", "new-host"]);
    expect(host.labels[MAX_CATEGORIES - 1]).toBe(`other (${21 - (MAX_CATEGORIES - 1)})`);
    expect(host.current.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});

describe("scoreDistribution", () => {
  it("regroups both sides onto the 10 bins they share", () => {
    const score = scoreDistribution(reference, current)!;
    expect(score.labels[0]).toBe("0–0.1");
    expect(score.reference).toEqual(new Array(10).fill(0.1));
    expect(score.current.slice(0, 3)).toEqual([0.5, 0.5, 0]);
  });
});

describe("formatEdge and binLabels", () => {
  it("keeps three significant digits", () => {
    expect([formatEdge(0), formatEdge(1234.5), formatEdge(0.0001234), formatEdge(3)]).toEqual(["0", "1230", "0.000123", "3"]);
    expect(binLabels([])).toEqual(["all"]);
  });
});
