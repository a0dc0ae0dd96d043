import { describe, expect, it } from "vitest";
import { confusionFromCounts } from "@/lib/stats/confusion";
import type { OperatingPoint } from "./operating-points";
import { choosePreset } from "./presets";

/** An operating point from counts: 100 positives and 900 negatives in all. */
function point(threshold: number, tp: number, fp: number, flagged: number | null = null): OperatingPoint {
  return { ...confusionFromCounts(threshold, tp, fp, 900 - fp, 100 - tp), flagged };
}

// Raising the threshold trades recall for precision.
const POINTS: OperatingPoint[] = [
  point(0.1, 100, 900),
  point(0.2, 99, 400),
  point(0.3, 98, 150),
  point(0.4, 95, 30),
  point(0.5, 90, 8),
  point(0.6, 80, 3),
  point(0.7, 50, 1),
  point(0.9, 10, 0),
];

describe("choosePreset", () => {
  it("breach response: the highest threshold with recall >= 0.98 (fewest alerts)", () => {
    const c = choosePreset("breach-response", POINTS, { estimate: "weighted" });
    expect(c).toMatchObject({ met: true, threshold: 0.3 });
    expect(c.message).toMatch(/0\.980/);
  });

  it("executive dashboard: the lowest threshold with precision >= 0.95 (most attacks caught)", () => {
    // 0.5: 90 / 98 = 0.918; 0.6: 80 / 83 = 0.964
    expect(choosePreset("executive-dashboard", POINTS, { estimate: "weighted" })).toMatchObject({ met: true, threshold: 0.6 });
  });

  it("SIEM alerting: the best F1, met when it reaches 0.85", () => {
    // F1 at 0.4: 2·(95/125)(0.95)/(…) ≈ 0.844; at 0.5: P 0.918, R 0.9 → 0.909
    const c = choosePreset("siem-alerting", POINTS, { estimate: "census" });
    expect(c).toMatchObject({ met: true, threshold: 0.5 });
  });

  it("says a rule cannot be met, and shows the closest point without applying it", () => {
    const noisy = [point(0.2, 100, 800), point(0.5, 60, 300), point(0.8, 20, 40)];
    const exec = choosePreset("executive-dashboard", noisy, { estimate: "weighted" });
    expect(exec).toMatchObject({ met: false, threshold: null });
    expect(exec.closest?.threshold).toBe(0.8);
    expect(exec.message).toMatch(/No threshold reaches precision 0.95/);
    const siem = choosePreset("siem-alerting", noisy, { estimate: "weighted" });
    expect(siem).toMatchObject({ met: false, threshold: null });
    expect(siem.message).toMatch(/short of the 0.85 target/);
    const breach = choosePreset("breach-response", [point(0.5, 90, 10), point(0.6, 50, 1)], { estimate: "weighted" });
    expect(breach).toMatchObject({ met: false, threshold: null });
    expect(breach.closest?.threshold).toBe(0.5);
  });

  it("refuses recall-based rules on alerted-only estimates, and keeps precision above the floor", () => {
    expect(choosePreset("breach-response", POINTS, { estimate: "alerted-only" })).toMatchObject({ met: false, threshold: null, message: expect.stringMatching(/audit sample/) });
    expect(choosePreset("siem-alerting", POINTS, { estimate: "alerted-only" }).met).toBe(false);
    expect(choosePreset("executive-dashboard", POINTS, { estimate: "alerted-only", floor: 0.65 })).toMatchObject({ met: true, threshold: 0.7 });
  });

  it("has nothing to say without labelled attacks", () => {
    const none = [point(0.5, 0, 10)].map((p) => ({ ...p, tp: 0, fn: 0 }));
    expect(choosePreset("executive-dashboard", none, { estimate: "census" })).toMatchObject({ met: false, message: expect.stringMatching(/No labelled attacks/) });
    expect(choosePreset("breach-response", [], { estimate: "census" }).met).toBe(false);
  });
});
