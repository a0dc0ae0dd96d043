import "server-only";
// The model versions monitoring works on: what the drift, performance and event services need
// of a registered version, validated once here.
import { notFound } from "@/lib/api/errors";
import { prisma } from "@/lib/db/client";
import { Baseline, type Stage } from "@/lib/registry/schemas";
import type { FeatureSpecLike } from "./reference";

export type MonitoredVersion = {
  id: number;
  model: string;
  version: string;
  stage: Stage;
  threshold: number;
  features: FeatureSpecLike[];
  baseline: Baseline | null;
  hyperparameters: unknown;
  metrics: Record<string, number> | null;
};

export type VersionOption = { id: number; model: string; version: string; stage: Stage };

function featuresOf(value: unknown): FeatureSpecLike[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((f) =>
    f && typeof f === "object" && typeof f.name === "string" && (f.type === "numeric" || f.type === "categorical") ? [{ name: f.name, type: f.type }] : [],
  );
}

function metricsOf(value: unknown): Record<string, number> | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const out: Record<string, number> = {};
  for (const [key, v] of Object.entries(value)) if (typeof v === "number" && Number.isFinite(v)) out[key] = v;
  return out;
}

const SELECT = { id: true, version: true, stage: true, threshold: true, features: true, baseline: true, hyperparameters: true, metrics: true, model: { select: { name: true } } } as const;

type Row = { id: number; version: string; stage: Stage; threshold: number; features: unknown; baseline: unknown; hyperparameters: unknown; metrics: unknown; model: { name: string } };

function toVersion(row: Row): MonitoredVersion {
  // A baseline registered before a schema change may no longer parse: monitor without it rather than fail.
  const baseline = row.baseline == null ? null : Baseline.safeParse(row.baseline);
  return {
    id: row.id,
    model: row.model.name,
    version: row.version,
    stage: row.stage,
    threshold: row.threshold,
    features: featuresOf(row.features),
    baseline: baseline?.success ? baseline.data : null,
    hyperparameters: row.hyperparameters,
    metrics: metricsOf(row.metrics),
  };
}

export async function findMonitoredVersion(model: string, version: string): Promise<MonitoredVersion> {
  const row = await prisma().modelVersion.findFirst({ where: { version, model: { name: model } }, select: SELECT });
  if (!row) throw notFound(`Model "${model}" has no version "${version}"`);
  return toVersion(row as Row);
}

export async function findMonitoredVersionById(id: number): Promise<MonitoredVersion | null> {
  const row = await prisma().modelVersion.findUnique({ where: { id }, select: SELECT });
  return row ? toVersion(row as Row) : null;
}

const STAGE_ORDER: Record<Stage, number> = { PRODUCTION: 0, CANARY: 1, SHADOW: 2, STAGING: 3, DEVELOPMENT: 4, ARCHIVED: 5 };

/** Every registered version, production first: the monitoring page's picker. */
export async function listMonitoredVersions(): Promise<VersionOption[]> {
  const rows = await prisma().modelVersion.findMany({ select: { id: true, version: true, stage: true, model: { select: { name: true } } } });
  return rows
    .map((r) => ({ id: r.id, model: r.model.name, version: r.version, stage: r.stage }))
    .sort((a, b) => a.model.localeCompare(b.model) || STAGE_ORDER[a.stage] - STAGE_ORDER[b.stage] || b.id - a.id);
}
