import "server-only";
// The monitoring page for one model version: drift events, the feature drift table, feature and
// score distributions, performance, calibration and labels over time, and the thresholds.
import { Suspense } from "react";
import { formatStat, windowLabel } from "@/components/charts/prepare-drift";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { roleHas } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { loadMonitoringPage } from "@/lib/monitoring/monitoring-page";
import { DistributionPanel } from "./distribution-panel";
import { DriftEventsSection } from "./drift-events-section";
import { DriftTable } from "./drift-table";
import { FairnessCard } from "./fairness-card";
import { DRIFT_HINT, SCORE_HINT } from "./explanations";
import { MonitoringCard } from "./monitoring-card";
import { MonitoringControls } from "./monitoring-controls";
import { MonitoringSettingsForm } from "./monitoring-settings-form";
import { PerformanceSection } from "./performance-section";
import { ScoreShiftPanel } from "./score-shift-panel";

function Loading({ what }: { what: string }) {
  return (
    <Card>
      <CardContent>
        <p className="text-sm text-muted" role="status">
          {what}
        </p>
      </CardContent>
    </Card>
  );
}

export async function MonitoringView({ search, user }: { search: Record<string, string | string[] | undefined>; user: SessionUser }) {
  const data = await loadMonitoringPage(search, user.role);
  const { version, report, distributions, query } = data;
  if (!version) {
    return <EmptyState title="No model versions registered" description="Register a version through the API (or load the demo) to monitor it here." />;
  }
  const selected = { model: version.model, version: version.version };
  const referenceText = report?.reference.kind === "window" ? `the reference window ${report.reference.from.slice(0, 10)} – ${report.reference.to.slice(0, 10)}` : "the registered training baseline";
  return (
    <div className="space-y-4" data-testid="monitoring-view" data-model={version.model} data-version={version.version}>
      <Card>
        <CardContent>
          <MonitoringControls versions={data.versions} selected={selected} window={query.window} from={query.from ?? ""} to={query.to ?? ""} reference={query.reference} error={data.error} />
        </CardContent>
      </Card>
      {data.stored ? (
        <Suspense fallback={<Loading what="Checking for drift events…" />}>
          <DriftEventsSection version={version} stored={data.stored} canAcknowledge={data.can.acknowledge} reader={user.email} />
        </Suspense>
      ) : null}
      {report && distributions?.window ? (
        <>
          <MonitoringCard
            title="Feature drift"
            caption={`Each ${report.window === "week" ? "ISO week" : "UTC day"} against ${referenceText}; sorted by importance × PSI (importance: ${report.importanceMethod === "none" ? "not available" : "|weight| × std from the registered model"}).`}
            hint={DRIFT_HINT}
            testId="feature-drift-card"
          >
            <DriftTable report={report} />
          </MonitoringCard>
          <div className="grid gap-4 xl:grid-cols-2">
            <MonitoringCard title="Baseline vs current" caption={`Any feature, in ${report.window === "week" ? "the week of" : ""} ${windowLabel(distributions.window, report.window)} against ${referenceText}.`} testId="distribution-card">
              <DistributionPanel report={report} shown={distributions.window} features={distributions.features} />
            </MonitoringCard>
            <MonitoringCard
              title="Score distribution shift"
              caption={`Scores in the same window; score PSI per window below (latest ${formatStat(report.windows.findLast((w) => w.n > 0)?.score.psi, 3)}).`}
              hint={SCORE_HINT}
              testId="score-shift-card"
            >
              <ScoreShiftPanel windows={report.windows} kind={report.window} shown={distributions.window} distribution={distributions.score} referenceKind={report.reference.kind} />
            </MonitoringCard>
          </div>
        </>
      ) : data.error ? null : (
        <EmptyState title="No traffic in this range" description="This version has no roll-ups between these dates. Widen the range, or pick another version." />
      )}
      {data.range && data.settings ? (
        <Suspense fallback={<Loading what="Estimating performance from verdicts…" />}>
          <PerformanceSection version={version} range={data.range} kind={query.window} drop={data.settings.performanceDrop} />
        </Suspense>
      ) : null}
      {data.range && roleHas(user.role, "metrics:read") ? (
        <FairnessCard model={version.model} version={version.version} params={{ from: new Date(data.range.from).toISOString(), to: new Date(data.range.to).toISOString() }} />
      ) : null}
      {data.settings ? (
        <MonitoringCard title="Drift thresholds" caption="Per model version. A feature drifts when PSI, the corrected KS (or chi-square) test and the KS effect size all agree." testId="settings-card">
          <MonitoringSettingsForm settings={data.settings} canEdit={data.can.editSettings} model={version.model} version={version.version} />
        </MonitoringCard>
      ) : null}
    </div>
  );
}
