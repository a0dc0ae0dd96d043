// The demo scenario's public entry point (see DESIGN.md, "The demo scenario"): two registered
// versions of one detector and, one UTC day at a time, the predictions of both versions for
// every event plus the verdicts analysts and auditors will have recorded by `end`.
// Pure and deterministic: the same options always give the same scenario, byte for byte.
import type { PredictionIn } from "@/lib/ingest/schemas";
import type { ModelVersionIn } from "@/lib/registry/schemas";
import { type DayBatch, MODEL_INFO, type ScenarioOptions, createEngine } from "@/lib/simulate/engine";
import type { PlannedVerdict } from "@/lib/simulate/verdicts";

export type { DayBatch, PlannedVerdict, PredictionIn, ScenarioOptions };

export type Scenario = {
  model: { name: string; description: string; owner: string };
  /** stage PRODUCTION, version "1.0.0" */
  champion: ModelVersionIn;
  /** stage SHADOW, version "1.1.0"; scores the same events as the champion */
  challenger: ModelVersionIn;
  /** Day by day (oldest first) so memory stays bounded; each call starts again from day one. */
  days(): Generator<DayBatch>;
};

export function buildScenario(options: ScenarioOptions = {}): Scenario {
  const engine = createEngine(options);
  return {
    model: { ...MODEL_INFO },
    champion: engine.champion.registration,
    challenger: engine.challenger.registration,
    *days() {
      for (let i = 0; i < engine.days; i++) yield engine.simulateDay(i).batch;
    },
  };
}

