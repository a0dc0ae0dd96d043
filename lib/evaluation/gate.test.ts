import { describe, expect, it } from "vitest";
import { dataChecksPass, gateChecks, type GateInput } from "./gate";

const flat = { estimate: 0.01, lower: -0.02, upper: 0.04 };
const input = (overrides: Partial<GateInput> = {}): GateInput => ({
  estimate: "weighted",
  events: 400,
  positives: 60,
  negatives: 340,
  difference: { precision: flat, recall: flat, averagePrecision: flat },
  level: 0.95,
  ...overrides,
});

describe("gateChecks", () => {
  it("passes with enough labels of both classes and no interval wholly below zero", () => {
    const checks = gateChecks(input());
    expect(checks.map((c) => [c.id, c.passed])).toEqual([
      ["labels", true],
      ["regression", true],
      ["approval", false],
    ]);
    expect(dataChecksPass(checks)).toBe(true);
  });

  it("fails on too few labels, or too few of one class", () => {
    expect(gateChecks(input({ events: 150 }))[0].passed).toBe(false);
    const fewAttacks = gateChecks(input({ positives: 12 }))[0];
    expect(fewAttacks.passed).toBe(false);
    expect(fewAttacks.detail).toMatch(/12 attacks/);
  });

  it("fails on a significant regression and names it", () => {
    const checks = gateChecks(input({ difference: { precision: flat, recall: { estimate: -0.08, lower: -0.12, upper: -0.03 }, averagePrecision: flat } }));
    expect(checks[1].passed).toBe(false);
    expect(checks[1].detail).toMatch(/recall −0\.080 \(95% interval −0\.120 to −0\.030\)/);
    expect(dataChecksPass(checks)).toBe(false);
  });

  it("does not count a worse but insignificant difference, and refuses undefined ones", () => {
    expect(gateChecks(input({ difference: { precision: { estimate: -0.05, lower: -0.2, upper: 0.01 }, recall: flat, averagePrecision: flat } }))[1].passed).toBe(true);
    expect(gateChecks(input({ difference: { precision: flat, recall: flat, averagePrecision: { estimate: null, lower: null, upper: null } } }))[1].passed).toBe(false);
  });

  it("cannot pass on alerted-only estimates: recall is invisible there", () => {
    const check = gateChecks(input({ estimate: "alerted-only" }))[1];
    expect(check.passed).toBe(false);
    expect(check.detail).toMatch(/audit sample/);
  });
});
