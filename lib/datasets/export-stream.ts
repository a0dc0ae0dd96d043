import "server-only";
// Streams a dataset version as CSV, JSONL or Parquet: keyset pages of its items (constant memory
// however many rows), in prediction-id order, which is fixed for a version, so re-exporting gives
// the same bytes. Each format is an ExportEncoder over the same pages; bytes go out as soon as
// the encoder has them (a page for the text formats, a row group for Parquet). The version's
// content sha256 travels in a header; the JSONL lines, sorted by (model, version, eventId), are
// exactly the bytes it was taken over.
import { prisma } from "@/lib/db/client";
import type { DatasetRow } from "./canonical";
import { textEncoder, type ExportEncoder } from "./export-format";
import { mergeFeatures, type FeatureSpec } from "./parquet-columns";
import { ParquetEncoder } from "./parquet-encoder";
import { findVersion } from "./read";
import { EXPORT_MEDIA_TYPES, type DatasetExportQuery } from "./schemas";

const PAGE = 1_000;

/** Sizes a test may shrink to cross page and row-group boundaries on a few rows. */
export type ExportTuning = { pageRows?: number; rowGroupRows?: number };

type Found = Awaited<ReturnType<typeof findVersion>>;

async function featureSpecs(found: Found): Promise<FeatureSpec[]> {
  const manifest = found.manifest as { modelVersions?: { model: string; version: string }[] };
  const pairs = manifest.modelVersions ?? [];
  const versions = await prisma().modelVersion.findMany({
    where: { OR: pairs.map((pair) => ({ version: pair.version, model: { name: pair.model } })) },
    select: { features: true },
  });
  return mergeFeatures(versions.map((version) => (Array.isArray(version.features) ? (version.features as { name?: unknown; type?: unknown }[]) : [])));
}

async function page(versionId: number, after: number, take: number): Promise<(DatasetRow & { predictionId: number })[]> {
  const items = await prisma().datasetItem.findMany({
    where: { datasetVersionId: versionId, predictionId: { gt: after } },
    orderBy: { predictionId: "asc" },
    take,
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

async function encoderFor(found: Found, query: DatasetExportQuery, tuning: ExportTuning): Promise<ExportEncoder> {
  if (query.format === "jsonl") return textEncoder("jsonl", []);
  const features = await featureSpecs(found);
  if (query.format === "csv") return textEncoder("csv", features.map((feature) => feature.name));
  return new ParquetEncoder(features, { manifest: found.manifest, sha256: found.sha256 }, tuning.rowGroupRows);
}

export async function exportDataset(name: string, version: number, query: DatasetExportQuery, tuning: ExportTuning = {}): Promise<Response> {
  const found = await findVersion(name, version);
  const encoder = await encoderFor(found, query, tuning);
  const pageRows = tuning.pageRows ?? PAGE;
  let after = 0;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of encoder.begin()) controller.enqueue(chunk);
    },
    // Reads pages until the encoder has bytes to send: a pull that enqueues nothing would
    // never be called again, and the response would stall.
    async pull(controller) {
      try {
        for (;;) {
          const rows = await page(found.id, after, pageRows);
          if (rows.length) after = rows[rows.length - 1].predictionId;
          const last = rows.length < pageRows;
          const chunks = [...encoder.rows(rows), ...(last ? encoder.end() : [])];
          for (const chunk of chunks) controller.enqueue(chunk);
          if (last) return controller.close();
          if (chunks.length) return;
        }
      } catch (error) {
        controller.error(error);
      }
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": EXPORT_MEDIA_TYPES[query.format],
      "content-disposition": `attachment; filename="${name}-v${version}.${query.format}"`,
      "x-dataset-sha256": found.sha256,
      "x-dataset-rows": String(found.rows),
      "cache-control": "no-store",
    },
  });
}
