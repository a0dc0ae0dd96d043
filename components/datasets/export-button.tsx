"use client";
// Downloads an export while showing how far it has got: the server streams the file and
// announces the version's row count (X-Dataset-Rows); export-progress.ts turns what has
// arrived into the button's text (a percentage for CSV/JSONL, bytes for Parquet).
import { useState } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { countNewlines, DATASET_EXPORTS, progressLabel, type ExportChoice, type ExportProgress } from "./export-progress";

type Props = { href: string; fileName: string; label: string; headerLines: ExportChoice["headerLines"]; variant?: ButtonVariant; testId?: string };

function save(parts: BlobPart[], type: string, fileName: string) {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function ExportButton({ href, fileName, label, headerLines, variant = "primary", testId }: Props) {
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run() {
    setError(null);
    setProgress({ bytes: 0, lines: 0, rows: 0 });
    try {
      const response = await fetch(href);
      if (!response.ok || !response.body) throw new Error(`The export failed (the server answered ${response.status})`);
      const rows = Number(response.headers.get("x-dataset-rows") ?? 0);
      const reader = response.body.getReader();
      const parts: BlobPart[] = [];
      let bytes = 0;
      let lines = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parts.push(value as BlobPart);
        bytes += value.length;
        if (headerLines !== null) lines += countNewlines(value);
        setProgress({ bytes, lines, rows });
      }
      save(parts, response.headers.get("content-type") ?? "application/octet-stream", fileName);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "The export failed");
    } finally {
      setProgress(null);
    }
  }

  return (
    <span className="inline-flex items-center gap-2">
      <Button size="sm" variant={variant} disabled={progress !== null} onClick={run} aria-live="polite" data-testid={testId}>
        {progress === null ? label : progressLabel({ label, headerLines }, progress)}
      </Button>
      {error ? (
        <span role="alert" className="text-xs text-danger">
          {error}
        </span>
      ) : null}
    </span>
  );
}

/** One button per export format of a dataset version (CSV first: what most tools open). */
export function DatasetExportButtons({ name, version }: { name: string; version: number }) {
  const base = `/api/v1/datasets/${encodeURIComponent(name)}/versions/${version}/export`;
  return (
    <>
      {DATASET_EXPORTS.map((choice, index) => (
        <ExportButton
          key={choice.format}
          href={`${base}?format=${choice.format}`}
          fileName={`${name}-v${version}.${choice.format}`}
          label={choice.label}
          headerLines={choice.headerLines}
          variant={index === 0 ? "primary" : "secondary"}
          testId={`dataset-export-${choice.format}`}
        />
      ))}
    </>
  );
}
