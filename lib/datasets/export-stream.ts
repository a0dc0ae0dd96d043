import "server-only";
// Streams a dataset version as CSV or JSONL: keyset pages of its items (constant memory however
// many rows), in prediction-id order, which is fixed for a version, so re-exporting gives the
// same bytes. The version's content sha256 travels in a header; the JSONL lines, sorted by
// (model, version, eventId), are exactly the bytes it was taken over.
import { prisma } from "@/lib/db/client";
import type { DatasetRow } from "./canonical";
import { csvHeader, csvRow, jsonlRow } from "./export-format";
import { findVersion } from "./read";
import type { DatasetExportQuery } from "./schemas";

const PAGE = 1_000;
const CONTENT_TYPES = { csv: "text/csv; charset=utf-8", jsonl: "application/x-ndjson; charset=utf-8" } as const;

async function featureNames(versionId: number): Promise<string[]> {
  const manifest = (await prisma().datasetVersion.findUniqueOrThrow({ where: { id: versionId }, select: { manifest: true } })).manifest as {
    modelVersions?: { model: string; version: string }[];
  };
  const pairs = manifest.modelVersions ?? [];
  const versions = await prisma().modelVersion.findMany({
    where: { OR: pairs.map((pair) => ({ version: pair.version, model: { name: pair.model } })) },
    select: { features: true },
  });
  const names = new Set<string>();
  for (const version of versions) for (const feature of (version.features ?? []) as { name?: unknown }[]) if (typeof feature.name === "string") names.add(feature.name);
  return [...names].sort();
}

async function page(versionId: number, after: number): Promise<(DatasetRow & { predictionId: number })[]> {
  const items = await prisma().datasetItem.findMany({
    where: { datasetVersionId: versionId, predictionId: { gt: after } },
    orderBy: { predictionId: "asc" },
    take: PAGE,
    select: {
      predictionId: true,
      label: true,
      verdict: true,
      labelId: true,
      prediction: { select: { eventId: true, time: true, score: true, features: true, modelVersion: { select: { version: true, model: { select: { name: true } } } } } },
    },
  });
  // DatasetItem keeps the label's id, not a relation: one query for the page's labels.
  const labels = new Map(
    (await prisma().label.findMany({ where: { id: { in: items.map((item) => item.labelId) } }, select: { id: true, source: true, at: true } })).map((label) => [label.id, label]),
  );
  return items.map((item) => ({
    predictionId: item.predictionId,
    eventId: item.prediction.eventId,
    model: item.prediction.modelVersion.model.name,
    version: item.prediction.modelVersion.version,
    time: item.prediction.time,
    score: item.prediction.score,
    features: item.prediction.features,
    class: item.label as 0 | 1,
    verdict: item.verdict,
    source: labels.get(item.labelId)!.source,
    labelledAt: labels.get(item.labelId)!.at,
  }));
}

export async function exportDataset(name: string, version: number, query: DatasetExportQuery): Promise<Response> {
  const found = await findVersion(name, version);
  const features = query.format === "csv" ? await featureNames(found.id) : [];
  const encoder = new TextEncoder();
  let after = 0;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      if (query.format === "csv") controller.enqueue(encoder.encode(csvHeader(features)));
    },
    async pull(controller) {
      try {
        const rows = await page(found.id, after);
        if (rows.length) {
          controller.enqueue(encoder.encode(rows.map((row) => (query.format === "csv" ? csvRow(row, features) : jsonlRow(row))).join("")));
          after = rows[rows.length - 1].predictionId;
        }
        if (rows.length < PAGE) controller.close();
      } catch (error) {
        controller.error(error);
      }
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": CONTENT_TYPES[query.format],
      "content-disposition": `attachment; filename="${name}-v${version}.${query.format}"`,
      "x-dataset-sha256": found.sha256,
      "x-dataset-rows": String(found.rows),
      "cache-control": "no-store",
    },
  });
}
