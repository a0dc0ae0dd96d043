import "server-only";
// A model version's evaluation on live traffic in [from, to): the contract's numbers
// (lib/stats/evaluation.ts), how the labelled set was drawn and weighted (design.ts), seeded
// bootstrap intervals and curve bands, and the operating points the threshold tuner reads.
import { DEFAULT_VERDICT_CLASS } from "@/lib/alerts/schemas";
import { evaluateClassifier } from "@/lib/stats/evaluation";
import { bootstrapEvaluation } from "./bootstrap-evaluation";
import { buildDesign } from "./design";
import { findVersion, loadLabelledEvents, loadPopulations, type Range } from "./load-labelled";
import { candidateThresholds, operatingPoints } from "./operating-points";
import type { EvaluationResponse } from "./schemas";
import { loadTraffic } from "./traffic";
import { volumeModel } from "./volume";

/** Curves are thinned for the response; AUC and AP always use the full curves. */
export const MAX_CURVE_POINTS = 200;

export async function evaluateVersion(model: string, versionName: string, range: Range, now = new Date()): Promise<EvaluationResponse> {
  const version = await findVersion(model, versionName);
  // Independent reads: on PostgreSQL they overlap (SQLite's driver runs them in turn anyway).
  const [traffic, events] = await Promise.all([loadTraffic(version.id, range), loadLabelledEvents(version, range)]);
  const populations = await loadPopulations([...new Set(events.map((e) => e.via.versionId))], range);
  const design = buildDesign(events, populations, traffic.predictions, DEFAULT_VERDICT_CLASS);
  const rows = { scores: design.scores, labels: design.labels, weights: design.weights };
  const threshold = version.threshold;

  const evaluation = evaluateClassifier({ ...rows, threshold, maxCurvePoints: MAX_CURVE_POINTS });
  const bootstrap = bootstrapEvaluation({ ...rows, strata: design.strata, threshold });
  const volume = traffic.predictions > 0 ? volumeModel(traffic.histogram, design.volume) : null;
  const points = operatingPoints(rows, candidateThresholds(design.scores, threshold), volume);

  return {
    model: version.model,
    version: version.version,
    stage: version.stage,
    threshold,
    range: { from: range.from?.toISOString() ?? null, to: range.to?.toISOString() ?? null },
    estimate: design.estimate,
    mapping: DEFAULT_VERDICT_CLASS,
    ...evaluation,
    design: {
      ...design.counts,
      strata: design.strataSummary.map(({ versionId, ...s }) => ({ ...s, version: version.siblings.get(versionId) ?? String(versionId) })),
    },
    intervals: { resamples: bootstrap.resamples, seed: bootstrap.seed, level: bootstrap.level, metrics: bootstrap.metrics },
    bands: bootstrap.bands,
    traffic,
    operatingPoints: points,
    training: version.metrics,
    generatedAt: now.toISOString(),
  };
}
