import "server-only";
// Which versions the queue works with: the model's champion (its production version), whose
// unlabelled predictions are the candidates, and its challengers (shadow and canary versions),
// which score the same events and may disagree with it.
import { notFound } from "@/lib/api/errors";
import { prisma } from "@/lib/db/client";
import type { Baseline, Stage } from "@/lib/registry/schemas";

export type ChallengerRef = { id: number; version: string; stage: Stage; threshold: number };

export type ModelRef = {
  modelId: number;
  name: string;
  champion: { id: number; version: string; threshold: number; baseline: Baseline | null };
  challengers: ChallengerRef[];
  /** every version of the model: a verdict on any of them describes the event */
  versionIds: number[];
};

const CHALLENGER_STAGES: Stage[] = ["SHADOW", "CANARY"];

/** Models with a production version, by name: the ones the queue can serve. */
export async function modelsWithChampion(): Promise<string[]> {
  const rows = await prisma().model.findMany({ where: { versions: { some: { stage: "PRODUCTION" } } }, orderBy: { name: "asc" }, select: { name: true } });
  return rows.map((row) => row.name);
}

/** The named model (or, unnamed, the first with a production version) and its versions. */
export async function resolveModel(name: string | undefined): Promise<ModelRef> {
  const chosen = name ?? (await modelsWithChampion())[0];
  if (chosen === undefined) throw notFound("No model has a production version yet: active learning picks from the champion's predictions");
  const model = await prisma().model.findUnique({
    where: { name: chosen },
    select: { id: true, name: true, versions: { orderBy: { id: "desc" }, select: { id: true, version: true, stage: true, threshold: true, baseline: true } } },
  });
  if (!model) throw notFound(`There is no model named ${chosen}`);
  const champion = model.versions.find((v) => v.stage === "PRODUCTION");
  if (!champion) throw notFound(`${model.name} has no production version: active learning picks from the champion's predictions`);
  return {
    modelId: model.id,
    name: model.name,
    champion: { id: champion.id, version: champion.version, threshold: champion.threshold, baseline: (champion.baseline as Baseline | null) ?? null },
    challengers: model.versions
      .filter((v) => CHALLENGER_STAGES.includes(v.stage))
      .map((v) => ({ id: v.id, version: v.version, stage: v.stage, threshold: v.threshold })),
    versionIds: model.versions.map((v) => v.id),
  };
}
