import "server-only";
// Context for judging one alert: what else fired on the same host or user around it, and how
// alerts that fired for the same reasons were judged before.
import type Database from "better-sqlite3";
import { getDb, prisma } from "@/lib/db/client";
import { notFound } from "@/lib/api/errors";
import type { Prisma as Db } from "@/generated/prisma/sqlite/client";
import { denseVector, nearestByCosine } from "@/lib/stats/similarity";
import {
  RELATED_LIMIT,
  RELATED_WINDOW_DAYS,
  SIMILAR_CANDIDATE_LIMIT,
  SIMILAR_DEFAULT_K,
  type RelatedAlert,
  type RelatedAlerts,
  type SimilarAlert,
  type SimilarAlerts,
} from "./context-schemas";
import { describeVerdictMix, firstReason, verdictMix } from "./group-by";

const DAY_MS = 86_400_000;

const LATEST_LABEL = { where: { supersededBy: null }, select: { verdict: true, reasonCode: true }, take: 1 } satisfies Db.Prediction$labelsArgs;

const CONTEXT_SELECT = {
  id: true, time: true, severity: true, status: true, score: true, host: true, userName: true, topReasons: true,
  prediction: { select: { labels: LATEST_LABEL } },
} satisfies Db.AlertSelect;

type ContextRow = Db.AlertGetPayload<{ select: typeof CONTEXT_SELECT }>;

function toContextAlert(row: ContextRow) {
  const label = row.prediction.labels[0];
  return {
    id: row.id,
    time: row.time.toISOString(),
    severity: row.severity,
    status: row.status,
    score: row.score,
    host: row.host,
    userName: row.userName,
    topReason: firstReason(row.topReasons),
    verdict: label?.verdict ?? null,
    reasonCode: label?.reasonCode ?? null,
  };
}

/**
 * Other alerts on the same host or user within RELATED_WINDOW_DAYS either side of this one,
 * newest first, with their latest verdicts. Alert has no host or user index; the predictions'
 * (host, time) and (userName, time) indexes find the ids, one small query per entity, and
 * the union of each one's newest RELATED_LIMIT + 1 holds the overall newest.
 */
export async function relatedAlerts(alertId: number): Promise<RelatedAlerts> {
  const alert = await prisma().alert.findUnique({ where: { id: alertId }, select: { id: true, time: true, host: true, userName: true } });
  if (!alert) throw notFound(`Alert ${alertId} does not exist`);
  const from = new Date(alert.time.getTime() - RELATED_WINDOW_DAYS * DAY_MS);
  const to = new Date(alert.time.getTime() + RELATED_WINDOW_DAYS * DAY_MS);
  const window = { from: from.toISOString(), to: to.toISOString(), host: alert.host, userName: alert.userName };
  const entities: Db.PredictionWhereInput[] = [];
  if (alert.host) entities.push({ host: alert.host });
  if (alert.userName) entities.push({ userName: alert.userName });

  const matches = await Promise.all(
    entities.map((entity) =>
      prisma().prediction.findMany({
        where: { ...entity, time: { gte: from, lt: to }, alert: { is: { id: { not: alert.id } } } },
        orderBy: [{ time: "desc" }, { id: "desc" }],
        take: RELATED_LIMIT + 1,
        select: { id: true },
      }),
    ),
  );
  const predictionIds = [...new Set(matches.flat().map((p) => p.id))];
  if (!predictionIds.length) return { ...window, alerts: [], truncated: false };

  const rows = await prisma().alert.findMany({
    where: { predictionId: { in: predictionIds } },
    orderBy: [{ time: "desc" }, { id: "desc" }],
    take: RELATED_LIMIT + 1,
    select: { ...CONTEXT_SELECT, modelVersion: { select: { version: true, model: { select: { name: true } } } } },
  });
  const alerts = rows.slice(0, RELATED_LIMIT).map(
    (row): RelatedAlert => ({
      ...toContextAlert(row),
      matchedOn: [
        ...(alert.host && row.host === alert.host ? (["host"] as const) : []),
        ...(alert.userName && row.userName === alert.userName ? (["user"] as const) : []),
      ],
      model: row.modelVersion.model.name,
      version: row.modelVersion.version,
    }),
  );
  return { ...window, alerts, truncated: rows.length > RELATED_LIMIT };
}

/** The model version's feature order; falls back to the explanation's own keys. */
function featureNames(features: unknown, values: Record<string, number>): string[] {
  const names = Array.isArray(features) ? features.map((f) => (f as { name?: unknown })?.name).filter((n): n is string => typeof n === "string") : [];
  return names.length ? names : Object.keys(values).sort();
}

/** Raw reads return JSON as text on SQLite and parsed on PostgreSQL. */
function explanationValues(explanation: unknown): Record<string, number> | null {
  const parsed = typeof explanation === "string" ? JSON.parse(explanation) : explanation;
  const values = (parsed as { values?: unknown } | null)?.values;
  return values && typeof values === "object" ? (values as Record<string, number>) : null;
}

// The alert's own time is compared in SQL, so no timestamp crosses the providers' different
// encodings; `time <=` lets the (modelVersionId, time) index start at this alert and walk back.
const CANDIDATES_SQL = `
  SELECT a."id", p."explanation"
  FROM "Alert" a JOIN "Prediction" p ON p."id" = a."predictionId"
  WHERE a."modelVersionId" = ?
    AND a."time" <= (SELECT "time" FROM "Alert" WHERE "id" = ?)
    AND (a."time" < (SELECT "time" FROM "Alert" WHERE "id" = ?) OR a."id" < ?)
    AND EXISTS (SELECT 1 FROM "Label" l WHERE l."predictionId" = a."predictionId")
  ORDER BY a."time" DESC, a."id" DESC
  LIMIT ?`;

const statements = new WeakMap<Database.Database, Database.Statement>();

type CandidateRow = { id: number | bigint; explanation: unknown };

/**
 * The SIMILAR_CANDIDATE_LIMIT most recent labelled alerts of the version before this one. On
 * SQLite this reads through the raw driver: at 2,000 rows Prisma's result mapping costs more than
 * the query (measured ~16 ms vs ~4 ms on the bench set). That connection is the one ingest
 * writes on, so a read can see an ingest batch in flight, but never as a candidate: its alerts
 * have no labels yet, and labels are only written through Prisma.
 */
async function candidateExplanations(alertId: number, modelVersionId: number): Promise<CandidateRow[]> {
  const params = [modelVersionId, alertId, alertId, alertId, SIMILAR_CANDIDATE_LIMIT];
  const { sqlite } = getDb();
  if (sqlite) {
    let statement = statements.get(sqlite);
    if (!statement) statements.set(sqlite, (statement = sqlite.prepare(CANDIDATES_SQL)));
    return statement.all(...params) as CandidateRow[];
  }
  let n = 0;
  return prisma().$queryRawUnsafe<CandidateRow[]>(CANDIDATES_SQL.replace(/\?/g, () => `$${++n}`), ...params);
}

/**
 * The k labelled past alerts of the same model version whose SHAP explanation vectors point the
 * same way as this one's (cosine similarity over the version's feature set), and how they were
 * judged. Computed on the fly over at most SIMILAR_CANDIDATE_LIMIT candidates: the most recent
 * labelled alerts before this one (by time, then id). Older history is not searched; the bound
 * keeps this to a couple of indexed reads and ~2,000 × features multiply-adds.
 */
export async function similarAlerts(alertId: number, k = SIMILAR_DEFAULT_K): Promise<SimilarAlerts> {
  const alert = await prisma().alert.findUnique({
    where: { id: alertId },
    select: { id: true, modelVersionId: true, modelVersion: { select: { features: true } }, prediction: { select: { explanation: true } } },
  });
  if (!alert) throw notFound(`Alert ${alertId} does not exist`);
  const empty: SimilarAlerts = { k, candidates: 0, candidateLimit: SIMILAR_CANDIDATE_LIMIT, alerts: [], mix: [], summary: null, unavailable: null };
  const values = explanationValues(alert.prediction.explanation);
  const features = values ? featureNames(alert.modelVersion.features, values) : [];
  const query = denseVector(values, features);
  if (!query.some((v) => v !== 0)) return { ...empty, unavailable: "no_explanation" };

  // Ids and explanations for the whole candidate set; full rows for the k winners only.
  const candidates = await candidateExplanations(alert.id, alert.modelVersionId);
  const vectors = candidates.map((c) => denseVector(explanationValues(c.explanation), features));
  // Opposite or unrelated explanations (cosine <= 0) are not "similar" and would skew the mix.
  const nearest = nearestByCosine(query, vectors, k, 0);
  if (!nearest.length) return { ...empty, candidates: candidates.length };

  const ids = nearest.map((n) => Number(candidates[n.index].id));
  const rows = await prisma().alert.findMany({ where: { id: { in: ids } }, select: CONTEXT_SELECT });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const alerts: SimilarAlert[] = [];
  for (const n of nearest) {
    const row = byId.get(Number(candidates[n.index].id));
    const context = row && toContextAlert(row);
    if (context?.verdict) alerts.push({ ...context, verdict: context.verdict, similarity: n.similarity });
  }
  const mix = verdictMix(alerts);
  return { ...empty, candidates: candidates.length, alerts, mix, summary: describeVerdictMix(mix) };
}
