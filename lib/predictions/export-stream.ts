import "server-only";
// Exports a prediction search as CSV or JSONL, streamed in batches (constant memory however
// many rows), hashing the bytes as they go. When the stream ends, the manifest (filters,
// count, sha256, who, when) is recorded in the audit trail, which is where it is read back.
import { randomUUID } from "node:crypto";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/api/errors";
import { csvHeader, csvRow, EXPORT_COLUMNS, ExportDigest, jsonlRow } from "./export-format";
import { cursorOf, fetchPredictions, versionScope } from "./search";
import { PREDICTION_FILTER_KEYS, type ExportManifest, type PredictionExportQuery } from "./schemas";
import type { Cursor } from "./search-sql";

const BATCH = 1_000;
export const EXPORT_ACTION = "predictions.exported";

const CONTENT_TYPES = { csv: "text/csv; charset=utf-8", jsonl: "application/x-ndjson; charset=utf-8" } as const;

function appliedFilters(query: PredictionExportQuery): Record<string, string | null> {
  const filters: Record<string, string | null> = {};
  for (const key of PREDICTION_FILTER_KEYS) {
    const value = query[key];
    filters[key] = value === undefined ? null : value instanceof Date ? value.toISOString() : String(value);
  }
  return filters;
}

export async function exportPredictions(query: PredictionExportQuery, actor: Actor): Promise<Response> {
  const exportId = query.exportId ?? randomUUID();
  const createdAt = new Date();
  const scope = await versionScope(query);
  const fileName = `vigil-predictions-${createdAt.toISOString().slice(0, 10)}-${exportId.slice(0, 8)}.${query.format}`;
  const digest = new ExportDigest();
  let cursor: Cursor | undefined;
  let finished = false;

  const record = async (complete: boolean) => {
    if (finished) return;
    finished = true;
    const manifest: Omit<ExportManifest, "auditSeq"> = {
      exportId,
      format: query.format,
      fileName,
      filters: appliedFilters(query),
      asOf: createdAt.toISOString(),
      columns: query.format === "csv" ? [...EXPORT_COLUMNS] : ["one canonical JSON object per line"],
      count: digest.rows,
      bytes: digest.bytes,
      sha256: digest.finish(),
      complete,
      createdBy: actor.label,
      createdAt: createdAt.toISOString(),
      completedAt: new Date().toISOString(),
      notes: [
        "Rows: newest first (time, then id); predictions ingested after asOf are left out, so re-running the export with the same filters and asOf gives the same bytes.",
        ...(query.format === "csv" ? ["CSV text cells starting with = + - @ are prefixed with an apostrophe so spreadsheets do not run them."] : []),
      ],
    };
    await recordAudit({ actor, action: EXPORT_ACTION, target: `export:${exportId}`, details: manifest });
  };

  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      if (query.format === "csv") controller.enqueue(digest.add(csvHeader()));
    },
    async pull(controller) {
      try {
        const rows = await fetchPredictions(
          { filters: query, versionIds: scope.versionIds, byModel: scope.byModel, cursor, asOf: createdAt, take: BATCH, columns: "export" },
          scope,
        );
        if (rows.length) {
          const text = rows.map(query.format === "csv" ? csvRow : jsonlRow).join("");
          controller.enqueue(digest.add(text, rows.length));
          cursor = cursorOf(rows[rows.length - 1]);
        }
        if (rows.length < BATCH) {
          await record(true);
          controller.close();
        }
      } catch (error) {
        console.error("[export] predictions export failed", error);
        await record(false).catch(() => {});
        controller.error(error);
      }
    },
    async cancel() {
      // The client went away: still say who exported how much.
      await record(false);
    },
  });

  return new Response(stream, {
    headers: {
      "content-type": CONTENT_TYPES[query.format],
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "no-store",
      "x-vigil-export-id": exportId,
      "x-vigil-manifest": `/api/v1/predictions/export/${exportId}`,
    },
  });
}

/** The manifest of a finished export, from the audit event that recorded it. */
export async function exportManifest(exportId: string): Promise<ExportManifest> {
  const event = await prisma().auditEvent.findFirst({ where: { target: `export:${exportId}`, action: EXPORT_ACTION }, orderBy: { seq: "desc" } });
  if (!event) throw notFound(`No finished export ${exportId} (it may still be running)`);
  return { ...(event.details as Omit<ExportManifest, "auditSeq">), auditSeq: event.seq };
}
