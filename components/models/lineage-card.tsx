import Link from "next/link";
import type { VersionDetail } from "@/lib/registry/catalog-schemas";
import { formatDay } from "./metric-rows";
import { versionHref } from "./model-registry";
import { SectionCard } from "./section-card";

function Row({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <div className="grid grid-cols-[9rem_1fr] gap-3 py-1.5 text-sm">
      <dt className="text-muted">{label}</dt>
      <dd className="min-w-0 break-all" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

/** Where the version came from: data, code, artifact, who registered it, its drift reference. */
export function LineageCard({ detail }: { detail: VersionDetail }) {
  // Pipelines name the version they retrained from as hyperparameters.parentVersion (the
  // built-in trainer does, with its run's id): the registry has no other parent link.
  const parent = typeof detail.hyperparameters?.parentVersion === "string" ? detail.hyperparameters.parentVersion : null;
  const trainingRun = typeof detail.hyperparameters?.trainingRunId === "number" ? detail.hyperparameters.trainingRunId : null;
  return (
    <SectionCard
      title="Lineage"
      testId="version-lineage"
      caption="What this version was trained on and built from."
      hint="Enough to rebuild or audit the version: the training data version, the version it was retrained from, the exact code commit, and the artifact the scoring service loads. The baseline is the reference distribution drift is measured against."
    >
      <dl className="divide-y divide-border">
        <Row label="Training dataset" testId="lineage-dataset">
          {detail.trainingDatasetVersion ? (
            <Link className="text-accent hover:underline" href={`/datasets/${encodeURIComponent(detail.trainingDatasetVersion.dataset)}/${detail.trainingDatasetVersion.version}`}>
              {detail.trainingDatasetVersion.dataset}@{detail.trainingDatasetVersion.version}
            </Link>
          ) : (
            (detail.trainingDataset ?? "—")
          )}
        </Row>
        <Row label="Parent version" testId="lineage-parent">
          {parent ? (
            <Link className="font-mono text-accent hover:underline" href={versionHref(detail.model.name, parent)}>
              {parent}
            </Link>
          ) : (
            "—"
          )}
          {trainingRun !== null ? <span className="text-muted"> · trained by Vigil&apos;s built-in trainer, run #{trainingRun}</span> : null}
        </Row>
        <Row label="Code commit" testId="lineage-commit">
          <span className="font-mono text-xs">{detail.codeCommit ?? "—"}</span>
        </Row>
        <Row label="Artifact" testId="lineage-artifact">
          <span className="font-mono text-xs">{detail.artifactUri ?? "—"}</span>
        </Row>
        <Row label="Registered">
          {formatDay(detail.createdAt)}
          {detail.createdBy ? ` by ${detail.createdBy}` : ""}
        </Row>
        <Row label="Owner">{detail.model.owner ?? "—"}</Row>
        <Row label="Baseline">{detail.baseline ? `${detail.baseline.n.toLocaleString("en-US")} rows, ${detail.baseline.features} features${detail.baseline.source ? ` (${detail.baseline.source})` : ""}` : "none registered"}</Row>
      </dl>
    </SectionCard>
  );
}
