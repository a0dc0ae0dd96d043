// Wires the scenario together: enterprise, campaign plan, drift plan, the two trained versions,
// and the day-by-day scoring. Tests use the engine directly because it also exposes ground
// truth; the public entry point (scenario.ts) hands out only what a real SOC would see.
import type { PredictionIn } from "@/lib/ingest/schemas";
import { predictedAttackType } from "@/lib/simulate/attack-type";
import { buildActorTable } from "@/lib/simulate/benign";
import { DAY_MS, dayKey } from "@/lib/simulate/calendar";
import { planCampaigns } from "@/lib/simulate/campaigns";
import { patchTimes } from "@/lib/simulate/drift";
import { buildEnterprise } from "@/lib/simulate/enterprise";
import { scoreEvent } from "@/lib/simulate/model";
import { type TelemetryContext, generateDay } from "@/lib/simulate/telemetry";
import { type TrainedVersion, trainVersion } from "@/lib/simulate/training";
import { exerciseEvents } from "@/lib/simulate/exercise";
import type { DriftPlan, SimEvent } from "@/lib/simulate/types";
import { AUDIT_RATE, type PlannedVerdict, type VerdictContext, analystVerdict, auditVerdict } from "@/lib/simulate/verdicts";
import { withFollowUps } from "@/lib/simulate/follow-ups";
import { Rng } from "@/lib/stats/random";

export type ScenarioOptions = { seed?: number; days?: number; eventsPerDay?: number; end?: Date; analysts?: string[] };
export type DayBatch = { day: Date; predictions: PredictionIn[]; verdicts: PlannedVerdict[] };
export type ModelInfo = { name: string; description: string; owner: string };

export const TRAINING_DAYS = 14;
export const DEFAULT_END = new Date("2026-11-23T00:00:00Z");
export const DEFAULT_ANALYSTS = ["a.moreau@vigil.example", "k.osei@vigil.example", "m.tanaka@vigil.example", "r.silva@vigil.example"];
export const MODEL_INFO: ModelInfo = {
  name: "intrusion-detector",
  description: "Scores endpoint, network and authentication sessions for credential access, exfiltration, command-and-control and lateral movement.",
  owner: "detection-engineering",
};

export type Engine = {
  seed: number;
  days: number;
  eventsPerDay: number;
  end: number;
  firstDay: number;
  drift: DriftPlan;
  champion: TrainedVersion;
  challenger: TrainedVersion;
  dayStart(index: number): number;
  simulateDay(index: number): { events: SimEvent[]; batch: DayBatch };
};

function resolve(options: ScenarioOptions) {
  const seed = options.seed ?? 42;
  const days = options.days ?? 30;
  const eventsPerDay = options.eventsPerDay ?? 2000;
  const end = (options.end ?? DEFAULT_END).getTime();
  const analysts = options.analysts && options.analysts.length > 0 ? options.analysts : DEFAULT_ANALYSTS;
  if (!Number.isInteger(seed)) throw new RangeError("scenario: seed must be an integer");
  if (!Number.isInteger(days) || days < 1) throw new RangeError("scenario: days must be a positive integer");
  if (!Number.isInteger(eventsPerDay) || eventsPerDay < 200) throw new RangeError("scenario: eventsPerDay must be an integer >= 200");
  if (!Number.isFinite(end) || end % DAY_MS !== 0) throw new RangeError("scenario: end must be a UTC midnight");
  return { seed, days, eventsPerDay, end, analysts };
}

function hex(rng: Rng, length: number): string {
  let out = "";
  while (out.length < length) out += rng.nextUint32().toString(16).padStart(8, "0");
  return out.slice(0, length);
}

export function createEngine(options: ScenarioOptions = {}): Engine {
  const { seed, days, eventsPerDay, end, analysts } = resolve(options);
  const firstDay = end - days * DAY_MS;
  const trainStart = firstDay - TRAINING_DAYS * DAY_MS;
  const drift: DriftPlan = {
    patchDayStart: firstDay + Math.floor(days / 2) * DAY_MS,
    techniqueChange: firstDay + Math.floor((2 * days) / 3) * DAY_MS,
  };
  const enterprise = buildEnterprise(Rng.derive(seed, "enterprise"));
  const ctx: TelemetryContext = {
    seed,
    enterprise,
    actors: buildActorTable(enterprise),
    campaigns: planCampaigns(Rng.derive(seed, "campaigns"), enterprise, trainStart, end, drift.techniqueChange, eventsPerDay),
    patchedAt: patchTimes(seed, enterprise.hosts, drift),
    eventsPerDay,
  };

  const window: SimEvent[] = [];
  for (let day = trainStart; day < firstDay; day += DAY_MS) window.push(...generateDay(ctx, day));
  const windowRows = window.map((e) => e.features);
  const windowLabels = window.map((e) => (e.truth.malicious ? 1 : 0));
  const windowName = `soc-telemetry@${dayKey(trainStart)}..${dayKey(firstDay - DAY_MS)}`;
  const source = `training window ${new Date(trainStart).toISOString().slice(0, 10)} to ${new Date(firstDay).toISOString().slice(0, 10)} (${window.length} events)`;
  const provenance = Rng.derive(seed, "provenance");

  const champion = trainVersion({
    version: "1.0.0",
    stage: "PRODUCTION",
    description: "Logistic regression on 14 days of labelled SOC telemetry.",
    l2: 1,
    fitRows: windowRows,
    fitLabels: windowLabels,
    windowRows,
    windowLabels,
    trainingDataset: windowName,
    baselineSource: source,
    codeCommit: hex(provenance, 40),
    artifactUri: `s3://vigil-models/${MODEL_INFO.name}/1.0.0/model.json`,
  });
  // The challenger adds a purple-team exercise (DNS tunnelling, jittered beacons) to the same
  // window and regularises harder: the candidate a team would shadow before promoting.
  const exercise = exerciseEvents(Rng.derive(seed, "exercise"), enterprise, ctx.actors, trainStart, firstDay);
  const challenger = trainVersion({
    version: "1.1.0",
    stage: "SHADOW",
    description: "Retrained with purple-team DNS-tunnelling and jittered-beacon exercise data; stronger L2.",
    l2: 4,
    fitRows: [...windowRows, ...exercise.map((e) => e.features)],
    fitLabels: [...windowLabels, ...exercise.map(() => 1)],
    windowRows,
    windowLabels,
    trainingDataset: `${windowName}+purple-team-exercise`,
    baselineSource: source,
    codeCommit: hex(provenance, 40),
    artifactUri: `s3://vigil-models/${MODEL_INFO.name}/1.1.0/model.json`,
    extraHyperparameters: { exerciseRows: exercise.length },
  });
  for (const version of [champion, challenger]) version.registration.owner = MODEL_INFO.owner;

  const dayStart = (index: number) => firstDay + index * DAY_MS;

  function simulateDay(index: number): { events: SimEvent[]; batch: DayBatch } {
    if (!Number.isInteger(index) || index < 0 || index >= days) throw new RangeError(`scenario: day ${index} outside 0..${days - 1}`);
    const start = dayStart(index);
    const key = dayKey(start);
    const events = generateDay(ctx, start);
    const auditRng = Rng.derive(seed, "audit", key);
    // Its own stream, so planning second opinions and corrections leaves every verdict as it was.
    const followUpRng = Rng.derive(seed, "follow-ups", key);
    const verdictContext: VerdictContext = {
      rng: Rng.derive(seed, "verdicts", key),
      analysts,
      model: MODEL_INFO.name,
      version: champion.registration.version,
      threshold: champion.threshold,
      end,
      lastDay: index === days - 1,
    };
    const predictions: PredictionIn[] = [];
    const verdicts: PlannedVerdict[] = [];
    for (const event of events) {
      const timestamp = new Date(event.time).toISOString();
      const entity = { host: event.host.name, user: event.user.name, sourceIp: event.host.ip, businessUnit: event.user.businessUnit };
      for (const version of [champion, challenger]) {
        const scored = scoreEvent(version.model, event.features);
        const prediction: PredictionIn = {
          eventId: event.id,
          model: MODEL_INFO.name,
          version: version.registration.version,
          timestamp,
          score: scored.score,
          features: event.features,
          explanation: { space: "logit", baseValue: version.model.baseValue, values: scored.values },
          entity,
          rawEvent: event.raw,
        };
        const alert = scored.score >= version.threshold;
        const attackType = alert ? predictedAttackType(scored.values) : undefined;
        if (attackType) prediction.attackType = attackType;
        if (version === champion) {
          if (alert) {
            const verdict = analystVerdict(verdictContext, event, scored.score);
            if (verdict) verdicts.push(withFollowUps(followUpRng, event, verdict, end));
          } else if (auditRng.bernoulli(AUDIT_RATE)) {
            prediction.auditSample = { inclusionProbability: AUDIT_RATE };
            const verdict = auditVerdict(verdictContext, event);
            if (verdict) verdicts.push(withFollowUps(followUpRng, event, verdict, end));
          }
        }
        predictions.push(prediction);
      }
    }
    verdicts.sort((a, b) => a.at.getTime() - b.at.getTime());
    return { events, batch: { day: new Date(start), predictions, verdicts } };
  }

  return { seed, days, eventsPerDay, end, firstDay, drift, champion, challenger, dayStart, simulateDay };
}
