// The demo gives both strategies something to show: its shadow challenger (1.1.0) scores every
// event the champion does, and no budget is set, so the default applies.
import { beforeAll, describe, expect, it } from "vitest";
import { MODEL_INFO } from "@/lib/simulate/engine";
import { loadDemo } from "@/lib/simulate/load-demo";
import { activeLearningQueue } from "./queue";
import { ActiveLearningQuery, DEFAULT_DAILY_BUDGET } from "./schemas";

const END = new Date("2026-11-23T00:00:00Z");
const NOW = new Date("2026-11-23T09:00:00Z");

beforeAll(async () => {
  await loadDemo({ days: 4, end: END });
}, 180_000);

describe("active learning on the demo scenario", () => {
  it("picks near the threshold, below it too, within the default budget", async () => {
    const queue = await activeLearningQueue(ActiveLearningQuery.parse({ model: MODEL_INFO.name, limit: "50" }), NOW);
    expect(queue).toMatchObject({ budget: DEFAULT_DAILY_BUDGET, usedToday: 0, remaining: DEFAULT_DAILY_BUDGET, budgetSetting: { set: false } });
    expect(queue.items).toHaveLength(50);
    expect(queue.items.some((i) => i.alertId === null && i.why.kind === "uncertainty" && i.why.side === "below")).toBe(true);
  });

  it("finds champion–challenger disagreements, decision flips first", async () => {
    const queue = await activeLearningQueue(ActiveLearningQuery.parse({ model: MODEL_INFO.name, strategy: "disagreement" }), NOW);
    expect(queue.challengers.map((c) => `${c.version} ${c.stage}`)).toEqual(["1.1.0 SHADOW"]);
    expect(queue.items).toHaveLength(25);
    const flips = queue.items.map((i) => i.why.kind === "disagreement" && i.why.flip);
    expect(flips[0]).toBe(true);
    // flips first: no flip is ranked above a flip
    expect(flips.indexOf(false) === -1 || flips.slice(flips.indexOf(false)).every((f) => !f)).toBe(true);
  });
});
