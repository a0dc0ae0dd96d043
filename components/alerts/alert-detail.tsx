import Link from "next/link";
import type { AlertDetail as Detail } from "@/lib/alerts/detail";
import { featureContext } from "@/lib/alerts/feature-context";
import { explanationCheck } from "@/components/charts/prepare-waterfall";
import { ShapWaterfall } from "@/components/charts/shap-waterfall";
import { ScoreGauge } from "@/components/charts/score-gauge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { SeverityBadge } from "@/components/ui/severity-badge";
import { StatusBadge } from "@/components/ui/status-badge";
import { FeatureTable } from "./feature-table";
import { VerdictHistory } from "./verdict-history";
import { formatTime, humanize } from "./format";

function Fact({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-muted">{label}</dt>
      <dd className="text-sm">{value ?? "—"}</dd>
    </div>
  );
}

function ExplanationCheck({ alert }: { alert: Detail }) {
  const explanation = alert.prediction.explanation;
  if (!explanation) return null;
  const check = explanationCheck(explanation, alert.score);
  return (
    <p className={`text-xs ${check.ok ? "text-muted" : "text-sev-high"}`} data-testid="explanation-check">
      {check.ok ? "✓ Adds up:" : "⚠ Does not add up:"} base {explanation.baseValue.toFixed(3)} + Σ contributions ={" "}
      {check.actual.toFixed(4)} vs model output {check.expected.toFixed(4)} ({explanation.space} space, error {check.error.toExponential(1)})
    </p>
  );
}

export function AlertDetailView({ alert }: { alert: Detail }) {
  const features = featureContext(alert.prediction.features, alert.prediction.explanation, alert.baseline);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <Link href="/alerts" className="text-sm text-muted hover:text-fg">← Queue</Link>
        <h1 className="text-lg font-semibold">Alert #{alert.id}</h1>
        <SeverityBadge severity={alert.severity} />
        <StatusBadge status={alert.status} />
        {alert.attackType && <span className="text-sm text-muted">predicted {humanize(alert.attackType)}</span>}
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardHeader><CardTitle>Why the model fired</CardTitle></CardHeader>
          <CardContent className="space-y-3">
            <ScoreGauge score={alert.score} threshold={alert.threshold} />
            {alert.prediction.explanation ? (
              <>
                <ShapWaterfall explanation={alert.prediction.explanation} features={alert.prediction.features} />
                <ExplanationCheck alert={alert} />
              </>
            ) : (
              <p className="text-sm text-muted">The scoring service sent no explanation for this prediction.</p>
            )}
          </CardContent>
        </Card>
        <div className="space-y-4">
          <Card>
            <CardHeader><CardTitle>Event</CardTitle></CardHeader>
            <CardContent>
              <dl className="grid grid-cols-2 gap-3">
                <Fact label="Time" value={formatTime(alert.time)} />
                <Fact label="Event id" value={<code className="text-xs">{alert.prediction.eventId}</code>} />
                <Fact label="Host" value={alert.entity.host} />
                <Fact label="User" value={alert.entity.user} />
                <Fact label="Source IP" value={alert.entity.sourceIp} />
                <Fact label="Business unit" value={alert.entity.businessUnit} />
                <Fact label="Model" value={`${alert.model.name} ${alert.model.version}`} />
                <Fact label="SLA due" value={formatTime(alert.slaDueAt)} />
                <Fact label="Assignee" value={alert.assignee?.name} />
              </dl>
            </CardContent>
          </Card>
          <Card>
            <CardHeader><CardTitle>Verdicts</CardTitle></CardHeader>
            <CardContent><VerdictHistory labels={alert.labels} /></CardContent>
          </Card>
        </div>
      </div>
      <Card>
        <CardHeader><CardTitle>Feature values</CardTitle></CardHeader>
        <CardContent><FeatureTable rows={features} /></CardContent>
      </Card>
      {alert.prediction.rawEvent && (
        <Card>
          <CardHeader><CardTitle>Raw event</CardTitle></CardHeader>
          <CardContent>
            <pre className="overflow-x-auto text-xs text-muted">{JSON.stringify(alert.prediction.rawEvent, null, 2)}</pre>
          </CardContent>
        </Card>
      )}
    </div>
  );
}
