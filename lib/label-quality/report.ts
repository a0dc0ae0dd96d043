import "server-only";
// GET /api/v1/label-quality: reads the verdicts and second opinions on the predictions of a
// model (or all) whose event time is in [from, to), and hands them to the pure aggregation.
// Thousands of small rows: read as tuples on the raw driver (lib/db/read-sql.ts).
import type { Verdict } from "@/lib/alerts/schemas";
import { notFound } from "@/lib/api/errors";
import { prisma } from "@/lib/db/client";
import { inList, millis, rangeClause, readTuples } from "@/lib/db/read-sql";
import { aggregateLabelQuality, type LabelFact, type ReviewFact } from "./aggregate";
import { MIN_PAIRS_FOR_KAPPA, REVIEW_SAMPLE_RATE, REVIEW_WINDOW_DAYS, type LabelQualityQuery, type LabelQualityReport } from "./schemas";

/** The version ids of the named model; undefined: every model. */
async function versionsOf(model: string | undefined): Promise<number[] | undefined> {
  if (model === undefined) return undefined;
  const found = await prisma().model.findUnique({ where: { name: model }, select: { versions: { select: { id: true } } } });
  if (!found) throw notFound(`No model is named ${JSON.stringify(model)}`);
  return found.versions.map((v) => v.id);
}

/** ` AND p."modelVersionId" IN (…) AND p."time" >= ? AND p."time" < ?` for the parts that are set. */
function predictionFilter(versions: number[] | undefined, query: LabelQualityQuery) {
  const range = rangeClause(`p."time"`, query.from, query.to);
  const byVersion = versions ? ` AND p."modelVersionId" IN ${inList(versions.length)}` : "";
  return { sql: `${byVersion}${range.sql}`, params: [...(versions ?? []), ...range.params] };
}

async function loadLabels(filter: ReturnType<typeof predictionFilter>): Promise<LabelFact[]> {
  const rows = await readTuples(
    `SELECT l."id", l."predictionId", p."time", l."verdict", l."reasonCode", l."labelledById", l."at", l."supersedesId"
     FROM "Label" l CROSS JOIN "Prediction" p
     WHERE p."id" = l."predictionId"${filter.sql}`,
    filter.params,
  );
  return rows.map((t) => ({
    id: Number(t[0]),
    predictionId: Number(t[1]),
    predictionTime: millis(t[2]),
    verdict: t[3] as Verdict,
    reasonCode: (t[4] as string | null) ?? null,
    labelledById: (t[5] as string | null) ?? null,
    at: millis(t[6]),
    supersedesId: t[7] === null || t[7] === undefined ? null : Number(t[7]),
  }));
}

async function loadReviews(filter: ReturnType<typeof predictionFilter>): Promise<ReviewFact[]> {
  const rows = await readTuples(
    `SELECT r."labelId", r."verdict" FROM "LabelReview" r CROSS JOIN "Prediction" p
     WHERE p."id" = r."predictionId"${filter.sql}`,
    filter.params,
  );
  return rows.map((t) => ({ labelId: Number(t[0]), verdict: t[1] as Verdict }));
}

export async function labelQualityReport(query: LabelQualityQuery): Promise<LabelQualityReport> {
  const versions = await versionsOf(query.model);
  const filter = predictionFilter(versions, query);
  const [labels, reviews] = versions?.length === 0 ? [[], []] : await Promise.all([loadLabels(filter), loadReviews(filter)]);
  const ids = [...new Set(labels.map((l) => l.labelledById).filter((id): id is string => id !== null))];
  const people = ids.length ? await prisma().user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } }) : [];
  return {
    window: { model: query.model ?? null, from: query.from?.toISOString() ?? null, to: query.to?.toISOString() ?? null },
    settings: { sampleRate: REVIEW_SAMPLE_RATE, minPairs: MIN_PAIRS_FOR_KAPPA, reviewWindowDays: REVIEW_WINDOW_DAYS },
    ...aggregateLabelQuality({ labels, reviews, people, minPairs: MIN_PAIRS_FOR_KAPPA }),
    generatedAt: new Date().toISOString(),
  };
}
