// Which labelled events an evaluation may use, and with what weight. Verdicts exist mostly for
// alerted predictions; a random audit sample of below-threshold predictions (known inclusion
// probability π) is labelled too. Three cases, named in every response and chart:
// - "census": every prediction of the version in the range has a verdict. Plain, unweighted
//   metrics over the events the mapping keeps — scikit-learn's numbers on the same pairs.
// - "weighted": audit-sample verdicts exist. Inverse-probability weights: an event labelled via
//   an alert stands for 1 / coverage events (coverage = share of that stratum's predictions
//   with a verdict: alerts still waiting for one are assumed missing at random), one labelled
//   via the audit sample for 1 / (π · coverage). With every alert and audit sample judged this
//   is exactly 1 and 1/π. Recall, FPR and the curves then describe all traffic.
// - "alerted-only": no audit sample. Unweighted metrics over events labelled via an alert;
//   recall is relative to what was alerted, so it says nothing about missed attacks.
// A verdict describes the event, not the model: a version without verdicts of its own (a shadow
// challenger) is evaluated on the verdicts given to another version's predictions of the same
// events, under that version's design.
// Pure: lib/evaluation/load-labelled.ts reads the rows.

import type { Verdict } from "@/lib/alerts/schemas";

export const ESTIMATES = ["census", "weighted", "alerted-only"] as const;
export type Estimate = (typeof ESTIMATES)[number];

export type VerdictMapping = Record<Verdict, 0 | 1 | null>;

/** One labelled event, as seen by the version under evaluation. */
export type LabelledEvent = {
  /** The evaluated version's score for the event. */
  score: number;
  /** The event's latest verdict. */
  verdict: Verdict;
  /** The prediction that carries the verdict (the evaluated version's own, or another's). */
  via: { versionId: number; alerted: boolean; auditSample: boolean; inclusionProbability: number | null };
  /** Another version's score for the same event (champion vs challenger). */
  pairedScore?: number;
};

/** Per version whose predictions carry verdicts: its predictions in the range, by stratum. */
export type StratumPopulation = { versionId: number; alerts: number; auditSamples: { inclusionProbability: number; count: number }[] };

export type StratumKind = "alerted" | "audit-sample" | "other";

export type StratumSummary = {
  key: string;
  kind: StratumKind;
  versionId: number;
  /** π: 1 for alerts, the audit sample's inclusion probability. */
  inclusionProbability: number | null;
  /** Predictions in the stratum (null where unknown). */
  population: number | null;
  /** Events with any verdict, and those the mapping keeps. */
  labelled: number;
  used: number;
  /** labelled ÷ population, at most 1. */
  coverage: number | null;
  /** Weight of each used event (1 unless weighted). */
  weight: number;
};

export type DesignCounts = {
  /** Predictions of the version in the range. */
  predictions: number;
  /** Events with a verdict. */
  labelled: number;
  /** Events in the evaluation (class 0 or 1, in a usable stratum). */
  used: number;
  /** Events whose verdict the mapping excludes, by verdict. */
  excludedByMapping: Partial<Record<Verdict, number>>;
  /** Labelled events left out because how they came to be labelled is unknown (e.g. imported). */
  excludedUnknownDesign: number;
};

export type Design = {
  estimate: Estimate;
  scores: Float64Array;
  /** The other version's scores for the same rows, when the events carried them. */
  pairedScores: Float64Array | undefined;
  labels: Uint8Array;
  /** Undefined unless weighted. */
  weights: Float64Array | undefined;
  /** Stratum index of each row (into `strata`), for the stratified bootstrap. */
  strata: Uint32Array;
  strataSummary: StratumSummary[];
  counts: DesignCounts;
  /** Every labelled event with its volume weight, whatever its verdict: how many predictions it stands for. */
  volume: { scores: Float64Array; weights: Float64Array } | null;
};

function stratumOf(event: LabelledEvent): { key: string; kind: StratumKind; pi: number | null } {
  const { via } = event;
  if (via.alerted) return { key: `${via.versionId}:alerted`, kind: "alerted", pi: 1 };
  if (via.auditSample && via.inclusionProbability !== null && via.inclusionProbability > 0) {
    return { key: `${via.versionId}:audit:${via.inclusionProbability}`, kind: "audit-sample", pi: via.inclusionProbability };
  }
  return { key: `${via.versionId}:other`, kind: "other", pi: null };
}

function populationOf(populations: StratumPopulation[], versionId: number, kind: StratumKind, pi: number | null): number | null {
  const p = populations.find((x) => x.versionId === versionId);
  if (!p || kind === "other") return null;
  if (kind === "alerted") return p.alerts;
  return p.auditSamples.find((a) => a.inclusionProbability === pi)?.count ?? null;
}

export function buildDesign(events: LabelledEvent[], populations: StratumPopulation[], predictions: number, mapping: VerdictMapping): Design {
  const census = predictions > 0 && events.length >= predictions;
  const hasAudit = events.some((e) => stratumOf(e).kind === "audit-sample");
  const estimate: Estimate = census ? "census" : hasAudit ? "weighted" : "alerted-only";

  // Strata in order of first appearance; labelled counts include every verdict. Looked up by
  // (version, kind, π) without building a key string per event: tens of thousands of events.
  const strata = new Map<string, StratumSummary>();
  const byDesign = new Map<number, Map<string, StratumSummary>>();
  const rowStratum: StratumSummary[] = [];
  for (const event of events) {
    const { versionId, alerted, auditSample, inclusionProbability } = event.via;
    const shortKey = alerted ? "a" : auditSample && inclusionProbability !== null && inclusionProbability > 0 ? `s${inclusionProbability}` : "o";
    let perVersion = byDesign.get(versionId);
    if (!perVersion) byDesign.set(versionId, (perVersion = new Map()));
    let s = perVersion.get(shortKey);
    if (!s) {
      const { key, kind, pi } = stratumOf(event);
      const population = populationOf(populations, versionId, kind, pi);
      s = { key, kind, versionId, inclusionProbability: pi, population, labelled: 0, used: 0, coverage: null, weight: 1 };
      strata.set(key, s);
      perVersion.set(shortKey, s);
    }
    s.labelled++;
    rowStratum.push(s);
  }
  for (const s of strata.values()) {
    s.coverage = s.population ? Math.min(1, s.labelled / s.population) : null;
    if (estimate === "weighted" && s.kind !== "other") s.weight = 1 / ((s.inclusionProbability ?? 1) * (s.coverage ?? 1));
  }

  const usable = (s: StratumSummary) => estimate === "census" || (estimate === "weighted" ? s.kind !== "other" : s.kind === "alerted");
  const counts: DesignCounts = { predictions, labelled: events.length, used: 0, excludedByMapping: {}, excludedUnknownDesign: 0 };
  const scores: number[] = [];
  const paired: number[] = [];
  const labels: number[] = [];
  const weights: number[] = [];
  const stratumIndex: number[] = [];
  const order = new Map([...strata.keys()].map((key, i) => [key, i]));
  const volumeScores: number[] = [];
  const volumeWeights: number[] = [];
  events.forEach((event, i) => {
    const s = rowStratum[i];
    if (!usable(s)) {
      counts.excludedUnknownDesign++;
      return;
    }
    volumeScores.push(event.score);
    volumeWeights.push(s.weight);
    const y = mapping[event.verdict];
    if (y === null) {
      counts.excludedByMapping[event.verdict] = (counts.excludedByMapping[event.verdict] ?? 0) + 1;
      return;
    }
    s.used++;
    scores.push(event.score);
    if (event.pairedScore !== undefined) paired.push(event.pairedScore);
    labels.push(y);
    weights.push(s.weight);
    stratumIndex.push(order.get(s.key)!);
  });
  counts.used = scores.length;
  return {
    estimate,
    scores: Float64Array.from(scores),
    pairedScores: paired.length === scores.length && paired.length > 0 ? Float64Array.from(paired) : undefined,
    labels: Uint8Array.from(labels),
    weights: estimate === "weighted" ? Float64Array.from(weights) : undefined,
    strata: Uint32Array.from(stratumIndex),
    strataSummary: [...strata.values()],
    counts,
    // Alerted-only rows cover the alerted region alone: they cannot shape the score distribution.
    volume: estimate === "alerted-only" ? null : { scores: Float64Array.from(volumeScores), weights: Float64Array.from(volumeWeights) },
  };
}
