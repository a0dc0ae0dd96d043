import { describe, expect, it } from "vitest";
import { aggregateLabelQuality, delayOf, kappaOf, type LabelFact, type ReviewFact } from "./aggregate";

const MIN = 60_000;
const A = "user-a";
const B = "user-b";

// Five predictions at t = 0. Expected values below are worked out by hand in the comments.
const label = (id: number, predictionId: number, verdict: LabelFact["verdict"], reasonCode: string | null, by: string | null, atMin: number, supersedesId: number | null = null): LabelFact => ({
  id,
  predictionId,
  predictionTime: 0,
  verdict,
  reasonCode,
  labelledById: by,
  at: atMin * MIN,
  supersedesId,
});
const LABELS: LabelFact[] = [
  label(1, 1, "TRUE_POSITIVE", null, A, 10),
  label(2, 2, "FALSE_POSITIVE", "detection_logic", A, 20),
  label(3, 2, "TRUE_POSITIVE", null, B, 60, 2), // overturns 2 (FP → TP)
  label(4, 3, "FALSE_POSITIVE", "known_benign_tool", B, 30),
  label(5, 3, "FALSE_POSITIVE", "duplicate", A, 90, 4), // same verdict: not an overturn of 4
  label(6, 4, "BENIGN_POSITIVE", "authorised_activity", A, 40),
  label(7, 5, "FALSE_POSITIVE", "authorised_activity", null, 5), // imported: out of scope
  label(8, 5, "TRUE_POSITIVE", null, B, 100, 7),
];
const REVIEWS: ReviewFact[] = [
  { labelId: 1, verdict: "TRUE_POSITIVE" }, // agree
  { labelId: 2, verdict: "TRUE_POSITIVE" }, // disagree (the label was later overturned: still a pair)
  { labelId: 4, verdict: "FALSE_POSITIVE" }, // agree
  { labelId: 6, verdict: "FALSE_POSITIVE" }, // disagree
  { labelId: 8, verdict: "TRUE_POSITIVE" }, // agree
  { labelId: 99, verdict: "FALSE_POSITIVE" }, // a label outside the window: ignored
];
const PEOPLE = [
  { id: A, name: "Ana", email: "ana@x" },
  { id: B, name: "Bo", email: "bo@x" },
];

const report = aggregateLabelQuality({ labels: LABELS, reviews: REVIEWS, people: PEOPLE, minPairs: 3 });

describe("aggregateLabelQuality on a hand-worked set", () => {
  it("counts people's verdicts, overturns and pairs overall", () => {
    // labels 1–6 and 8 (7 is imported); only 2 was superseded by a different verdict.
    expect(report.totals).toMatchObject({ labels: 7, overturned: 1, pairs: 5, agreed: 3 });
    expect(report.totals.overturnRate).toBeCloseTo(1 / 7, 15);
    expect(report.totals.agreementRate).toBeCloseTo(0.6, 15);
  });

  it("measures delay from event to each prediction's first verdict given by a person", () => {
    // first verdicts: 10, 20, 30, 40 minutes (prediction 5's first is imported: left out).
    // numpy linear quantiles: median 25; p90 at h = 2.7 → 30 + 0.7·10 = 37.
    expect(report.totals.delay).toEqual({ n: 4, medianMs: 25 * MIN, p90Ms: 37 * MIN });
  });

  it("gives kappa over the four verdicts and over the binary classes", () => {
    // first TP FP FP BP TP, second TP TP FP FP TP: pₒ = 3/5; pₑ = 2/5·3/5 + 2/5·2/5 + 1/5·0 = 2/5; κ = (0.6 − 0.4)/0.6 = 1/3.
    expect(report.agreement.verdicts.n).toBe(5);
    expect(report.agreement.verdicts.observedAgreement).toBeCloseTo(0.6, 14);
    expect(report.agreement.verdicts.expectedAgreement).toBeCloseTo(0.4, 14);
    expect(report.agreement.verdicts.kappa).toBeCloseTo(1 / 3, 14);
    // BP/FP pair dropped: first 1 0 0 1, second 1 1 0 1: pₒ = 3/4, pₑ = ½·¾ + ½·¼ = ½, κ = 0.5.
    expect(report.agreement.binary.n).toBe(4);
    expect(report.agreement.binary.categories).toEqual(["0", "1"]);
    expect(report.agreement.binary.kappa).toBeCloseTo(0.5, 14);
    expect(report.agreement.confusion).toEqual([
      { first: "BENIGN_POSITIVE", second: "FALSE_POSITIVE", n: 1 },
      { first: "FALSE_POSITIVE", second: "FALSE_POSITIVE", n: 1 },
      { first: "FALSE_POSITIVE", second: "TRUE_POSITIVE", n: 1 },
      { first: "TRUE_POSITIVE", second: "TRUE_POSITIVE", n: 2 },
    ]);
  });

  it("credits each analyst as first labeller, with kappa only from the minimum number of pairs", () => {
    const [ana, bo] = report.analysts;
    // Ana: labels 1, 2, 5, 6; 2 overturned; pairs on 1 (agree), 2, 6; first verdicts at 10, 20, 40 min.
    expect(ana).toMatchObject({ id: A, name: "Ana", labels: 4, overturned: 1, overturnRate: 0.25, pairs: 3, agreed: 1 });
    expect(ana.delay).toEqual({ n: 3, medianMs: 20 * MIN, p90Ms: 36 * MIN });
    // TP FP BP vs TP TP FP: pₒ = 1/3, pₑ = 1/3·2/3 + 1/3·1/3 = 1/3 → κ = 0.
    expect(ana.kappa.kappa).toBeCloseTo(0, 14);
    expect(ana.kappa.undefinedReason).toBeNull();
    // Bo: labels 3, 4, 8; 4 was superseded by the same verdict; two pairs, both agree: too few for kappa.
    expect(bo).toMatchObject({ id: B, labels: 3, overturned: 0, overturnRate: 0, pairs: 2, agreed: 2, agreementRate: 1 });
    expect(bo.kappa).toMatchObject({ n: 2, kappa: null, ci95: null, undefinedReason: "too_few" });
    expect(bo.delay).toEqual({ n: 1, medianMs: 30 * MIN, p90Ms: 30 * MIN });
  });

  it("breaks overturns, agreement and delay down by the first verdict's reason code", () => {
    const rows = report.reasons.map((r) => [r.reasonCode, r.labels, r.overturned, r.pairs, r.agreed, r.delay.n]);
    expect(rows).toEqual([
      ["detection_logic", 1, 1, 1, 0, 1],
      ["authorised_activity", 1, 0, 1, 0, 1],
      ["known_benign_tool", 1, 0, 1, 1, 1],
      ["duplicate", 1, 0, 0, 0, 0],
      [null, 3, 0, 2, 2, 1],
    ]);
    expect(report.reasons[0].overturnRate).toBe(1);
    expect(report.reasons[3].agreementRate).toBeNull();
  });

  it("is empty, not zero, without data", () => {
    const empty = aggregateLabelQuality({ labels: [], reviews: [], people: [], minPairs: 20 });
    expect(empty.totals).toEqual({ labels: 0, overturned: 0, overturnRate: null, pairs: 0, agreed: 0, agreementRate: null, delay: { n: 0, medianMs: null, p90Ms: null } });
    expect(empty.agreement.verdicts.undefinedReason).toBe("no_pairs");
    expect(empty.analysts).toEqual([]);
  });
});

describe("kappaOf and delayOf", () => {
  it("says too few below the minimum, and single category when both always agree on one", () => {
    expect(kappaOf(["a", "b"], ["a", "b"], 3).undefinedReason).toBe("too_few");
    expect(kappaOf(["a", "b", "a"], ["a", "b", "a"], 3).kappa).toBe(1);
    expect(kappaOf(["a", "a", "a"], ["a", "a", "a"], 3).undefinedReason).toBe("single_category");
  });

  it("takes numpy's linear quantiles", () => {
    expect(delayOf([5])).toEqual({ n: 1, medianMs: 5, p90Ms: 5 });
    expect(delayOf([40, 10, 30, 20])).toEqual({ n: 4, medianMs: 25, p90Ms: 37 });
  });
});
