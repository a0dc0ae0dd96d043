// Which retraining strategy a drift event calls for, and why — the four strategies of the
// domain notes (seed/): scheduled (stable landscape), on-demand (performance dropped past a
// threshold), incremental (continuous updates), active learning (labelling budget limited).
// Pure; every branch says its reason in words a lead can act on.
import type { MetricName, Strategy } from "./schemas";

/** Below this many confirmed attacks since a drop, a retrain would learn the new behaviour from too few examples. */
export const MIN_POSITIVES_TO_RETRAIN = 100;
/** A feature carrying at least this share of the model's importance can move its scores. */
export const MATERIAL_IMPORTANCE = 0.1;
/** A relative drop this large is not waited out until the next scheduled retrain. */
export const URGENT_DROP = 0.2;

export type FeatureDriftContext = {
  source: "feature";
  feature: string;
  /** the feature's share of the model's importance (0–1), null when unknown */
  importance: number | null;
  /** the score distribution drifted in the same window */
  scoreDrift: boolean;
  scorePsi: number | null;
  /** a step change (the onset day alone crossed the significant band) rather than a creep */
  abrupt: boolean;
};

export type PerformanceDropContext = {
  source: "performance";
  kind: "DATA_DRIFT" | "CONCEPT_DRIFT";
  metric: MetricName;
  /** relative worsening against training, e.g. 0.5 = half as good */
  relativeDrop: number;
  /** confirmed attacks (true-positive verdicts, audited positives) in the dropped windows */
  positives: number;
  /** input features that moved, for a performance drop put down to data drift */
  features: string[];
};

export type Recommendation = { strategy: Strategy; reason: string };

const percent = (x: number) => `${Math.round(100 * x)} %`;

function forFeature(c: FeatureDriftContext): Recommendation {
  const share = c.importance === null ? "an unknown share" : percent(c.importance);
  const material = c.scoreDrift || (c.importance ?? 0) >= MATERIAL_IMPORTANCE;
  if (!material) {
    const scores = c.scorePsi === null ? "" : ` and the score distribution held (PSI ${c.scorePsi.toFixed(3)})`;
    return {
      strategy: "SCHEDULED",
      reason: `${c.feature} moved, but it carries ${share} of the model's importance${scores}: the detector is not reading it differently yet. Include the new traffic in the next scheduled retrain and watch performance; no urgent retrain.`,
    };
  }
  const why = c.scoreDrift ? `the score distribution moved with it${c.scorePsi === null ? "" : ` (PSI ${c.scorePsi.toFixed(3)})`}` : `it carries ${share} of the model's importance`;
  if (c.abrupt) {
    return {
      strategy: "ON_DEMAND",
      reason: `A step change in ${c.feature}, and ${why}: the model now scores traffic it was not trained on. Retrain on post-change data as soon as it has verdicts, rather than waiting for the schedule.`,
    };
  }
  return {
    strategy: "INCREMENTAL",
    reason: `${c.feature} is creeping away from the reference, and ${why}: keep the model current with frequent small updates on recent labelled traffic.`,
  };
}

function forPerformance(c: PerformanceDropContext): Recommendation {
  const cause = c.kind === "CONCEPT_DRIFT" ? "attackers (or the meaning of the inputs) changed while the inputs look the same" : `the inputs moved (${c.features.join(", ")})`;
  if (c.metric === "recall" || c.positives < MIN_POSITIVES_TO_RETRAIN) {
    const where = c.metric === "recall" ? "The attacks now missed score below the threshold, where only the audit sample looks. " : "";
    return {
      strategy: "ACTIVE_LEARNING",
      reason: `${c.metric} fell ${percent(c.relativeDrop)} below training because ${cause}, and only ${c.positives} confirmed attacks carry the new behaviour. ${where}Route uncertain, near-threshold events to analysts first (active learning), then retrain on what they label.`,
    };
  }
  if (c.relativeDrop >= URGENT_DROP) {
    return {
      strategy: "ON_DEMAND",
      reason: `${c.metric} fell ${percent(c.relativeDrop)} below training because ${cause}. ${c.positives} confirmed attacks since then are enough to learn from: retrain now on the recent labelled weeks.`,
    };
  }
  return {
    strategy: "INCREMENTAL",
    reason: `${c.metric} slipped ${percent(c.relativeDrop)} below training because ${cause}, with verdicts flowing steadily: update the model incrementally on recent labelled data.`,
  };
}

export function recommendRetraining(context: FeatureDriftContext | PerformanceDropContext): Recommendation {
  return context.source === "feature" ? forFeature(context) : forPerformance(context);
}
