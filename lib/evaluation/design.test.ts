import { describe, expect, it } from "vitest";
import { DEFAULT_VERDICT_CLASS, type Verdict } from "@/lib/alerts/schemas";
import { buildDesign, type LabelledEvent, type StratumPopulation } from "./design";

const alerted = (score: number, verdict: Verdict, versionId = 1): LabelledEvent => ({ score, verdict, via: { versionId, alerted: true, auditSample: false, inclusionProbability: null } });
const audited = (score: number, verdict: Verdict, pi = 0.015, versionId = 1): LabelledEvent => ({ score, verdict, via: { versionId, alerted: false, auditSample: true, inclusionProbability: pi } });
const imported = (score: number, verdict: Verdict): LabelledEvent => ({ score, verdict, via: { versionId: 1, alerted: false, auditSample: false, inclusionProbability: null } });

describe("buildDesign", () => {
  it("is a census, unweighted over every mapped verdict, when every prediction has one", () => {
    const events = [alerted(0.9, "TRUE_POSITIVE"), imported(0.2, "FALSE_POSITIVE"), audited(0.1, "FALSE_POSITIVE"), imported(0.4, "BENIGN_POSITIVE")];
    const d = buildDesign(events, [], 4, DEFAULT_VERDICT_CLASS);
    expect(d.estimate).toBe("census");
    expect(d.weights).toBeUndefined();
    expect(Array.from(d.scores)).toEqual([0.9, 0.2, 0.1]);
    expect(Array.from(d.labels)).toEqual([1, 0, 0]);
    expect(d.counts).toEqual({ predictions: 4, labelled: 4, used: 3, excludedByMapping: { BENIGN_POSITIVE: 1 }, excludedUnknownDesign: 0 });
  });

  it("weights alerts by 1 / coverage and audit samples by 1 / (π · coverage)", () => {
    const populations: StratumPopulation[] = [{ versionId: 1, alerts: 4, auditSamples: [{ inclusionProbability: 0.02, count: 3 }] }];
    const events = [
      alerted(0.95, "TRUE_POSITIVE"),
      alerted(0.9, "FALSE_POSITIVE"),
      alerted(0.85, "UNDETERMINED"), // judged, though not a class: it counts toward coverage
      audited(0.3, "FALSE_POSITIVE", 0.02),
      audited(0.2, "TRUE_POSITIVE", 0.02),
      imported(0.5, "TRUE_POSITIVE"), // unknown design: left out
    ];
    const d = buildDesign(events, populations, 1000, DEFAULT_VERDICT_CLASS);
    expect(d.estimate).toBe("weighted");
    const [alerts, audit, other] = d.strataSummary;
    expect(alerts).toMatchObject({ kind: "alerted", population: 4, labelled: 3, used: 2, coverage: 0.75 });
    expect(alerts.weight).toBeCloseTo(4 / 3, 15);
    expect(audit).toMatchObject({ kind: "audit-sample", inclusionProbability: 0.02, population: 3, labelled: 2, used: 2 });
    expect(audit.weight).toBeCloseTo(1 / (0.02 * (2 / 3)), 12);
    expect(other.kind).toBe("other");
    expect(Array.from(d.weights!)).toEqual([alerts.weight, alerts.weight, audit.weight, audit.weight]);
    expect(Array.from(d.strata)).toEqual([0, 0, 1, 1]);
    expect(d.counts).toMatchObject({ labelled: 6, used: 4, excludedByMapping: { UNDETERMINED: 1 }, excludedUnknownDesign: 1 });
    // The volume sample keeps the undetermined event too: it is a prediction like any other.
    expect(d.volume?.scores.length).toBe(5);
  });

  it("gives exactly 1 and 1/π when every alert and audit sample is judged", () => {
    const populations: StratumPopulation[] = [{ versionId: 1, alerts: 1, auditSamples: [{ inclusionProbability: 0.015, count: 1 }] }];
    const d = buildDesign([alerted(0.9, "TRUE_POSITIVE"), audited(0.1, "FALSE_POSITIVE")], populations, 500, DEFAULT_VERDICT_CLASS);
    expect(d.weights![0]).toBe(1);
    expect(d.weights![1]).toBeCloseTo(1 / 0.015, 12);
  });

  it("uses alerted events only, unweighted, without an audit sample", () => {
    const d = buildDesign([alerted(0.9, "TRUE_POSITIVE"), alerted(0.8, "FALSE_POSITIVE"), imported(0.2, "FALSE_POSITIVE")], [{ versionId: 1, alerts: 10, auditSamples: [] }], 100, DEFAULT_VERDICT_CLASS);
    expect(d.estimate).toBe("alerted-only");
    expect(d.weights).toBeUndefined();
    expect(Array.from(d.labels)).toEqual([1, 0]);
    expect(d.counts.excludedUnknownDesign).toBe(1);
    expect(d.volume).toBeNull();
  });

  it("keeps strata of different versions apart (a challenger evaluated on the champion's verdicts)", () => {
    const populations: StratumPopulation[] = [
      { versionId: 1, alerts: 2, auditSamples: [{ inclusionProbability: 0.5, count: 2 }] },
      { versionId: 2, alerts: 1, auditSamples: [] },
    ];
    const d = buildDesign([alerted(0.9, "TRUE_POSITIVE", 1), alerted(0.7, "FALSE_POSITIVE", 2), audited(0.2, "FALSE_POSITIVE", 0.5, 1)], populations, 50, DEFAULT_VERDICT_CLASS);
    expect(d.strataSummary.map((s) => [s.key, s.weight])).toEqual([
      ["1:alerted", 2],
      ["2:alerted", 1],
      ["1:audit:0.5", 4],
    ]);
  });

  it("carries another version's score along with each row it keeps", () => {
    const events = [
      { ...alerted(0.9, "TRUE_POSITIVE"), pairedScore: 0.4 },
      { ...alerted(0.8, "BENIGN_POSITIVE"), pairedScore: 0.7 },
      { ...alerted(0.6, "FALSE_POSITIVE"), pairedScore: 0.2 },
    ];
    const d = buildDesign(events, [], 10, DEFAULT_VERDICT_CLASS);
    expect(Array.from(d.pairedScores!)).toEqual([0.4, 0.2]);
    expect(buildDesign([alerted(0.9, "TRUE_POSITIVE")], [], 10, DEFAULT_VERDICT_CLASS).pairedScores).toBeUndefined();
  });

  it("honours another mapping (benign positives as positives)", () => {
    const d = buildDesign([alerted(0.9, "BENIGN_POSITIVE")], [], 1, { ...DEFAULT_VERDICT_CLASS, BENIGN_POSITIVE: 1 });
    expect(Array.from(d.labels)).toEqual([1]);
  });
});
