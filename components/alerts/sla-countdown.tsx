"use client";
// The SLA as a live countdown; a breach is shown in words and colour, not colour alone.
import { slaState } from "@/lib/alerts/sla";
import { formatDuration } from "@/lib/time/duration";
import { useNow } from "@/lib/time/use-now";
import { cn } from "@/components/ui/cn";

export function SlaCountdown({ alert, serverNow }: { alert: { time: string; slaDueAt: string; resolvedAt: string | null }; serverNow: number }) {
  const state = slaState(alert, useNow(serverNow));
  const [text, tone] =
    state.kind === "running"
      ? [`${formatDuration(state.remainingMs)} left`, state.urgent ? "text-sev-high" : "text-muted"]
      : state.kind === "breached"
        ? [`SLA breached ${formatDuration(state.overdueMs)} ago`, "font-medium text-sev-critical"]
        : state.kind === "met"
          ? ["SLA met", "text-muted"]
          : [`SLA missed by ${formatDuration(state.lateByMs)}`, "text-sev-high"];
  return (
    <span className={cn("tabular-nums whitespace-nowrap", tone)} data-testid="sla" data-sla={state.kind} title={`Due ${alert.slaDueAt.replace("T", " ").slice(0, 16)} UTC`}>
      {text}
    </span>
  );
}
