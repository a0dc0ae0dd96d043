// A small demo scenario in the test database: intrusion-detector 1.0.0 in production, its
// predictions for 4 days × 400 events (2026-11-19 … 22) and the verdicts analysts and the audit
// sample gave them — what the closing-loop tests build their snapshots from.
import { recordVerdicts, type VerdictInput } from "@/lib/alerts/verdicts";
import { prisma } from "@/lib/db/client";
import { ingestPredictions } from "@/lib/ingest/ingest";
import { registerModelVersion } from "@/lib/registry/register";
import { buildScenario } from "@/lib/simulate/scenario";

export const MODEL = "intrusion-detector";
export const END = new Date("2026-11-23T00:00:00Z");
export const EVENTS = 1600;

export async function loadSmallDemo(): Promise<{ championId: number }> {
  const scenario = buildScenario({ days: 4, eventsPerDay: 400, end: END });
  const { id: championId } = await registerModelVersion(MODEL, { ...scenario.champion, description: scenario.model.description, owner: scenario.model.owner }, { label: "test" });
  const verdicts: VerdictInput[] = [];
  for (const day of scenario.days()) {
    await ingestPredictions(day.predictions.filter((p) => p.version === scenario.champion.version));
    const ids = new Map(
      (await prisma().prediction.findMany({ where: { modelVersionId: championId, eventId: { in: day.verdicts.map((v) => v.eventId) } }, select: { id: true, eventId: true } })).map((p) => [p.eventId, p.id]),
    );
    for (const v of day.verdicts) verdicts.push({ predictionId: ids.get(v.eventId)!, verdict: v.verdict, reasonCode: v.reasonCode ?? "other", note: v.note, source: v.source, at: v.at });
  }
  await recordVerdicts(verdicts, { label: "test" });
  return { championId };
}
