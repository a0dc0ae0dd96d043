"use client";
// A version's drift events: what drifted, its likely kind, and the retraining it calls for,
// with the reason. Leads acknowledge an open event (it leaves the shell's banner, stays here).
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { formatDayLabel } from "@/components/charts/prepare-drift";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { fetchJson } from "@/lib/api/fetch-json";
import type { DriftEventOut } from "@/lib/monitoring/schemas";

const STRATEGY_LABEL = { SCHEDULED: "Scheduled retrain", ON_DEMAND: "Retrain on demand", INCREMENTAL: "Incremental updates", ACTIVE_LEARNING: "Active learning" } as const;
const KIND_LABEL = { DATA_DRIFT: "Data drift", CONCEPT_DRIFT: "Concept drift" } as const;

function KindBadge({ kind }: { kind: DriftEventOut["kind"] }) {
  return <Badge className={kind === "CONCEPT_DRIFT" ? "bg-danger/12 text-danger ring-danger/30" : "bg-sev-medium/12 text-sev-medium ring-sev-medium/30"}>{KIND_LABEL[kind]}</Badge>;
}

function when(e: DriftEventOut): string {
  const start = formatDayLabel(e.onset ?? e.windowStart);
  const last = formatDayLabel(new Date(Date.parse(e.lastSeenEnd) - 86_400_000).toISOString());
  return e.status === "CLOSED" ? `${start} – ${last}` : `since ${start}`;
}

export function DriftEventsList({ events, canAcknowledge, model, version }: { events: DriftEventOut[]; canAcknowledge: boolean; model: string; version: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const act = (id: number, action: "acknowledge" | "reopen") => {
    setError(null);
    startTransition(async () => {
      try {
        await fetchJson(`/api/v1/models/${encodeURIComponent(model)}/versions/${encodeURIComponent(version)}/drift/events/${id}`, { method: "PATCH", body: { action } });
        router.refresh();
      } catch (e) {
        setError(e instanceof Error ? e.message : "The event could not be updated");
      }
    });
  };
  if (events.length === 0) {
    return <EmptyState title="No drift events" description="Nothing has crossed the thresholds in the last six weeks of data." />;
  }
  return (
    <div className="space-y-2" aria-busy={pending || undefined}>
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
      <ul className="divide-y divide-border" data-testid="drift-events">
        {events.map((e) => (
          <li key={e.id} className={`space-y-1.5 py-3 ${e.status === "CLOSED" ? "opacity-70" : ""}`} data-testid={`drift-event-${e.id}`} data-kind={e.kind} data-subject={e.subject} data-status={e.status}>
            <div className="flex flex-wrap items-center gap-2">
              <KindBadge kind={e.kind} />
              <span className="font-mono text-sm">{e.subject}</span>
              <span className="text-xs text-muted">{when(e)}</span>
              <Badge tone="outline">{e.severity}</Badge>
              <Badge tone={e.status === "OPEN" ? "accent" : "neutral"}>{e.status === "ACKNOWLEDGED" ? `acknowledged by ${e.acknowledgedBy ?? "a lead"}` : e.status.toLowerCase()}</Badge>
              {canAcknowledge && e.status === "OPEN" ? (
                <Button size="sm" variant="secondary" className="ml-auto" disabled={pending} onClick={() => act(e.id, "acknowledge")} data-testid={`acknowledge-${e.id}`}>
                  Acknowledge
                </Button>
              ) : null}
              {canAcknowledge && e.status === "ACKNOWLEDGED" ? (
                <Button size="sm" variant="ghost" className="ml-auto" disabled={pending} onClick={() => act(e.id, "reopen")}>
                  Reopen
                </Button>
              ) : null}
            </div>
            <p className="text-sm text-fg">{e.summary}</p>
            <p className="text-sm">
              <span className="font-medium">{STRATEGY_LABEL[e.strategy]}:</span> <span className="text-muted">{e.reason}</span>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
