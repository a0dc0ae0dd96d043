import "server-only";
// Looks up the model versions a batch names, once per batch.
import { prisma } from "@/lib/db/client";
import { badRequest, type ErrorIssue } from "@/lib/api/errors";
import type { Baseline, Stage } from "@/lib/registry/schemas";
import type { PredictionIn } from "./schemas";

export type IngestVersion = {
  id: number;
  threshold: number;
  stage: Stage;
  features: { name: string; type: "numeric" | "categorical" }[];
  baseline: Baseline | null;
};

export const versionKey = (model: string, version: string) => `${model}\u0000${version}`;

export async function resolveVersions(rows: PredictionIn[]): Promise<Map<string, IngestVersion>> {
  const wanted = new Map<string, { model: string; version: string }>();
  for (const row of rows) wanted.set(versionKey(row.model, row.version), { model: row.model, version: row.version });
  const found = await prisma().modelVersion.findMany({
    where: { OR: [...wanted.values()].map(({ model, version }) => ({ version, model: { name: model } })) },
    select: { id: true, version: true, threshold: true, stage: true, features: true, baseline: true, model: { select: { name: true } } },
  });
  const versions = new Map<string, IngestVersion>(
    found.map((v) => [
      versionKey(v.model.name, v.version),
      { id: v.id, threshold: v.threshold, stage: v.stage, features: v.features as IngestVersion["features"], baseline: v.baseline as Baseline | null },
    ]),
  );
  const issues: ErrorIssue[] = [];
  rows.forEach((row, index) => {
    if (!versions.has(versionKey(row.model, row.version)) && issues.length < 20) {
      issues.push({ path: [index, "version"], message: `model "${row.model}" has no registered version "${row.version}"` });
    }
  });
  if (issues.length) throw badRequest("Some predictions name a model version that is not registered; nothing was written", issues);
  return versions;
}
