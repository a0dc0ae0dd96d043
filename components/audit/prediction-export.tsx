"use client";
// Exports the current search as CSV or JSONL. The download streams from the server; once it
// has finished, its manifest (count, sha256, filters, who, when) appears here, read back from
// the audit event that recorded the export.
import { Download } from "lucide-react";
import { useState } from "react";
import type { PredictionFilterParams } from "@/lib/predictions/schemas";
import { filterParams, useExportManifest } from "@/lib/predictions/use-prediction-history";
import { Button } from "@/components/ui/button";

/** A v4 UUID; crypto.randomUUID exists only in secure contexts (https or localhost). */
function newExportId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function startDownload(url: string) {
  const link = document.createElement("a");
  link.href = url;
  link.download = "";
  document.body.append(link);
  link.click();
  link.remove();
}

export function PredictionExport({ filters }: { filters: PredictionFilterParams }) {
  const [exportId, setExportId] = useState<string | null>(null);
  const manifest = useExportManifest(exportId);
  const run = (format: "csv" | "jsonl") => {
    const id = newExportId();
    const params = filterParams(filters);
    params.set("format", format);
    params.set("exportId", id);
    setExportId(id);
    startDownload(`/api/v1/predictions/export?${params}`);
  };
  return (
    <div className="space-y-1 text-sm">
      <div className="flex items-center gap-2">
        <span className="text-muted">Export these results</span>
        <Button size="sm" variant="secondary" onClick={() => run("csv")} data-testid="export-csv"><Download aria-hidden />CSV</Button>
        <Button size="sm" variant="secondary" onClick={() => run("jsonl")} data-testid="export-jsonl"><Download aria-hidden />JSONL</Button>
      </div>
      {exportId && (
        <p className="text-xs text-muted" data-testid="export-manifest">
          {manifest.data ? (
            <>
              Exported {manifest.data.count.toLocaleString("en-US")} predictions ({manifest.data.bytes.toLocaleString("en-US")} bytes), sha256{" "}
              <code className="break-all">{manifest.data.sha256}</code>, recorded as audit event {manifest.data.auditSeq}.{" "}
              <a className="text-accent underline" href={`/api/v1/predictions/export/${exportId}`} target="_blank" rel="noreferrer">Manifest (JSON)</a>
            </>
          ) : manifest.error ? (
            <>The manifest did not appear: {manifest.error.message}</>
          ) : (
            <>Exporting… the manifest appears here when the download has finished.</>
          )}
        </p>
      )}
    </div>
  );
}
