import "server-only";
// Reads the latest verdict (the label nothing supersedes) of every prediction the filter
// covers, with its prediction and model version, in one query — without the features, the bulk
// of a prediction, which the content hash reads a page at a time. Raw tuples, not Prisma
// objects: a 100,000-row build otherwise holds several objects per row at once.
import { notFound } from "@/lib/api/errors";
import { prisma } from "@/lib/db/client";
import { inList, millis, rangeClause, readTuples, truthy } from "@/lib/db/read-sql";
import type { DatasetFilter, LabelSource, VerdictMapping } from "./schemas";
import type { CandidateIn } from "./select-rows";

export async function loadCandidates(filter: DatasetFilter): Promise<CandidateIn[]> {
  const versions = await prisma().modelVersion.findMany({
    where: { model: { name: filter.model }, ...(filter.version ? { version: filter.version } : {}) },
    select: { id: true },
  });
  if (!versions.length) throw notFound(filter.version ? `No version ${filter.version} of model ${filter.model}` : `No model named ${filter.model}`);
  if (!filter.sources.length) return [];
  const ids = versions.map((v) => v.id);
  const time = rangeClause(`p."time"`, filter.from ? new Date(filter.from) : undefined, filter.to ? new Date(filter.to) : undefined);
  const tuples = await readTuples(
    `SELECT l."id", l."verdict", l."source", l."at", u."email", p."id", p."eventId", p."time", p."score", p."auditSample", v."version", m."name"
     FROM "Label" l
     JOIN "Prediction" p ON p."id" = l."predictionId"
     JOIN "ModelVersion" v ON v."id" = p."modelVersionId"
     JOIN "Model" m ON m."id" = v."modelId"
     LEFT JOIN "User" u ON u."id" = l."labelledById"
     WHERE p."modelVersionId" IN ${inList(ids.length)} AND l."source" IN ${inList(filter.sources.length)}${time.sql}
       AND NOT EXISTS (SELECT 1 FROM "Label" s WHERE s."supersedesId" = l."id")`,
    [...ids, ...filter.sources, ...time.params],
  );
  return tuples.map((t) => {
    const source = t[2] as LabelSource;
    return {
      labelId: Number(t[0]),
      verdict: t[1] as keyof VerdictMapping,
      source,
      labelledAt: new Date(millis(t[3])),
      // Imports have no person behind them: name the source instead.
      labeller: (t[4] as string | null) ?? `(${source.toLowerCase()})`,
      predictionId: Number(t[5]),
      eventId: t[6] as string,
      time: new Date(millis(t[7])),
      score: Number(t[8]),
      auditSample: truthy(t[9]),
      version: t[10] as string,
      model: t[11] as string,
    };
  });
}
