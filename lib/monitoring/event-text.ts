// One-paragraph summaries of drift episodes: what moved, when, by how much, and why it is
// likely data or concept drift. Pure; stored with the event so the list reads the same later.
import type { DataEpisode, PerformanceEpisode } from "./drift-episodes";
import { formatDay } from "./time-windows";

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const day = (ms: number) => formatDay(ms);

export const METRIC_NAMES = { precision: "precision", recall: "recall", fpr: "false-positive rate" } as const;

export function dataEpisodeSummary(e: DataEpisode, referenceName: string): string {
  const since = e.onset !== null ? `since ${day(e.onset)}` : `in the 7 days to ${day(e.windowEnd - 86_400_000)}`;
  const until = e.ongoing ? "and still does" : `until ${day(e.lastSeenEnd - 86_400_000)}`;
  return `${e.feature} has drifted ${since} ${until}: PSI up to ${e.peakPsi.toFixed(2)} against ${referenceName} (${e.severity}). Data drift — the feature's distribution moved (P(x)); ${e.abrupt ? "it changed in a step, as a patch or a new data source does" : "it moved gradually"}.`;
}

export function performanceEpisodeSummary(e: PerformanceEpisode): string {
  const name = METRIC_NAMES[e.metric];
  const interval = e.lower !== null && e.upper !== null ? ` (95 % interval ${pct(e.lower)}–${pct(e.upper)})` : "";
  const head = `${name[0].toUpperCase()}${name.slice(1)} fell to ${pct(e.estimate)}${interval} in the week of ${day(e.windowStart)}, against ${pct(e.training)} at training.`;
  const against = e.lastGood ? `the week of ${day(e.lastGood.from)}, when ${name} was still ${pct(e.lastGood.estimate)}` : "the reference";
  if (e.kind === "CONCEPT_DRIFT") {
    const earlier = e.explained.length ? ` (${e.explained.join(", ")} had moved earlier, and performance held up after that)` : "";
    return `${head} The inputs were stable against ${against}${earlier}: the same inputs now mean something else. Concept drift (P(y|x)) — e.g. attackers changed technique.`;
  }
  return `${head} ${e.unexplained.join(", ")} moved since ${against}: the drop coincides with the inputs changing. Data drift (P(x)).`;
}
