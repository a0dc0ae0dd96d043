"use client";
// The team page for leads: volume, verdict mix and FP cost per day, time to acknowledge and
// resolve by severity, SLA breaches, and load per analyst against capacity. The URL holds the
// settings; the report comes from GET /api/v1/team through React Query.
import { useSearchParams } from "next/navigation";
import { AnalystLoadChart } from "@/components/charts/analyst-load-chart";
import { FpRateChart } from "@/components/charts/fp-rate-chart";
import { formatDayLabel } from "@/components/charts/prepare-team";
import { VerdictMixChart } from "@/components/charts/verdict-mix-chart";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { TeamQuery, TEAM_URL_KEYS, type TeamReport, type TeamUrlKey } from "@/lib/team/schemas";
import { useTeamReport } from "@/lib/team/use-team-report";
import { AnalystTable } from "./analyst-table";
import { DailyTable } from "./daily-table";
import { TeamCard } from "./team-card";
import { TeamSettings, type SettingsErrors } from "./team-settings";
import { TeamSummary } from "./team-summary";
import { TimingTable } from "./timing-table";

function parseSettings(params: URLSearchParams): { query: TeamQuery | null; errors: SettingsErrors } {
  const parsed = TeamQuery.safeParse(Object.fromEntries(params.entries()));
  if (parsed.success) return { query: parsed.data, errors: {} };
  const errors: SettingsErrors = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path[0] as TeamUrlKey;
    if (TEAM_URL_KEYS.includes(key)) errors[key] ??= issue.message;
  }
  return { query: null, errors };
}

export function TeamDashboard() {
  const params = useSearchParams();
  const { query, errors } = parseSettings(params);
  const report = useTeamReport(query);
  return (
    <div className="space-y-4" data-testid="team-dashboard" aria-busy={report.isFetching || undefined}>
      <Card>
        <CardContent>
          <TeamSettings errors={errors} />
        </CardContent>
      </Card>
      {!query ? (
        <div data-testid="team-invalid-settings">
          <EmptyState title="These settings cannot be used" description="Fix the highlighted values above, or press Defaults." />
        </div>
      ) : report.isError ? (
        <div data-testid="team-load-error">
          <EmptyState title="The team report could not be loaded" description={report.error.message} />
        </div>
      ) : !report.data ? (
        <p className="text-sm text-muted" role="status">
          Loading the team report…
        </p>
      ) : (
        <Report report={report.data} updating={report.isPlaceholderData} />
      )}
    </div>
  );
}

function WindowLine({ report, updating }: { report: TeamReport; updating: boolean }) {
  const first = report.days[0]?.day;
  const last = report.days[report.days.length - 1]?.day;
  return (
    <p className="text-xs text-muted" data-testid="team-window">
      {first && last ? `${formatDayLabel(first)} – ${formatDayLabel(last)} ${last.slice(0, 4)}` : ""} (UTC, {report.window.days} days) ·
      updated {report.generatedAt.slice(11, 16)} UTC
      {updating ? <span role="status"> · loading the new settings…</span> : null}
    </p>
  );
}

function Report({ report, updating }: { report: TeamReport; updating: boolean }) {
  const { totals, settings } = report;
  return (
    <>
      <WindowLine report={report} updating={updating} />
      <TeamSummary report={report} />
      {totals.alerts === 0 ? (
        <EmptyState title="No alerts fired in this window" description="Widen the window (more days, or an earlier end date) to see volume and verdicts." />
      ) : (
        <div className="grid gap-4 xl:grid-cols-5">
          <TeamCard
            className="xl:col-span-3"
            title="Alert volume and verdict mix"
            caption="Alerts per day by their latest verdict; the top of each bar still awaits one."
            hint="Each bar is a UTC day's alerts by event time, split by the verdict analysts gave. False positives sit at the bottom so their height compares day to day; a growing grey cap means the queue is falling behind."
            testId="team-volume"
          >
            <VerdictMixChart days={report.days} />
          </TeamCard>
          <TeamCard
            className="xl:col-span-2"
            title="False-positive rate"
            caption="False positives ÷ alerts with a verdict, per day."
            hint="The share of the team's verdicts that were false positives. In most SOCs they are 40 % or more of the workload at 5–10 minutes each, and a high rate breeds alert fatigue, where real threats get missed. A rise after a model or data change is a reason to look at the threshold."
            testId="team-fp-rate"
          >
            <FpRateChart days={report.days} overall={totals.fpRate} />
          </TeamCard>
        </div>
      )}
      <TeamCard
        title="Time to acknowledge and resolve, by severity"
        caption="From the event to the first analyst action and to the verdict; SLA breaches are late resolutions plus alerts still open past due."
        hint="The median is the typical alert; the mean is pulled up by the few that waited longest, so a mean far above the median means some alerts sat in the queue. The SLA column is the target those alerts were given."
        testId="team-timing"
      >
        <TimingTable rows={report.timing} />
      </TeamCard>
      <TeamCard
        title="Load per analyst"
        caption={`Alerts resolved per day against a capacity of ${settings.capacity} a day, and the open alerts each holds now.`}
        hint="Resolved alerts count for whoever gave the verdict. Bars past the capacity line are analysts working beyond a sustainable pace; a long open bar is a backlog to rebalance. Capacity is set above."
        testId="team-load"
      >
        {report.analysts.length === 0 ? (
          <EmptyState title="No analysts yet" description="Analysts appear here once they have accounts, or hold or resolve alerts." />
        ) : (
          <div className="space-y-4">
            <AnalystLoadChart analysts={report.analysts} capacity={settings.capacity} />
            <AnalystTable analysts={report.analysts} />
            <p className="text-xs text-muted">
              {totals.unassignedOpen.toLocaleString("en-US")} open alerts have no assignee
              {totals.unattributedResolved > 0 ? ` · ${totals.unattributedResolved.toLocaleString("en-US")} resolved with nobody to credit (imported verdicts)` : ""}.
            </p>
          </div>
        )}
      </TeamCard>
      <DailyTable days={report.days} />
    </>
  );
}
