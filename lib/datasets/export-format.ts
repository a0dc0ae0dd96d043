// How a dataset row is written to CSV and JSONL. Pure. A JSONL line is exactly the row's
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
