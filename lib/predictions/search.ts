import "server-only";
// Prediction history for auditors: every prediction ever made, found by event id, entity,
// model version, decision and time, newest first in keyset pages.
import { prisma } from "@/lib/db/client";
import { decodeBool, decodeJson, decodeTime, providerNow, rawRead } from "@/lib/audit/raw-read";
import { decodeCursor, encodeCursor, searchSql, type Cursor, type SearchPlan } from "./search-sql";
import type { PredictionFilters, PredictionPage, PredictionRow, PredictionSearchQuery } from "./schemas";

export type VersionScope = { versionIds: number[]; byModel: boolean; names: Map<number, { model: string; version: string }> };

/** The model versions a search covers, and every version's name for the rows. */
export async function versionScope(filters: PredictionFilters): Promise<VersionScope> {
  const versions = await prisma().modelVersion.findMany({ select: { id: true, version: true, model: { select: { name: true } } }, orderBy: { id: "asc" } });
  const names = new Map(versions.map((v) => [v.id, { model: v.model.name, version: v.version }]));
  const inScope = versions.filter((v) => (!filters.model || v.model.name === filters.model) && (!filters.version || v.version === filters.version));
  return { versionIds: inScope.map((v) => v.id), byModel: !!filters.model, names };
}

type RawRow = Record<string, unknown>;

export type StoredPrediction = PredictionRow & {
  inclusionProbability?: number | null;
  features?: unknown;
  explanation?: unknown;
  rawEvent?: unknown;
  ingestedAt?: string;
};

/** Alert ids and verdicts in force for a page of predictions: two indexed lookups, not a join per row. */
async function alertsAndVerdicts(ids: number[]) {
  const alerts = new Map<number, number>();
  const verdicts = new Map<number, string>();
  if (!ids.length) return { alerts, verdicts };
  const list = ids.map(() => "?").join(", ");
  const [alertRows, labelRows] = await Promise.all([
    rawRead<{ id: number; predictionId: number }>(`SELECT "id", "predictionId" FROM "Alert" WHERE "predictionId" IN (${list})`, ids),
    rawRead<{ predictionId: number; verdict: string }>(
      `SELECT "predictionId", "verdict" FROM "Label" WHERE "predictionId" IN (${list}) ORDER BY "predictionId", "at", "id"`,
      ids,
    ),
  ]);
  for (const row of alertRows) alerts.set(Number(row.predictionId), Number(row.id));
  // ordered oldest first: the last label seen per prediction is the one in force
  for (const row of labelRows) verdicts.set(Number(row.predictionId), row.verdict);
  return { alerts, verdicts };
}

/** One batch of a search, decoded; `take` rows at most. */
export async function fetchPredictions(plan: SearchPlan, scope: VersionScope): Promise<StoredPrediction[]> {
  const { sql, params, strategy } = searchSql(providerNow(), plan);
  if (strategy === "empty") return [];
  const raw = await rawRead<RawRow>(sql, params);
  const { alerts, verdicts } = await alertsAndVerdicts(raw.map((row) => Number(row.id)));
  return raw.map((row) => {
    const id = Number(row.id);
    const name = scope.names.get(Number(row.modelVersionId)) ?? { model: "?", version: "?" };
    const base: StoredPrediction = {
      id,
      eventId: String(row.eventId),
      time: decodeTime(row.time).toISOString(),
      score: Number(row.score),
      threshold: Number(row.threshold),
      decision: decodeBool(row.decision),
      model: name.model,
      version: name.version,
      host: (row.host as string | null) ?? null,
      user: (row.userName as string | null) ?? null,
      sourceIp: (row.sourceIp as string | null) ?? null,
      businessUnit: (row.businessUnit as string | null) ?? null,
      attackType: (row.attackType as string | null) ?? null,
      auditSample: decodeBool(row.auditSample),
      alertId: alerts.get(id) ?? null,
      verdict: verdicts.get(id) ?? null,
    };
    if (plan.columns !== "export") return base;
    return {
      ...base,
      inclusionProbability: row.inclusionProbability == null ? null : Number(row.inclusionProbability),
      features: decodeJson(row.features),
      explanation: row.explanation == null ? null : decodeJson(row.explanation),
      rawEvent: row.rawEvent == null ? null : decodeJson(row.rawEvent),
      ingestedAt: decodeTime(row.ingestedAt).toISOString(),
    };
  });
}

export function cursorOf(row: { time: string; id: number }): Cursor {
  return { time: new Date(row.time), id: row.id };
}

export async function searchPredictions(query: PredictionSearchQuery): Promise<PredictionPage> {
  const started = performance.now();
  const scope = await versionScope(query);
  const rows = await fetchPredictions(
    { filters: query, versionIds: scope.versionIds, byModel: scope.byModel, cursor: query.cursor ? decodeCursor(query.cursor) : undefined, take: query.limit + 1, columns: "page" },
    scope,
  );
  const page = rows.slice(0, query.limit);
  return {
    rows: page,
    nextCursor: rows.length > query.limit ? encodeCursor(cursorOf(page[page.length - 1])) : null,
    tookMs: Math.round(performance.now() - started),
  };
}
