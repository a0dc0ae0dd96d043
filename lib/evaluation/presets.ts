// Threshold presets from SOC practice, each a rule over the operating points that either picks
// a threshold meeting it or says plainly why none does. Pure and client-safe: the tuner runs it
// in the browser on the points the evaluation returned.

import type { Estimate } from "./design";
import type { OperatingPoint } from "./operating-points";

export const PRESET_IDS = ["breach-response", "siem-alerting", "executive-dashboard"] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export type Preset = {
  id: PresetId;
  label: string;
  /** The rule, as the UI states it. */
  goal: string;
  /** Why a SOC picks it. */
  why: string;
  metric: "recall" | "f1" | "precision";
  target: number;
};

export const PRESETS: readonly Preset[] = [
  {
    id: "breach-response",
    label: "Breach response",
    goal: "recall ≥ 0.98",
    why: "During an active incident missing an attacker costs far more than triaging noise: catch nearly everything, at the fewest alerts that still do.",
    metric: "recall",
    target: 0.98,
  },
  {
    id: "siem-alerting",
    label: "SIEM alerting",
    goal: "best F1, target ≥ 0.85",
    why: "Day-to-day alerting balances missed attacks against analyst time: the threshold with the best F1, which should reach 0.85.",
    metric: "f1",
    target: 0.85,
  },
  {
    id: "executive-dashboard",
    label: "Executive dashboard",
    goal: "precision ≥ 0.95",
    why: "Numbers reported upwards must be right when they say attack: the lowest threshold (most attacks caught) whose alerts are 95 % real.",
    metric: "precision",
    target: 0.95,
  },
];

export type PresetChoice = {
  preset: PresetId;
  met: boolean;
  /** The threshold that meets the rule (null when none does). */
  threshold: number | null;
  /** When unmet: the point that comes closest, for reference (never applied silently). */
  closest: OperatingPoint | null;
  message: string;
};

export type PresetContext = {
  estimate: Estimate;
  /**
   * Alerted-only estimates say nothing below the thresholds that produced the alerts: points
   * under this floor are not considered.
   */
  floor?: number;
};

const format = (x: number) => x.toFixed(3);

function byThreshold(points: readonly OperatingPoint[]): OperatingPoint[] {
  return [...points].sort((a, b) => a.threshold - b.threshold);
}

export function choosePreset(id: PresetId, points: readonly OperatingPoint[], context: PresetContext): PresetChoice {
  const preset = PRESETS.find((p) => p.id === id);
  if (!preset) throw new RangeError(`unknown preset ${id}`);
  const refuse = (message: string, closest: OperatingPoint | null = null): PresetChoice => ({ preset: id, met: false, threshold: null, closest, message });
  const positives = points.length > 0 ? points[0].tp + points[0].fn : 0;
  if (points.length === 0 || positives <= 0) return refuse("No labelled attacks (true-positive verdicts) in this range: nothing to measure the rule against.");
  if (context.estimate === "alerted-only" && preset.metric !== "precision") {
    return refuse(
      "Recall cannot be estimated from alerted events alone: missed attacks are never alerted, so they never get a verdict. Label an audit sample of below-threshold predictions to use this preset.",
    );
  }
  const floor = context.floor ?? Number.NEGATIVE_INFINITY;
  const eligible = byThreshold(points).filter((p) => p.threshold >= floor);
  if (eligible.length === 0) return refuse("No threshold in the range the labels cover.");

  if (preset.metric === "recall") {
    // The highest threshold still meeting it: the fewest alerts for the recall asked for.
    const meeting = eligible.filter((p) => p.recall >= preset.target);
    const best = meeting.at(-1);
    if (best) return { preset: id, met: true, threshold: best.threshold, closest: null, message: `Recall ${format(best.recall)} at threshold ${format(best.threshold)}, the highest threshold reaching ${preset.target}.` };
    const closest = eligible.reduce((a, b) => (b.recall > a.recall ? b : a));
    return refuse(`No threshold reaches recall ${preset.target}; the most is ${format(closest.recall)} at ${format(closest.threshold)}.`, closest);
  }

  if (preset.metric === "precision") {
    // The lowest threshold meeting it: the most attacks caught at the precision asked for.
    // A point flagging no labelled attack has no precision to speak of.
    const meeting = eligible.filter((p) => p.tp > 0 && p.precision >= preset.target);
    const best = meeting[0];
    if (best) return { preset: id, met: true, threshold: best.threshold, closest: null, message: `Precision ${format(best.precision)} at threshold ${format(best.threshold)}, the lowest threshold reaching ${preset.target}.` };
    const flagged = eligible.filter((p) => p.tp > 0);
    const closest = flagged.length ? flagged.reduce((a, b) => (b.precision > a.precision ? b : a)) : null;
    return refuse(
      closest ? `No threshold reaches precision ${preset.target}; the best is ${format(closest.precision)} at ${format(closest.threshold)}.` : `No threshold flags a labelled attack.`,
      closest,
    );
  }

  // Best F1; among equals the higher threshold (fewer alerts for the same balance).
  const best = eligible.reduce((a, b) => (b.f1 >= a.f1 ? b : a));
  if (best.f1 >= preset.target) return { preset: id, met: true, threshold: best.threshold, closest: null, message: `Best F1 ${format(best.f1)} at threshold ${format(best.threshold)} (target ${preset.target}).` };
  return refuse(`The best F1 is ${format(best.f1)} at ${format(best.threshold)}, short of the ${preset.target} target: no threshold meets it.`, best);
}
