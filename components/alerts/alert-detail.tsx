import Link from "next/link";
import type { AlertDetail as Detail } from "@/lib/alerts/detail";
import { featureContext } from "@/lib/alerts/feature-context";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { SeverityBadge } from "@/components/ui/severity-badge";
import { AlertContextCard } from "./alert-context";
import { ExplanationCard } from "./explanation-card";
import { FeatureTable } from "./feature-table";
import { TriagePanel } from "./triage-panel";
import type { Me } from "@/lib/alerts/optimistic";
import type { Role } from "@/lib/auth/permissions";
import { formatTime, humanize } from "./format";

function Fact({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-muted">{label}</dt>
      <dd className="text-sm">{value ?? "—"}</dd>
    </div>
  );
}

export function AlertDetailView({ alert, me, role, serverNow }: { alert: Detail; me: Me; role: Role; serverNow: number }) {
  const features = featureContext(alert.prediction.features, alert.prediction.explanation, alert.baseline);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <Link href="/alerts" className="text-sm text-muted hover:text-fg">← Queue</Link>
        <h1 className="text-lg font-semibold">Alert #{alert.id}</h1>
        <SeverityBadge severity={alert.severity} />
        {alert.attackType && <span className="text-sm text-muted">predicted {humanize(alert.attackType)}</span>}
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <ExplanationCard
          title="Why the model fired"
          score={alert.score}
          threshold={alert.threshold}
          explanation={alert.prediction.explanation}
          features={alert.prediction.features}
          context={features}
        />
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
              </dl>
            </CardContent>
          </Card>
          <TriagePanel initial={alert} me={me} role={role} serverNow={serverNow} />
        </div>
      </div>
      <AlertContextCard alertId={alert.id} />
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
