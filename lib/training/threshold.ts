// The challenger's threshold, chosen like the champion's was: where it would alert on the same
// share of events. The demo's versions are cut at a target alert rate of their training traffic
// (SOC capacity, not a probability, decides where to cut); a challenger is cut at the rate the
// champion alerts at today, measured on the same recent events it shadow-scores — so switching
// them would not change the analysts' load, and the comparison at threshold is like for like.
// Pure.
import { thresholdForAlertRate } from "@/lib/simulate/training";

export type ThresholdChoice = {
  threshold: number;
  /** champion-alert-rate: matched on recent events; champion-threshold: none to match on, kept the champion's */
  rule: "champion-alert-rate" | "champion-threshold";
  championThreshold: number;
  /** share of the events at or above the champion's current threshold */
  championAlertRate: number | null;
  /** share of the events at or above the chosen threshold (ties and rounding move it a little) */
  challengerAlertRate: number | null;
  events: number;
};

const shareAtOrAbove = (scores: ArrayLike<number>, threshold: number) => {
  let n = 0;
  for (let i = 0; i < scores.length; i++) if (scores[i] >= threshold) n++;
  return n / scores.length;
};

/** `championScores[i]` and `challengerScores[i]` are both versions' scores of event i. */
export function matchChampionAlertRate(championScores: ArrayLike<number>, championThreshold: number, challengerScores: ArrayLike<number>): ThresholdChoice {
  if (championScores.length !== challengerScores.length) throw new RangeError("matchChampionAlertRate: one challenger score per champion score");
  const events = championScores.length;
  if (events === 0) return { threshold: championThreshold, rule: "champion-threshold", championThreshold, championAlertRate: null, challengerAlertRate: null, events };
  const championAlertRate = shareAtOrAbove(championScores, championThreshold);
  const threshold = Math.min(1, Math.max(0, thresholdForAlertRate(challengerScores, championAlertRate)));
  return { threshold, rule: "champion-alert-rate", championThreshold, championAlertRate, challengerAlertRate: shareAtOrAbove(challengerScores, threshold), events };
}
