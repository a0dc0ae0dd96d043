import Link from "next/link";
import type { AuditSamplePrediction } from "@/lib/alerts/audit-sample";
import { featureContext } from "@/lib/alerts/feature-context";
import type { Role } from "@/lib/auth/permissions";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { AuditSamplePanel } from "./audit-sample-panel";
import { EventFactsCard, type EventFact } from "./event-facts-card";
import { ExplanationCard } from "./explanation-card";
import { FeatureTable } from "./feature-table";
import { formatTime } from "./format";

export function AuditSampleDetail({ prediction, role }: { prediction: AuditSamplePrediction; role: Role }) {
  const features = featureContext(prediction.features, prediction.explanation, prediction.baseline);
  const facts: EventFact[] = [
    ["Time", formatTime(prediction.time)],
    ["Event id", <code key="e" className="text-xs">{prediction.eventId}</code>],
    ["Host", prediction.entity.host],
    ["User", prediction.entity.user],
    ["Source IP", prediction.entity.sourceIp],
    ["Business unit", prediction.entity.businessUnit],
    ["Model", `${prediction.model.name} ${prediction.model.version}`],
    ["Inclusion probability", prediction.inclusionProbability?.toFixed(3)],
  ];
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <Link href="/alerts/audit-sample" className="text-sm text-muted hover:text-fg">← Audit sample</Link>
        <h1 className="text-lg font-semibold">Audit sample · prediction #{prediction.id}</h1>
        <span className="text-sm text-muted">below threshold: no alert was raised</span>
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <ExplanationCard title="What the model saw" score={prediction.score} threshold={prediction.threshold} explanation={prediction.explanation} features={prediction.features} context={features} />
        <div className="space-y-4">
          <EventFactsCard facts={facts} />
          <AuditSamplePanel initial={prediction} role={role} />
        </div>
      </div>
      <Card>
        <CardHeader><CardTitle>Feature values</CardTitle></CardHeader>
        <CardContent><FeatureTable rows={features} /></CardContent>
      </Card>
    </div>
  );
}
