import "server-only";
// Champion vs challenger on the same labelled events: paired-bootstrap differences in precision,
// recall and average precision (each version at its own threshold), McNemar on their decisions,
// and the promotion gate's data checks.
import { badRequest } from "@/lib/api/errors";
import { DEFAULT_VERDICT_CLASS } from "@/lib/alerts/schemas";
import { prisma } from "@/lib/db/client";
import { pairedBootstrap } from "./bootstrap-evaluation";
import { buildDesign } from "./design";
import { dataChecksPass, gateChecks } from "./gate";
import { findVersion, loadLabelledEvents, loadPopulations, type Range, type VersionRef } from "./load-labelled";
import { discordance, mcnemar } from "./mcnemar";
import type { ComparisonResponse } from "./schemas";
import { loadTraffic } from "./traffic";

/** Pairs of bins make the cells: fewer per model keeps ~1,000 paired resamples under a second. */
const PAIRED_MAX_BINS = 60;

/** The version a challenger is compared with: the one named, else the model's production version. */
export async function championFor(challenger: VersionRef, against?: string): Promise<VersionRef | null> {
  if (against) {
    if (against === challenger.version) throw badRequest("A version cannot be compared with itself", [{ path: ["query", "against"], message: "name another version" }]);
    return findVersion(challenger.model, against);
  }
  const production = await prisma().modelVersion.findFirst({ where: { model: { name: challenger.model }, stage: "PRODUCTION", id: { not: challenger.id } }, select: { version: true } });
  return production ? findVersion(challenger.model, production.version) : null;
}

export async function compareVersions(challenger: VersionRef, champion: VersionRef, range: Range, now = new Date()): Promise<ComparisonResponse> {
  const [events, traffic] = await Promise.all([loadLabelledEvents(challenger, range, champion.id), loadTraffic(challenger.id, range)]);
  const populations = await loadPopulations([...new Set(events.map((e) => e.via.versionId))], range);
  const design = buildDesign(events, populations, traffic.predictions, DEFAULT_VERDICT_CLASS);
  const championScores = design.pairedScores ?? new Float64Array(0);
  const paired = pairedBootstrap(
    { scoresA: championScores, scoresB: design.scores, labels: design.labels, weights: design.weights, strata: design.strata, thresholdA: champion.threshold, thresholdB: challenger.threshold },
    { maxBins: PAIRED_MAX_BINS },
  );
  let positives = 0;
  for (const y of design.labels) positives += y;
  const negatives = design.labels.length - positives;
  const { b, c } = discordance(design.labels, championScores, champion.threshold, design.scores, challenger.threshold);
  const checks = gateChecks({ estimate: design.estimate, events: design.labels.length, positives, negatives, difference: paired.difference, level: paired.level });
  return {
    model: challenger.model,
    champion: { version: champion.version, stage: champion.stage, threshold: champion.threshold },
    challenger: { version: challenger.version, stage: challenger.stage, threshold: challenger.threshold },
    range: { from: range.from?.toISOString() ?? null, to: range.to?.toISOString() ?? null },
    estimate: design.estimate,
    mapping: DEFAULT_VERDICT_CLASS,
    events: design.labels.length,
    positives,
    negatives,
    paired: { resamples: paired.resamples, seed: paired.seed, level: paired.level, champion: paired.a, challenger: paired.b, difference: paired.difference },
    mcnemar: mcnemar(b, c),
    gate: { passed: dataChecksPass(checks), checks },
    generatedAt: now.toISOString(),
  };
}

export async function compareRequest(model: string, version: string, query: Range & { against?: string }): Promise<ComparisonResponse> {
  const challenger = await findVersion(model, version);
  const champion = await championFor(challenger, query.against);
  if (!champion) throw badRequest(`${model} has no production version to compare ${version} with: name one with ?against=`, [{ path: ["query", "against"], message: "required without a production version" }]);
  return compareVersions(challenger, champion, query);
}
