// How a dataset row is written to CSV and JSONL, and the encoder shape every export format
// (Parquet too: parquet-encoder.ts) fills in. Pure. A JSONL line is exactly the row's
// canonical line, so a JSONL export in canonical order hashes to the version's sha256.
import { csvLine } from "@/lib/predictions/csv";
import { canonicalLine, type DatasetRow } from "./canonical";

export const BASE_COLUMNS = ["event_id", "model", "version", "time", "score", "class", "verdict", "source", "labelled_at"] as const;

/** Features flattened into one column each (training tools want a table), then sorted by name. */
export function csvHeader(featureNames: readonly string[]): string {
  return csvLine([...BASE_COLUMNS, ...featureNames]);
}

export function csvRow(row: DatasetRow, featureNames: readonly string[]): string {
  const features = (row.features ?? {}) as Record<string, unknown>;
  return csvLine([
    row.eventId, row.model, row.version, row.time.toISOString(), row.score, row.class, row.verdict, row.source, row.labelledAt.toISOString(),
    ...featureNames.map((name) => {
      const value = features[name];
      // Nested values keep a stable text form rather than "[object Object]".
      return value !== null && typeof value === "object" ? JSON.stringify(value) : value;
    }),
  ]);
}

export const jsonlRow = canonicalLine;

/**
 * Turns pages of rows into the bytes of one export file. Each call answers the bytes that are
 * ready (possibly none: Parquet holds rows back until a row group is full), so the stream can
 * send them at once and memory stays bounded by a page or a row group.
 */
export interface ExportEncoder {
  begin(): Uint8Array[];
  rows(rows: readonly DatasetRow[]): Uint8Array[];
  end(): Uint8Array[];
}

/** CSV (header, then one line a row) or JSONL (one canonical line a row). */
export function textEncoder(format: "csv" | "jsonl", featureNames: readonly string[]): ExportEncoder {
  const utf8 = new TextEncoder();
  return {
    begin: () => (format === "csv" ? [utf8.encode(csvHeader(featureNames))] : []),
    rows: (rows) => (rows.length ? [utf8.encode(rows.map((row) => (format === "csv" ? csvRow(row, featureNames) : jsonlRow(row))).join(""))] : []),
    end: () => [],
  };
}
