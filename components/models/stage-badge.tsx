import { Archive, FlaskConical, Eye, Rocket, ShieldCheck, Wrench } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { Stage } from "@/lib/registry/schemas";

export const STAGE_LABELS: Record<Stage, string> = {
  DEVELOPMENT: "Development",
  STAGING: "Staging",
  SHADOW: "Shadow",
  CANARY: "Canary",
  PRODUCTION: "Production",
  ARCHIVED: "Archived",
};

/** What each stage means for analysts: whether its scores raise alerts. */
export const STAGE_HINTS: Record<Stage, string> = {
  DEVELOPMENT: "Being built; not scoring live traffic.",
  STAGING: "Ready for a trial; not scoring live traffic.",
  SHADOW: "Scores live traffic silently: no alerts, compared with production.",
  CANARY: "Scores live traffic and raises alerts alongside production.",
  PRODUCTION: "The champion: its alerts fill the queue.",
  ARCHIVED: "Retired; kept for lineage and rollback.",
};

const styles: Record<Stage, string> = {
  PRODUCTION: "bg-status-resolved/12 text-status-resolved ring-status-resolved/30",
  CANARY: "bg-status-progress/12 text-status-progress ring-status-progress/30",
  SHADOW: "bg-accent/12 text-accent ring-accent/30",
  STAGING: "bg-raised text-muted ring-border",
  DEVELOPMENT: "bg-raised text-muted ring-border",
  ARCHIVED: "bg-transparent text-subtle ring-border",
};

const icons = { PRODUCTION: ShieldCheck, CANARY: Rocket, SHADOW: Eye, STAGING: FlaskConical, DEVELOPMENT: Wrench, ARCHIVED: Archive } as const;

export function StageBadge({ stage, className, testId }: { stage: Stage; className?: string; testId?: string }) {
  const Icon = icons[stage];
  return (
    <Badge className={cn(styles[stage], className)} data-stage={stage} data-testid={testId} title={STAGE_HINTS[stage]}>
      <Icon aria-hidden className="size-3" strokeWidth={2.25} />
      {STAGE_LABELS[stage]}
    </Badge>
  );
}
