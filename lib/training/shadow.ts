import "server-only";
// Starts a challenger in shadow: its predictions for the base version's recent events, with the
// same eventIds, timestamps, features and entities, its own score, decision and exact SHAP
// explanation, written through the ingest path like any scoring service's. Ingest raises no
// alert for a shadow version, and updates the roll-ups drift and monitoring read; the paired
// eventIds are what the champion–challenger comparison joins on.
import { ingestPredictions } from "@/lib/ingest/ingest";
import type { PredictionIn } from "@/lib/ingest/schemas";
import { predictedAttackType } from "@/lib/simulate/attack-type";
import type { Scored, ScoringModel } from "@/lib/simulate/model";
import type { RecentEvent } from "./recent-events";

const BATCH = 1_000;

export type ShadowTarget = { model: string; version: string; threshold: number; scoring: ScoringModel };
export type ShadowResult = { events: number; accepted: number; duplicates: number; alerts: number };

export function shadowPrediction(target: ShadowTarget, event: RecentEvent, scored: Scored): PredictionIn {
  const entity: NonNullable<PredictionIn["entity"]> = {};
  if (event.host !== null) entity.host = event.host;
  if (event.userName !== null) entity.user = event.userName;
  if (event.sourceIp !== null) entity.sourceIp = event.sourceIp;
  if (event.businessUnit !== null) entity.businessUnit = event.businessUnit;
  const prediction: PredictionIn = {
    eventId: event.eventId,
    model: target.model,
    version: target.version,
    timestamp: event.time.toISOString(),
    score: scored.score,
    features: event.features as PredictionIn["features"],
    explanation: { space: "logit", baseValue: target.scoring.baseValue, values: scored.values },
    entity,
  };
  if (event.rawEvent !== null && typeof event.rawEvent === "object" && !Array.isArray(event.rawEvent)) prediction.rawEvent = event.rawEvent as Record<string, unknown>;
  const attackType = scored.score >= target.threshold ? predictedAttackType(scored.values) : undefined;
  if (attackType) prediction.attackType = attackType;
  return prediction;
}

export async function shadowScore(
  target: ShadowTarget,
  events: readonly RecentEvent[],
  scored: readonly Scored[],
  onBatch: (done: number, total: number) => Promise<void>,
): Promise<ShadowResult> {
  const result: ShadowResult = { events: events.length, accepted: 0, duplicates: 0, alerts: 0 };
  for (let start = 0; start < events.length; start += BATCH) {
    const batch = events.slice(start, start + BATCH).map((event, i) => shadowPrediction(target, event, scored[start + i]));
    const written = await ingestPredictions(batch);
    result.accepted += written.accepted;
    result.duplicates += written.duplicates;
    result.alerts += written.alerts;
    await onBatch(Math.min(events.length, start + BATCH), events.length);
  }
  return result;
}
