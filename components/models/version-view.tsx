"use client";
// One model version: header, lineage, features, hyperparameters, stage history (with rollback),
// threshold proposals, live evaluation with the tuner, and champion vs challenger with the gate.
import { ChevronRight } from "lucide-react";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { useVersionDetail } from "@/lib/registry/use-registry";
import { ComparisonPanel } from "./comparison-panel";
import { EvaluationPanel } from "./evaluation-panel";
import { FeaturesCard, HyperparametersCard } from "./features-card";
import { LineageCard } from "./lineage-card";
import { versionHref } from "./model-registry";
import { ProposalPanel } from "./proposal-panel";
import { StageBadge, STAGE_HINTS } from "./stage-badge";
import { StageHistory } from "./stage-history";
import type { Viewer } from "./viewer";

export function VersionView({ model, version, viewer }: { model: string; version: string; viewer: Viewer }) {
  const detail = useVersionDetail(model, version);
  if (detail.isError) return <EmptyState title={`${model} ${version} could not be loaded`} description={detail.error.message} />;
  if (!detail.data) {
    return (
      <p className="text-sm text-muted" role="status">
        Loading {model} {version}…
      </p>
    );
  }
  const d = detail.data;
  return (
    <div className="space-y-4" data-testid="version-view" data-stage={d.stage}>
      <nav aria-label="Breadcrumb" className="flex items-center gap-1 text-xs text-muted">
        <Link href="/models" className="hover:text-fg">
          Models
        </Link>
        <ChevronRight aria-hidden className="size-3" />
        <span>{d.model.name}</span>
      </nav>
      <header className="flex flex-wrap items-center gap-3">
        <h1 className="text-lg font-semibold">
          {d.model.name} <span className="font-mono">{d.version}</span>
        </h1>
        <StageBadge stage={d.stage} testId="version-stage" />
        <span className="text-sm text-muted">
          threshold{" "}
          <span className="font-mono text-fg" data-testid="version-threshold">
            {d.threshold.toFixed(4)}
          </span>
        </span>
        {d.siblings.length > 0 ? (
          <span className="flex flex-wrap gap-2 text-xs text-muted">
            other versions:
            {d.siblings.map((s) => (
              <Link key={s.version} href={versionHref(d.model.name, s.version)} className="font-mono text-accent hover:underline">
                {s.version}
              </Link>
            ))}
          </span>
        ) : null}
      </header>
      <p className="text-sm text-muted">
        {STAGE_HINTS[d.stage]} {d.model.description ?? ""}
      </p>
      <div className="grid gap-4 xl:grid-cols-3">
        <LineageCard detail={d} />
        <FeaturesCard detail={d} />
        <HyperparametersCard detail={d} />
      </div>
      <StageHistory detail={d} canPromote={viewer.canPromote} />
      <ProposalPanel proposals={d.proposals} viewer={viewer} model={d.model.name} version={d.version} />
      {viewer.canSeeMetrics ? (
        <>
          <EvaluationPanel model={d.model.name} version={d.version} canTune={viewer.canTune} />
          <ComparisonPanel detail={d} viewer={viewer} />
        </>
      ) : (
        <p className="rounded-md border border-border p-3 text-sm text-muted" data-testid="evaluation-forbidden">
          Live evaluation and champion-vs-challenger comparisons are for leads, auditors and admins (metrics:read).
        </p>
      )}
    </div>
  );
}
