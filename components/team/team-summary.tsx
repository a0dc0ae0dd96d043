// The headline numbers of the window, each with what it means and why a lead should care.
import { cn } from "@/components/ui/cn";
import { formatHours, formatPercent, formatPerDay } from "@/components/charts/prepare-team";
import { formatDuration } from "@/lib/time/duration";
import type { TeamReport } from "@/lib/team/schemas";
import { MetricHint } from "./metric-hint";

/** The share above which false positives are the bulk of a SOC's triage work. */
const FP_RATE_WARNING = 0.4;

type Stat = { id: string; label: string; value: string; detail: string; hint: string; alarm?: boolean };

function stats(report: TeamReport): Stat[] {
  const { totals, settings, timing } = report;
  const all = timing[timing.length - 1];
  const overloaded = totals.teamCapacityPerDay > 0 && totals.resolvedPerDay > totals.teamCapacityPerDay;
  return [
    {
      id: "alerts",
      label: "Alerts",
      value: totals.alerts.toLocaleString("en-US"),
      detail: `${formatPerDay(totals.alertsPerDay)} per day · ${totals.openNow.toLocaleString("en-US")} open now`,
      hint: "Alerts that fired in the window, by event time in UTC days. Open now counts every unresolved alert, whenever it fired.",
    },
    {
      id: "fp-rate",
      label: "False-positive rate",
      value: formatPercent(totals.fpRate),
      detail: `${totals.verdicts.FALSE_POSITIVE.toLocaleString("en-US")} of ${totals.judged.toLocaleString("en-US")} alerts with a verdict`,
      hint: "False positives ÷ alerts with a verdict (the latest verdict counts). In most SOCs false positives are 40 % or more of the workload, and each one trains analysts to trust the detector less. This is the share of the team's verdicts, not the model's false-positive rate over all benign events.",
      alarm: totals.fpRate !== null && totals.fpRate >= FP_RATE_WARNING,
    },
    {
      id: "fp-hours",
      label: "Hours on false positives",
      value: formatHours(totals.fpHours),
      detail: `${totals.verdicts.FALSE_POSITIVE.toLocaleString("en-US")} × ${settings.fpMinutes} min`,
      hint: "False positives × the minutes one costs (set above; 5–10 minutes is typical). Hours not spent on real threats: the case for raising the threshold or retraining on these labels.",
    },
    {
      id: "sla",
      label: "SLA breaches",
      value: totals.slaBreaches.toLocaleString("en-US"),
      detail: `${formatPercent(totals.breachRate, 1)} of settled · ${all.openOverdue.toLocaleString("en-US")} still open past due`,
      hint: "Alerts resolved after their SLA due time, plus alerts still open past it. The rate is over alerts whose outcome is settled (resolved, or already past due).",
      alarm: totals.slaBreaches > 0,
    },
    {
      id: "ttr",
      label: "Median time to resolve",
      value: all.resolve.medianMs === null ? "—" : formatDuration(all.resolve.medianMs),
      detail: `to acknowledge: ${all.acknowledge.medianMs === null ? "—" : formatDuration(all.acknowledge.medianMs)}`,
      hint: "From the event to the verdict (resolve) or to the first analyst touch (acknowledge). The median is the typical alert; the mean, in the table below, is pulled up by the few that waited longest.",
    },
    {
      id: "throughput",
      label: "Resolved per day",
      value: formatPerDay(totals.resolvedPerDay),
      detail: `capacity ${totals.teamCapacityPerDay.toLocaleString("en-US")} (${totals.analysts} × ${settings.capacity})`,
      hint: "Alerts resolved per day in the window, against the analysts listed below × the capacity per analyst (set above). Above capacity, queues grow and time to resolve follows.",
      alarm: overloaded,
    },
  ];
}

export function TeamSummary({ report }: { report: TeamReport }) {
  return (
    <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6" data-testid="team-summary">
      {stats(report).map((stat) => (
        <div key={stat.id} className="rounded-lg border border-border bg-panel px-4 py-3" data-testid={`team-stat-${stat.id}`}>
          <dt className="flex items-center gap-1.5 text-xs font-medium text-muted">
            {stat.label}
            <MetricHint label={stat.label}>{stat.hint}</MetricHint>
          </dt>
          <dd className={cn("mt-1 text-2xl font-semibold tabular-nums", stat.alarm ? "text-danger" : "text-fg")} data-testid={`team-stat-${stat.id}-value`}>
            {stat.value}
          </dd>
          <dd className="mt-0.5 text-xs text-subtle">{stat.detail}</dd>
        </div>
      ))}
    </dl>
  );
}
