import { describe, expect, it } from "vitest";
import { matchChampionAlertRate } from "./threshold";

describe("matchChampionAlertRate", () => {
  it("cuts the challenger where it alerts on the champion's share of the same events", () => {
    // champion alerts on 10 of 100 events (scores 0.91…1.00 ≥ 0.905)
    const champion = Array.from({ length: 100 }, (_, i) => (i + 1) / 100);
    // the challenger scores the same events on another scale
    const challenger = champion.map((s) => s * s * 0.5);
    const choice = matchChampionAlertRate(champion, 0.905, challenger);
    expect(choice.rule).toBe("champion-alert-rate");
    expect(choice.championAlertRate).toBe(0.1);
    expect(choice.challengerAlertRate).toBe(0.1);
    expect(choice.events).toBe(100);
    // between the 90th and 91st challenger scores, to 4 decimals
    expect(choice.threshold).toBeGreaterThan(0.5 * 0.9 ** 2);
    expect(choice.threshold).toBeLessThanOrEqual(0.5 * 0.91 ** 2);
  });

  it("uses the champion's current threshold, not its decisions at scoring time", () => {
    const champion = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8];
    const challenger = [0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1];
    expect(matchChampionAlertRate(champion, 0.65, challenger).championAlertRate).toBe(0.25);
    expect(matchChampionAlertRate(champion, 0.65, challenger).challengerAlertRate).toBe(0.25);
  });

  it("keeps the champion's threshold when there are no events to match on", () => {
    expect(matchChampionAlertRate([], 0.83, [])).toEqual({
      threshold: 0.83,
      rule: "champion-threshold",
      championThreshold: 0.83,
      championAlertRate: null,
      challengerAlertRate: null,
      events: 0,
    });
  });

  it("needs one challenger score per event", () => {
    expect(() => matchChampionAlertRate([0.1, 0.2], 0.5, [0.1])).toThrow(RangeError);
  });
});
