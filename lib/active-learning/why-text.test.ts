import { describe, expect, it } from "vitest";
import { whyText } from "./why-text";

describe("why a prediction was picked, in words", () => {
  it("gives the distance and side for uncertainty", () => {
    const text = whyText({ kind: "uncertainty", distance: 0.01, side: "below" }, 0.79, 0.8, "1.0.0");
    expect(text.short).toBe("0.010 below threshold");
    expect(text.long).toMatch(/^Score 0\.790 is 0\.010 below the threshold 0\.800/);
  });

  it("shows a tiny distance with the decimals it needs, never as 0.000", () => {
    const text = whyText({ kind: "uncertainty", distance: 0.0000423, side: "above" }, 0.0669423, 0.0669, "1.0.0");
    expect(text.short).toBe("0.000042 above threshold");
    expect(text.long).toMatch(/^Score 0\.066942 is 0\.000042 above the threshold 0\.066900/);
  });

  it("names both versions, their scores and thresholds, and a decision flip", () => {
    const text = whyText(
      { kind: "disagreement", challenger: { version: "1.1.0", stage: "SHADOW", score: 0.95, threshold: 0.7 }, difference: -0.65, flip: true },
      0.3,
      0.8,
      "1.0.0",
    );
    expect(text.short).toBe("0.300 vs 0.950 · flip");
    expect(text.long).toContain("Champion 1.0.0 scored 0.300 (threshold 0.800); challenger 1.1.0 (shadow) scored 0.950 (threshold 0.700), a difference of 0.650.");
    expect(text.long).toContain("the champion would not alert, the challenger would alert");
  });

  it("says when only the scores differ", () => {
    const text = whyText({ kind: "disagreement", challenger: { version: "2.0.0", stage: "CANARY", score: 0.1, threshold: 0.7 }, difference: 0.4, flip: false }, 0.5, 0.8, "1.0.0");
    expect(text.short).toBe("0.500 vs 0.100");
    expect(text.long).toContain("(canary)");
    expect(text.long).toContain("Same decision");
  });
});
