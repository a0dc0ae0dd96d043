// One dataset version: its manifest (filter, mapping, counts, provenance), the diff against
// its parent, and the export links. The JSON manifest link is what pipelines keep beside a file.
import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { DatasetManifest } from "@/lib/datasets/schemas";
import { DatasetExportButtons } from "./export-button";
import { formatCounts, formatMinutes, formatShare } from "./format";
import { Item } from "./preview-summary";

const when = (iso: string | null) => (iso ? `${iso.slice(0, 16).replace("T", " ")} UTC` : "—");

/** `retrain`: the lead's "Retrain challenger" action (components/training), when they may retrain. */
export function DatasetVersionView({ manifest, retrain }: { manifest: DatasetManifest; retrain?: ReactNode }) {
  const base = `/api/v1/datasets/${encodeURIComponent(manifest.name)}/versions/${manifest.version}`;
  const filter = manifest.filter as Record<string, unknown>;
  return (
    <div className="space-y-4" data-testid="dataset-version">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-lg font-semibold">
          <Link href="/datasets" className="text-muted hover:underline">
            Datasets
          </Link>{" "}
          / {manifest.name} / v{manifest.version}
        </h1>
        <div className="flex gap-2">
          <DatasetExportButtons name={manifest.name} version={manifest.version} />
          <Button asChild size="sm" variant="ghost">
            <a href={base} download={`${manifest.name}-v${manifest.version}.manifest.json`}>
              Manifest (JSON)
            </a>
          </Button>
        </div>
      </div>
      {retrain}
      <Card>
        <CardHeader>
          <CardTitle>Content</CardTitle>
          <CardDescription>
            sha256 <code className="break-all">{manifest.sha256}</code> — {manifest.hashAlgorithm}. The same content hashes the same on every database.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <dl className="grid grid-cols-2 gap-x-6 gap-y-2 text-sm sm:grid-cols-3">
            <Item term="Rows" value={manifest.counts.rows.toLocaleString("en")} />
            <Item term="Positives / negatives" value={`${manifest.counts.positives} / ${manifest.counts.negatives}`} />
            <Item term="Class balance (positive share)" value={formatShare(manifest.classBalance)} />
            <Item term="By source" value={formatCounts(manifest.counts.bySource)} />
            <Item term="By verdict" value={formatCounts(manifest.counts.byVerdict)} />
            <Item term="Label delay (median / p90)" value={`${formatMinutes(manifest.labelDelayMinutes.median)} / ${formatMinutes(manifest.labelDelayMinutes.p90)}`} />
            <Item term="Events" value={`${when(manifest.timeRange.firstEvent)} → ${when(manifest.timeRange.lastEvent)}`} />
            <Item term="Model versions" value={manifest.modelVersions.map((v) => `${v.model} ${v.version} (${v.rows})`).join(", ")} />
            <Item term="Labellers" value={manifest.labellers.map((l) => `${l.labeller} (${l.rows})`).join(", ")} />
          </dl>
        </CardContent>
      </Card>
      <div className="grid gap-4 md:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Filter and mapping</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid grid-cols-2 gap-x-6 gap-y-2 text-sm">
              <Item term="Model" value={`${String(filter.model)} ${filter.version ? String(filter.version) : "(all versions)"}`} />
              <Item term="Time range [from, to)" value={`${when(manifest.timeRange.from)} → ${when(manifest.timeRange.to)}`} />
              <Item term="Sources" value={Array.isArray(filter.sources) ? filter.sources.join(", ") : "—"} />
              <Item term="Audit-sample negatives" value={filter.includeAuditNegatives ? "included" : "left out"} />
              <Item term="One row per event" value={filter.dedupeByEvent ? "yes" : "no"} />
              <Item
                term="Verdict → class"
                value={Object.entries(manifest.mapping)
                  .map(([verdict, cls]) => `${verdict.toLowerCase().replaceAll("_", " ")} → ${cls ?? "left out"}`)
                  .join("; ")}
              />
            </dl>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Provenance</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid grid-cols-2 gap-x-6 gap-y-2 text-sm" data-testid="dataset-diff">
              <Item term="Created" value={`${when(manifest.createdAt)} by ${manifest.createdBy ?? "—"}`} />
              <Item
                term="Parent"
                value={
                  manifest.parent ? (
                    <Link className="text-accent hover:underline" href={`/datasets/${encodeURIComponent(manifest.name)}/${manifest.parent.version}`}>
                      v{manifest.parent.version}
                    </Link>
                  ) : (
                    "none (first version)"
                  )
                }
              />
              {manifest.diff ? (
                <>
                  <Item term="Added rows" value={manifest.diff.added} />
                  <Item term="Removed rows" value={manifest.diff.removed} />
                  <Item term="Relabelled rows" value={manifest.diff.relabelled} />
                </>
              ) : null}
              <Item
                term="Left out"
                value={`${manifest.counts.excluded.unmapped} unmapped, ${manifest.counts.excluded.auditNegatives} audit negatives, ${manifest.counts.excluded.duplicateEvents} duplicates`}
              />
            </dl>
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
