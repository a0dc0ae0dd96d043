// What a dataset export button shows while its file streams in. Pure, client-safe.
// CSV and JSONL are one line a row, so lines received against the announced row count
// (X-Dataset-Rows) is a true percentage. A Parquet file's bytes say nothing about rows until
// it is complete, so it shows the bytes received beside the row count instead of guessing.
import type { ExportFormat } from "@/lib/datasets/schemas";

export type ExportChoice = { format: ExportFormat; label: string; /** lines before the first row; null: a binary file */ headerLines: number | null };

export const DATASET_EXPORTS: readonly ExportChoice[] = [
  { format: "csv", label: "Download CSV", headerLines: 1 },
  { format: "jsonl", label: "Download JSONL", headerLines: 0 },
  { format: "parquet", label: "Download Parquet", headerLines: null },
];

export type ExportProgress = { bytes: number; lines: number; rows: number };

export function countNewlines(chunk: Uint8Array): number {
  let lines = 0;
  for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) lines++;
  return lines;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  if (bytes < 1_000_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${(bytes / 1_000_000_000).toFixed(2)} GB`;
}

/** The button's text while downloading. */
export function progressLabel(choice: Pick<ExportChoice, "label" | "headerLines">, progress: ExportProgress): string {
  const rows = `${progress.rows.toLocaleString("en")} rows`;
  if (choice.headerLines === null) return `${choice.label} — ${formatBytes(progress.bytes)} (${rows})`;
  const total = progress.rows + choice.headerLines;
  const share = total ? Math.min(1, progress.lines / total) : 0;
  return `${choice.label} — ${Math.round(share * 100)} % of ${rows}`;
}
