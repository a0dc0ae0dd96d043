import Link from "next/link";
import type { AuditSamplePrediction } from "@/lib/alerts/audit-sample";
import { featureContext } from "@/lib/alerts/feature-context";
import type { Role } from "@/lib/auth/permissions";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { AuditSamplePanel } from "./audit-sample-panel";
import { EventFactsCard, eventFacts, type EventFact } from "./event-facts-card";
import { ExplanationCard } from "./explanation-card";
import { FeatureTable } from "./feature-table";

export function AuditSampleDetail({ prediction, role }: { prediction: AuditSamplePrediction; role: Role }) {
  const features = featureContext(prediction.features, prediction.explanation, prediction.baseline);
  const facts: EventFact[] = [...eventFacts(prediction), ["Inclusion probability", prediction.inclusionProbability?.toFixed(3)]];
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
