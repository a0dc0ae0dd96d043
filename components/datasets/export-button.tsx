"use client";
// Downloads an export while showing how far it has got: the server streams the file, and the
// row count it announces (X-Dataset-Rows) against the lines received so far is the progress.
import { useState } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";

type Props = { href: string; fileName: string; label: string; headerLines: number; variant?: ButtonVariant };

function save(parts: BlobPart[], type: string, fileName: string) {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function ExportButton({ href, fileName, label, headerLines, variant = "primary" }: Props) {
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run() {
    setError(null);
    setProgress(0);
    try {
      const response = await fetch(href);
      if (!response.ok || !response.body) throw new Error(`The export failed (the server answered ${response.status})`);
      const total = Number(response.headers.get("x-dataset-rows") ?? 0) + headerLines;
      const reader = response.body.getReader();
      const parts: BlobPart[] = [];
      let lines = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parts.push(value as BlobPart);
        for (let i = 0; i < value.length; i++) if (value[i] === 10) lines++;
        setProgress(total ? Math.min(1, lines / total) : null);
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
      <Button size="sm" variant={variant} disabled={progress !== null} onClick={run} aria-live="polite">
        {progress === null ? label : `${label} — ${Math.round(progress * 100)} %`}
      </Button>
      {error ? (
        <span role="alert" className="text-xs text-danger">
          {error}
        </span>
      ) : null}
    </span>
  );
}
