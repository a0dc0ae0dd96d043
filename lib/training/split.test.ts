import { describe, expect, it } from "vitest";
import { stratifiedHoldout } from "./split";

const labels = (positives: number, negatives: number) => [...Array(positives).fill(1), ...Array(negatives).fill(0)];

describe("stratifiedHoldout", () => {
  it("holds out round(fraction × n) of each class and keeps every row exactly once", () => {
    const y = labels(30, 170);
    const { train, holdout } = stratifiedHoldout(y, 0.2, 7);
    expect(holdout.filter((i) => y[i] === 1)).toHaveLength(6);
    expect(holdout.filter((i) => y[i] === 0)).toHaveLength(34);
    expect([...train, ...holdout].sort((a, b) => a - b)).toEqual(y.map((_, i) => i));
    expect(train).toEqual([...train].sort((a, b) => a - b));
    expect(holdout).toEqual([...holdout].sort((a, b) => a - b));
  });

  it("is the same for the same seed and differs for another", () => {
    const y = labels(40, 60);
    expect(stratifiedHoldout(y, 0.25, 11)).toEqual(stratifiedHoldout(y, 0.25, 11));
    expect(stratifiedHoldout(y, 0.25, 11).holdout).not.toEqual(stratifiedHoldout(y, 0.25, 12).holdout);
  });

  it("keeps at least one row of a small class on each side, and a single row in training", () => {
    const y = labels(2, 50);
    const { train, holdout } = stratifiedHoldout(y, 0.1, 3);
    expect(holdout.filter((i) => y[i] === 1)).toHaveLength(1);
    expect(train.filter((i) => y[i] === 1)).toHaveLength(1);
    const single = stratifiedHoldout(labels(1, 9), 0.5, 3);
    expect(single.train).toContain(0);
  });

  it("refuses a fraction outside (0, 1)", () => {
    expect(() => stratifiedHoldout([0, 1], 0, 1)).toThrow(RangeError);
    expect(() => stratifiedHoldout([0, 1], 1, 1)).toThrow(RangeError);
  });
});
