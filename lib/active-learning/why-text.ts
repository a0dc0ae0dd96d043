// Why a prediction was picked, in words for the queue and its detail. Pure and client-safe.
import type { PickReason } from "./schemas";

const f3 = (x: number) => x.toFixed(3);
/** Enough decimals for a distance to show (0.000042, not 0.000), and for its two ends to differ. */
const decimalsFor = (distance: number) => (distance >= 0.001 || distance === 0 ? 3 : Math.min(8, Math.ceil(-Math.log10(distance)) + 1));
const STAGE_WORDS: Record<string, string> = { SHADOW: "shadow", CANARY: "canary" };

/** `short`: the list's cell; `long`: the detail's sentence. */
export function whyText(why: PickReason, score: number, threshold: number, championVersion: string): { short: string; long: string } {
  if (why.kind === "uncertainty") {
    const side = why.side === "above" ? "above" : "below";
    const d = decimalsFor(why.distance);
    const fd = (x: number) => x.toFixed(d);
    return {
      short: `${fd(why.distance)} ${side} threshold`,
      long: `Score ${fd(score)} is ${fd(why.distance)} ${side} the threshold ${fd(threshold)}: the model is least sure here, so a verdict teaches it the most.`,
    };
  }
  const c = why.challenger;
  const stage = STAGE_WORDS[c.stage] ?? c.stage.toLowerCase();
  const alerts = (s: number, t: number) => (s >= t ? "would alert" : "would not alert");
  const flip = why.flip
    ? `They disagree on the decision: the champion ${alerts(score, threshold)}, the challenger ${alerts(c.score, c.threshold)}.`
    : "Same decision, far-apart scores.";
  return {
    short: `${f3(score)} vs ${f3(c.score)}${why.flip ? " · flip" : ""}`,
    long: `Champion ${championVersion} scored ${f3(score)} (threshold ${f3(threshold)}); challenger ${c.version} (${stage}) scored ${f3(c.score)} (threshold ${f3(c.threshold)}), a difference of ${f3(Math.abs(why.difference))}. ${flip}`,
  };
}
