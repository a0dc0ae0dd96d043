// What the builder's preview found: counts, class balance, sources, exclusions, label delay.
import type { ReactNode } from "react";
import type { DatasetPreview } from "@/lib/datasets/schemas";
import { formatCounts, formatMinutes, formatShare } from "./format";

export function PreviewSummary({ preview }: { preview: DatasetPreview }) {
  return (
    <dl className="grid grid-cols-2 gap-x-6 gap-y-1 text-sm sm:grid-cols-3" data-testid="dataset-preview">
      <Item term="Rows" value={preview.rows.toLocaleString("en")} />
      <Item term="Positives / negatives" value={`${preview.positives.toLocaleString("en")} / ${preview.negatives.toLocaleString("en")}`} />
      <Item term="Class balance (positive share)" value={formatShare(preview.classBalance)} />
      <Item term="By source" value={formatCounts(preview.bySource)} />
      <Item term="By verdict" value={formatCounts(preview.byVerdict)} />
      <Item term="Label delay (median / p90)" value={`${formatMinutes(preview.labelDelayMinutes.median)} / ${formatMinutes(preview.labelDelayMinutes.p90)}`} />
      <Item
        term="Left out"
        value={`${preview.excluded.unmapped} unmapped verdicts, ${preview.excluded.auditNegatives} audit negatives, ${preview.excluded.duplicateEvents} duplicate events`}
      />
      <Item term="sha256 it would have" value={<code className="break-all text-xs">{preview.sha256}</code>} />
    </dl>
  );
}

export function Item({ term, value }: { term: string; value: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-muted">{term}</dt>
      <dd className="font-medium tabular-nums">{value}</dd>
    </div>
  );
}
