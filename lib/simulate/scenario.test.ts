// The public entry point: determinism, the day-by-day generator and option checks.
import { describe, expect, it } from "vitest";
import { createEngine } from "@/lib/simulate/engine";
import { type DayBatch, type Scenario, buildScenario } from "@/lib/simulate/scenario";

describe("buildScenario", () => {
  const small = { days: 3, eventsPerDay: 300 };
  const first = (scenario: Scenario): DayBatch => {
    const next = scenario.days().next();
    if (next.done) throw new Error("no days");
    return next.value;
  };

  it("is deterministic for a seed and different for another seed", () => {
    const a = buildScenario({ ...small, seed: 7 });
    const b = buildScenario({ ...small, seed: 7 });
    expect(a.champion).toEqual(b.champion);
    expect(a.challenger).toEqual(b.challenger);
    const dayA = first(a);
    expect(dayA).toEqual(first(b));
    expect(dayA.predictions.length).toBe(600);
    expect(first(buildScenario({ ...small, seed: 8 })).predictions.map((p) => p.score)).not.toEqual(dayA.predictions.map((p) => p.score));
  });

  it("yields the engine's batches, one per UTC day, restarting on each call", () => {
    const options = { ...small, seed: 3, end: new Date("2026-05-01T00:00:00Z"), analysts: ["x@example.com"] };
    const scenario = buildScenario(options);
    const batches = [...scenario.days()];
    expect(batches.map((b) => b.day.toISOString())).toEqual(["2026-04-28T00:00:00.000Z", "2026-04-29T00:00:00.000Z", "2026-04-30T00:00:00.000Z"]);
    expect(batches[1]).toEqual(createEngine(options).simulateDay(1).batch);
    expect(first(scenario)).toEqual(batches[0]);
    expect(batches.flatMap((b) => b.verdicts).every((v) => v.analyst === "x@example.com")).toBe(true);
    expect(scenario.model.name).toBe("intrusion-detector");
  });

  it("rejects an end that is not a UTC midnight", () => {
    expect(() => buildScenario({ end: new Date("2026-05-01T12:00:00Z") })).toThrow(/midnight/);
  });
});
