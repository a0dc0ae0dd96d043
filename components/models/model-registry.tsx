"use client";
// The registry: every model and its versions with stage, threshold, training metrics and
// lineage, production first. Each version links to its page (lineage, evaluation, promotion).
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, TD, TH, THead, TRow } from "@/components/ui/table";
import type { ModelSummary, VersionSummary } from "@/lib/registry/catalog-schemas";
import { useModels } from "@/lib/registry/use-registry";
import { formatMetric } from "@/components/charts/prepare-evaluation";
import { formatDay, shortCommit } from "./metric-rows";
import { SectionCard } from "./section-card";
import { StageBadge } from "./stage-badge";

export const versionHref = (model: string, version: string) => `/models/${encodeURIComponent(model)}/${encodeURIComponent(version)}`;

export function ModelRegistry() {
  const models = useModels();
  if (models.isError) return <EmptyState title="The registry could not be loaded" description={models.error.message} />;
  if (!models.data) {
    return (
      <p className="text-sm text-muted" role="status">
        Loading the registry…
      </p>
    );
  }
  if (models.data.models.length === 0) {
    return <EmptyState title="No models registered yet" description="A pipeline registers versions with POST /api/v1/models/{model}/versions." />;
  }
  return (
    <div className="space-y-4" data-testid="model-registry">
      {models.data.models.map((model) => (
        <ModelCard key={model.name} model={model} />
      ))}
    </div>
  );
}

function ModelCard({ model }: { model: ModelSummary }) {
  return (
    <SectionCard
      title={model.name}
      testId={`model-${model.name}`}
      caption={
        <>
          {model.description ?? "No description"} · owner {model.owner ?? "—"} · {model.champion ? `production: ${model.champion}` : "nothing in production"}
        </>
      }
      hint="Versions are listed production first. Training metrics are what the pipeline reported at registration, on its training window; each version's page compares them with live traffic."
    >
      <Table>
        <THead>
          <tr>
            <TH>Version</TH>
            <TH>Stage</TH>
            <TH className="text-right">Threshold</TH>
            <TH className="text-right" title="Training: ROC-AUC / average precision">
              AUC / AP
            </TH>
            <TH className="text-right" title="Training: precision / recall at the registered threshold">
              P / R
            </TH>
            <TH>Training dataset</TH>
            <TH>Code commit</TH>
            <TH>Artifact</TH>
            <TH>Created</TH>
          </tr>
        </THead>
        <TBody>
          {model.versions.map((v) => (
            <VersionRow key={v.version} model={model.name} version={v} />
          ))}
        </TBody>
      </Table>
    </SectionCard>
  );
}

function VersionRow({ model, version: v }: { model: string; version: VersionSummary }) {
  const m = v.metrics ?? {};
  return (
    <TRow data-testid={`version-row-${model}-${v.version}`}>
      <TD className="font-mono">
        <Link href={versionHref(model, v.version)} className="focus-ring rounded text-accent hover:underline" data-testid={`version-link-${model}-${v.version}`}>
          {v.version}
        </Link>
        {v.pendingProposals > 0 ? (
          <Badge tone="accent" className="ml-2" title="A threshold change awaits a lead's approval">
            threshold proposal
          </Badge>
        ) : null}
      </TD>
      <TD>
        <StageBadge stage={v.stage} />
      </TD>
      <TD className="text-right font-mono">{v.threshold.toFixed(4)}</TD>
      <TD className="text-right font-mono">
        {formatMetric(m.rocAuc)} / {formatMetric(m.averagePrecision)}
      </TD>
      <TD className="text-right font-mono">
        {formatMetric(m.precisionAtThreshold ?? m.precision)} / {formatMetric(m.recallAtThreshold ?? m.recall)}
      </TD>
      <TD className="max-w-48 truncate" title={v.trainingDataset ?? undefined}>
        {v.trainingDatasetVersion ? (
          <Link className="text-accent hover:underline" href={`/datasets/${encodeURIComponent(v.trainingDatasetVersion.dataset)}/${v.trainingDatasetVersion.version}`} data-testid={`version-dataset-${model}-${v.version}`}>
            {v.trainingDatasetVersion.dataset}@{v.trainingDatasetVersion.version}
          </Link>
        ) : (
          (v.trainingDataset ?? "—")
        )}
      </TD>
      <TD className="font-mono text-xs" title={v.codeCommit ?? undefined}>
        {shortCommit(v.codeCommit) ?? "—"}
      </TD>
      <TD className="max-w-56 truncate font-mono text-xs" title={v.artifactUri ?? undefined}>
        {v.artifactUri ?? "—"}
      </TD>
      <TD className="whitespace-nowrap text-xs text-muted">
        {formatDay(v.createdAt)}
        {v.createdBy ? ` · ${v.createdBy}` : ""}
      </TD>
    </TRow>
  );
}
