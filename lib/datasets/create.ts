import "server-only";
// Creates an immutable dataset version: rows from the latest verdicts, the canonical sha256,
// the manifest (with the diff against the previous version of the same name), all in one
// transaction with its audit event.
import { badRequest, conflict } from "@/lib/api/errors";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { prisma } from "@/lib/db/client";
import { readTuples } from "@/lib/db/read-sql";
import { isUniqueViolation } from "@/lib/db/errors";
import { HASH_ALGORITHM } from "./canonical";
import { diffRows, type DiffRow } from "./diff";
import { resolveFilter } from "./filter";
import { loadCandidates } from "./load-candidates";
import { hashSelection } from "./content-hash";
import { VERDICTS, type DatasetBuildIn, type DatasetCreated, type DatasetManifest } from "./schemas";
import { selectRows, type Candidate } from "./select-rows";
import { labellersOf, summarise } from "./summarise";

// Rows per INSERT statement: a few hundred kilobytes of SQL.
const INSERT_CHUNK = 5_000;

async function parentRows(versionId: number): Promise<DiffRow[]> {
  const tuples = await readTuples(
    `SELECT m."name", v."version", p."eventId", d."label", d."verdict"
     FROM "DatasetItem" d
     JOIN "Prediction" p ON p."id" = d."predictionId"
     JOIN "ModelVersion" v ON v."id" = p."modelVersionId"
     JOIN "Model" m ON m."id" = v."modelId"
     WHERE d."datasetVersionId" = ?`,
    [versionId],
  );
  return tuples.map((t) => ({ model: t[0] as string, version: t[1] as string, eventId: t[2] as string, class: Number(t[3]), verdict: t[4] as string }));
}

export async function createDatasetVersion(input: DatasetBuildIn, actor: Actor): Promise<DatasetCreated> {
  const { filter, mapping } = resolveFilter(input);
  const selection = selectRows(await loadCandidates(filter), filter, mapping);
  if (!selection.rows.length) throw badRequest("No labelled predictions match: the dataset would be empty");
  const summary = summarise(selection, await hashSelection(selection.rows));
  const { sha256, modelVersions, labelDelayMinutes, classBalance, ...counts } = summary;

  const dataset = await prisma().dataset.findUnique({ where: { name: input.name }, select: { id: true } });
  const parent = dataset
    ? await prisma().datasetVersion.findFirst({ where: { datasetId: dataset.id }, orderBy: { version: "desc" }, select: { id: true, version: true, sha256: true } })
    : null;
  const diff = parent ? diffRows(await parentRows(parent.id), selection.rows) : null;
  const version = (parent?.version ?? 0) + 1;
  const createdAt = new Date();
  // A loop, not Math.min(...times): spreading 100,000+ arguments overflows the call stack.
  let first = Infinity;
  let last = -Infinity;
  for (const row of selection.rows) {
    first = Math.min(first, row.time.getTime());
    last = Math.max(last, row.time.getTime());
  }
  const manifest: DatasetManifest = {
    name: input.name,
    version,
    sha256,
    hashAlgorithm: HASH_ALGORITHM,
    filter,
    mapping,
    counts: { rows: counts.rows, positives: counts.positives, negatives: counts.negatives, bySource: counts.bySource, byVerdict: counts.byVerdict, excluded: counts.excluded },
    classBalance,
    labelDelayMinutes,
    timeRange: {
      from: filter.from,
      to: filter.to,
      firstEvent: new Date(first).toISOString(),
      lastEvent: new Date(last).toISOString(),
    },
    modelVersions,
    labellers: labellersOf(selection.rows),
    createdBy: actor.label,
    createdAt: createdAt.toISOString(),
    parent: parent ? { version: parent.version, sha256: parent.sha256 } : null,
    diff,
  };

  try {
    await prisma().$transaction(async (tx) => {
      const { id: datasetId } = dataset ?? (await tx.dataset.create({ data: { name: input.name, createdBy: actor.label }, select: { id: true } }));
      const created = await tx.datasetVersion.create({
        data: {
          datasetId,
          version,
          filter,
          mapping,
          rows: counts.rows,
          positives: counts.positives,
          classBalance: { positives: counts.positives, negatives: counts.negatives, ratio: classBalance },
          sha256,
          // A plain JSON copy: Prisma's Json input type does not accept unknown-valued records.
          manifest: JSON.parse(JSON.stringify(manifest)),
          parentId: parent?.id ?? null,
          createdBy: actor.label,
          createdAt,
        },
        select: { id: true },
      });
      for (let i = 0; i < selection.rows.length; i += INSERT_CHUNK) {
        await tx.$executeRawUnsafe(itemInsert(created.id, selection.rows.slice(i, i + INSERT_CHUNK)));
      }
      await recordAudit(
        { actor, action: "dataset.version_created", target: `dataset:${input.name}@${version}`, details: { rows: counts.rows, positives: counts.positives, sha256, parent: parent?.version ?? null, diff } },
        tx,
      );
    }, { timeout: 120_000 });
  } catch (error) {
    // Two builders raced for the same next version number: the loser retries, nothing is half-written.
    if (isUniqueViolation(error)) throw conflict(`Dataset ${input.name} changed while this version was being built; try again`);
    throw error;
  }
  return { name: input.name, version, rows: counts.rows, positives: counts.positives, sha256 };
}

const VERDICT_SET = new Set<string>(VERDICTS);

/**
 * One multi-row INSERT of literals. Prisma's createMany took ~10 s for 100,000 items here; this
 * takes a fraction of that. Only whole numbers and the four verdict names reach the text, each
 * checked, so nothing a caller sends can become SQL.
 */
function itemInsert(versionId: number, rows: readonly Candidate[]): string {
  const values = rows.map((row) => {
    const ints = [versionId, row.predictionId, row.class, row.labelId];
    if (!ints.every(Number.isSafeInteger) || !VERDICT_SET.has(row.verdict)) throw new Error(`Unexpected dataset item ${JSON.stringify(ints)} ${row.verdict}`);
    return `(${ints[0]},${ints[1]},${ints[2]},'${row.verdict}',${ints[3]})`;
  });
  return `INSERT INTO "DatasetItem" ("datasetVersionId","predictionId","label","verdict","labelId") VALUES ${values.join(",")}`;
}
