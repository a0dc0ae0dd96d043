// The full record of one prediction for an auditor: inputs, score against the threshold in
// force, the model version and its lineage, the explanation, verdict history and every
// recorded action on the prediction or its alert.
import Link from "next/link";
import type { PredictionRecord } from "@/lib/predictions/record";
import { featureContext } from "@/lib/alerts/feature-context";
import { ExplanationCard } from "@/components/alerts/explanation-card";
import { FeatureTable } from "@/components/alerts/feature-table";
import { VerdictHistory } from "@/components/alerts/verdict-history";
import { formatTime, humanize } from "@/components/alerts/format";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { SeverityBadge } from "@/components/ui/severity-badge";
import { StatusBadge } from "@/components/ui/status-badge";
import { Table, TBody, TD, TH, THead, TRow } from "@/components/ui/table";
import { DecisionBadge } from "./decision-badge";

function Fact({ label, value, testId }: { label: string; value: React.ReactNode; testId?: string }) {
  return (
    <div>
      <dt className="text-xs text-muted">{label}</dt>
      <dd className="text-sm break-words" data-testid={testId}>{value ?? "—"}</dd>
    </div>
  );
}

function Json({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="text-muted">—</span>;
  return <pre className="max-h-64 overflow-auto rounded bg-raised p-2 text-xs">{JSON.stringify(value, null, 2)}</pre>;
}

function Lineage({ record }: { record: PredictionRecord }) {
  const { model } = record;
  return (
    <Card data-testid="lineage">
      <CardHeader><CardTitle>Model version and lineage</CardTitle></CardHeader>
      <CardContent className="space-y-3">
        <dl className="grid grid-cols-2 gap-3">
          <Fact label="Model" value={`${model.name} ${model.version}`} testId="record-model" />
          <Fact label="Stage now" value={humanize(model.stage.toLowerCase())} />
          <Fact label="Threshold when scored" value={record.threshold} />
          <Fact label="Threshold now" value={model.currentThreshold} />
          <Fact
            label="Training data"
            value={model.trainingDataset ? `${model.trainingDataset.name}${model.trainingDataset.version !== null ? ` v${model.trainingDataset.version}` : ""}${model.trainingDataset.rows !== null ? ` · ${model.trainingDataset.rows.toLocaleString("en-US")} rows` : ""}` : null}
          />
          <Fact label="Dataset sha256" value={model.trainingDataset?.sha256 ? <code className="text-xs break-all">{model.trainingDataset.sha256}</code> : null} />
          <Fact label="Code commit" value={model.codeCommit ? <code className="text-xs">{model.codeCommit}</code> : null} />
          <Fact label="Artifact" value={model.artifactUri ? <code className="text-xs break-all">{model.artifactUri}</code> : null} />
          <Fact label="Registered" value={`${formatTime(model.createdAt)}${model.createdBy ? ` by ${model.createdBy}` : ""}`} />
          <Fact label="Owner" value={model.owner} />
        </dl>
        {model.stageChanges.length > 0 && (
          <div>
            <p className="mb-1 text-xs text-muted">Stage changes</p>
            <ol className="space-y-1 text-sm">
              {model.stageChanges.map((change, index) => (
                <li key={index}>
                  {formatTime(change.at)}: {change.from ? humanize(change.from.toLowerCase()) : "—"} → {humanize(change.to.toLowerCase())}, requested by {change.requestedBy}
                  {change.approvedBy && `, approved by ${change.approvedBy}`}
                  {change.reason && <span className="text-muted"> ({change.reason})</span>}
                </li>
              ))}
            </ol>
          </div>
        )}
        <details>
          <summary className="cursor-pointer text-xs text-muted">Hyperparameters and training metrics</summary>
          <div className="mt-2 grid gap-2 md:grid-cols-2"><Json value={model.hyperparameters} /><Json value={model.metrics} /></div>
        </details>
      </CardContent>
    </Card>
  );
}

function Actions({ record }: { record: PredictionRecord }) {
  return (
    <Card>
      <CardHeader><CardTitle>Every recorded action</CardTitle></CardHeader>
      <CardContent>
        {record.events.length === 0 ? (
          <p className="text-sm text-muted">No action was recorded on this prediction{record.alert ? " or its alert" : ""}.</p>
        ) : (
          <Table aria-label="Recorded actions" data-testid="record-events">
            <THead><tr><TH>Seq</TH><TH>Time</TH><TH>Actor</TH><TH>Action</TH><TH>Target</TH><TH>Details</TH></tr></THead>
            <TBody>
              {record.events.map((event) => (
                <TRow key={event.seq}>
                  <TD className="tabular-nums"><Link className="text-accent hover:underline" href={`/audit?cursor=${event.seq + 1}&focus=${event.seq}`}>{event.seq}</Link></TD>
                  <TD className="whitespace-nowrap">{formatTime(event.at)}</TD>
                  <TD>{event.actor}</TD>
                  <TD><code className="text-xs">{event.action}</code></TD>
                  <TD>{event.target}</TD>
                  <TD><code className="text-xs break-all">{JSON.stringify(event.details)}</code></TD>
                </TRow>
              ))}
            </TBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}

export function PredictionRecordView({ record }: { record: PredictionRecord }) {
  const context = featureContext(record.features, record.explanation, record.baseline);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <Link href="/audit/predictions" className="text-sm text-muted hover:text-fg">← Prediction history</Link>
        <h1 className="text-lg font-semibold">Prediction #{record.id}</h1>
        <DecisionBadge decision={record.decision} />
        {record.attackType && <span className="text-sm text-muted">predicted {humanize(record.attackType)}</span>}
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <ExplanationCard title="Why the model scored it so" score={record.score} threshold={record.threshold} explanation={record.explanation} features={record.features} context={context} />
        <div className="space-y-4">
          <Card>
            <CardHeader><CardTitle>Event</CardTitle></CardHeader>
            <CardContent>
              <dl className="grid grid-cols-2 gap-3">
                <Fact label="Event id" value={<code className="text-xs">{record.eventId}</code>} testId="record-event-id" />
                <Fact label="Time" value={formatTime(record.time)} />
                <Fact label="Score / threshold" value={`${record.score.toFixed(4)} / ${record.threshold}`} testId="record-score" />
                <Fact label="Ingested" value={formatTime(record.ingestedAt)} />
                <Fact label="Host" value={record.entity.host} testId="record-host" />
                <Fact label="User" value={record.entity.user} />
                <Fact label="Source IP" value={record.entity.sourceIp} />
                <Fact label="Business unit" value={record.entity.businessUnit} />
                {record.auditSample && <Fact label="Audit sample" value={`yes, inclusion probability ${record.inclusionProbability ?? "—"}`} />}
              </dl>
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Alert and verdicts</CardTitle>
              {record.alert && <Link className="text-sm text-accent hover:underline" href={`/alerts/${record.alert.id}`}>Alert #{record.alert.id}</Link>}
            </CardHeader>
            <CardContent className="space-y-3">
              {record.alert ? (
                <div className="flex flex-wrap items-center gap-2 text-sm">
                  <SeverityBadge severity={record.alert.severity} />
                  <StatusBadge status={record.alert.status} />
                  <span className="text-muted">{record.alert.assignee ? `assigned to ${record.alert.assignee}` : "unassigned"}</span>
                </div>
              ) : (
                <p className="text-sm text-muted">{record.decision ? "Alerted, but no alert row exists (e.g. a shadow version)." : "Below the threshold: no alert."}</p>
              )}
              <VerdictHistory labels={record.labels} />
            </CardContent>
          </Card>
        </div>
      </div>
      <Lineage record={record} />
      <Card>
        <CardHeader><CardTitle>Inputs (features)</CardTitle></CardHeader>
        <CardContent><FeatureTable rows={context} /></CardContent>
      </Card>
      <Actions record={record} />
      {record.rawEvent && (
        <Card>
          <CardHeader><CardTitle>Raw event</CardTitle></CardHeader>
          <CardContent><Json value={record.rawEvent} /></CardContent>
        </Card>
      )}
    </div>
  );
}
