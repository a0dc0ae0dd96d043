import { describe, expect, it } from "vitest";
import { addTo, emptyCell, groupErrorRates, wilsonInterval, type GroupCounts, type WeightedCell } from "./group-rates";

const cell = (n: number, weight = 1): WeightedCell => {
  const c = emptyCell();
  for (let i = 0; i < n; i++) addTo(c, weight);
  return c;
};
const merge = (a: WeightedCell, b: WeightedCell): WeightedCell => ({ n: a.n + b.n, w: a.w + b.w, w2: a.w2 + b.w2 });
const group = (name: string, fp: number, tn: number, fn: number, tp: number): GroupCounts => ({ group: name, fp: cell(fp), tn: cell(tn), fn: cell(fn), tp: cell(tp) });

describe("wilsonInterval", () => {
  // Reference values worked out by hand from centre ± half-width with z = 1.959964.
  it("matches the score interval for p = 0.2, n = 50", () => {
    const ci = wilsonInterval(0.2, 50);
    expect(ci.low).toBeCloseTo(0.1124375001577611, 12);
    expect(ci.high).toBeCloseTo(0.3303710593222542, 12);
  });
  it("is symmetric around one half", () => {
    const ci = wilsonInterval(0.5, 10);
    expect(ci.low).toBeCloseTo(0.236593090512564, 12);
    expect(ci.high).toBeCloseTo(0.7634069094874361, 12);
  });
  it("is the whole unit interval without trials", () => {
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
  });
});

describe("groupErrorRates", () => {
  it("computes FPR and FNR per group with Wilson intervals", () => {
    const out = groupErrorRates([group("finance", 10, 40, 2, 38)]);
    const g = out.groups[0];
    expect(g.fpr.rate).toBeCloseTo(0.2, 15);
    expect(g.fpr.n).toBe(50);
    expect(g.fpr.nEff).toBeCloseTo(50, 12);
    expect(g.fpr.ci!.low).toBeCloseTo(0.1124375001577611, 12);
    expect(g.fnr.rate).toBeCloseTo(0.05, 15);
    expect(g.fnr.ci!.low).toBeCloseTo(0.013820667386148344, 12);
    expect(g.fnr.ci!.high).toBeCloseTo(0.16503877369140962, 12);
    expect(g.fpr.status).toBe("ok");
    expect(out.reference.fpr).toBe("finance");
  });

  it("uses the Kish effective sample size for weighted counts", () => {
    // 8 FP and 32 TN at weight 1, 10 audit-sample TN at weight 10: Σw = 140, Σw² = 1040.
    const g: GroupCounts = { group: "hr", fp: cell(8), tn: merge(cell(32), cell(10, 10)), fn: cell(0), tp: cell(0) };
    const rate = groupErrorRates([g]).groups[0].fpr;
    expect(rate.rate).toBeCloseTo(8 / 140, 15);
    expect(rate.n).toBe(50);
    expect(rate.nEff).toBeCloseTo(140 ** 2 / 1040, 12);
    expect(rate.ci!.low).toBeCloseTo(0.010697495953116906, 12);
    expect(rate.ci!.high).toBeCloseTo(0.2535570583967488, 12);
  });

  it("flags a group whose rate exceeds 1.25 × the lowest group's", () => {
    // FPR: a = 5/50 = 0.1 (reference), b = 6/50 = 0.12 (ratio 1.2, within), c = 7/50 = 0.14 (ratio 1.4).
    const out = groupErrorRates([group("a", 5, 45, 3, 30), group("b", 6, 44, 3, 30), group("c", 7, 43, 3, 30)]);
    const [a, b, c] = out.groups;
    expect(out.reference.fpr).toBe("a");
    expect(a.fpr.ratio).toBeCloseTo(1, 15);
    expect(b.fpr.ratio).toBeCloseTo(1.2, 12);
    expect(c.fpr.ratio).toBeCloseTo(1.4, 12);
    expect([a.fpr.status, b.fpr.status, c.fpr.status]).toEqual(["ok", "ok", "flagged"]);
    // equal FNRs: nothing flagged
    expect(out.groups.map((g) => g.fnr.status)).toEqual(["ok", "ok", "ok"]);
  });

  it("never flags or references a group below the minimum n", () => {
    // "tiny" has the lowest and the highest-looking rates but only 10 labels per class.
    const out = groupErrorRates([group("big", 10, 90, 10, 90), group("tiny", 0, 10, 9, 1)]);
    const tiny = out.groups[1];
    expect(tiny.fpr.status).toBe("insufficient");
    expect(tiny.fnr.status).toBe("insufficient");
    expect(tiny.fnr.rate).toBeCloseTo(0.9, 15);
    expect(tiny.fnr.ratio).toBeNull();
    expect(out.reference).toEqual({ fpr: "big", fnr: "big" });
  });

  it("honours a custom minimum n and reports no rate without labels", () => {
    const out = groupErrorRates([group("a", 1, 9, 0, 0)], { minN: 10 });
    expect(out.groups[0].fpr.status).toBe("ok");
    expect(out.groups[0].fnr).toMatchObject({ rate: null, ci: null, n: 0, status: "insufficient" });
    expect(out.reference.fnr).toBeNull();
  });

  it("flags any positive rate against a zero-rate reference, with no ratio", () => {
    const out = groupErrorRates([group("a", 0, 40, 0, 40), group("b", 2, 38, 0, 40)]);
    expect(out.groups[1].fpr).toMatchObject({ status: "flagged", ratio: null });
    expect(out.groups[0].fpr.status).toBe("ok");
  });
});
