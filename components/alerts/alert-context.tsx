"use client";
import Link from "next/link";
import type { ReactNode } from "react";
import { RELATED_WINDOW_DAYS, type RelatedAlert, type RelatedAlerts, type SimilarAlert, type SimilarAlerts } from "@/lib/alerts/context-schemas";
import { FALSE_POSITIVE_REASONS } from "@/lib/alerts/schemas";
import { useAlertContext } from "@/lib/alerts/use-alert-context";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { SeverityBadge } from "@/components/ui/severity-badge";
import { StatusBadge } from "@/components/ui/status-badge";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import { formatTime, humanize } from "./format";

const reasonText = (code: string) => FALSE_POSITIVE_REASONS[code as keyof typeof FALSE_POSITIVE_REASONS] ?? humanize(code);

function Section({ title, caption, children }: { title: string; caption: ReactNode; children: ReactNode }) {
  return (
    <section className="space-y-2">
      <div>
        <h3 className="text-sm font-medium">{title}</h3>
        <CardDescription>{caption}</CardDescription>
      </div>
      {children}
    </section>
  );
}

function AlertLink({ alert }: { alert: { id: number; time: string } }) {
  return (
    <Link href={`/alerts/${alert.id}`} className="tabular-nums text-muted hover:text-fg">
      #{alert.id} · {formatTime(alert.time)}
    </Link>
  );
}

function RelatedItem({ alert }: { alert: RelatedAlert }) {
  return (
    <li className="flex flex-wrap items-center gap-x-2 gap-y-1 py-1.5 text-sm" data-testid="related-alert" data-alert-id={alert.id}>
      <AlertLink alert={alert} />
      <SeverityBadge severity={alert.severity} />
      <StatusBadge status={alert.status} />
      {alert.verdict ? <VerdictBadge verdict={alert.verdict} compact /> : <span className="text-xs text-muted">no verdict</span>}
      {alert.topReason && <span className="text-xs">{humanize(alert.topReason)}</span>}
      <span className="ml-auto flex gap-1">
        {alert.matchedOn.map((entity) => (
          <Badge key={entity} tone="outline" title={entity === "host" ? `same host: ${alert.host}` : `same user: ${alert.userName}`}>
            {entity === "host" ? alert.host : alert.userName}
          </Badge>
        ))}
      </span>
    </li>
  );
}

function SimilarItem({ alert }: { alert: SimilarAlert }) {
  return (
    <li className="flex flex-wrap items-center gap-x-2 gap-y-1 py-1.5 text-sm" data-testid="similar-alert" data-alert-id={alert.id}>
      <span className="w-12 text-right font-medium tabular-nums" title="Cosine similarity of the SHAP explanation vectors">
        {Math.round(alert.similarity * 100)}%
      </span>
      <VerdictBadge verdict={alert.verdict} />
      {alert.reasonCode && <span className="text-xs">{reasonText(alert.reasonCode)}</span>}
      <span className="ml-auto text-xs"><AlertLink alert={alert} /></span>
      {alert.topReason && <span className="w-full pl-14 text-xs text-muted">top reason: {humanize(alert.topReason)}{alert.host ? ` · ${alert.host}` : ""}</span>}
    </li>
  );
}

function Related({ related }: { related: RelatedAlerts }) {
  const entities = [related.host && `host ${related.host}`, related.userName && `user ${related.userName}`].filter(Boolean).join(" or ");
  return (
    <Section
      title={`Same host or user, last ${RELATED_WINDOW_DAYS} days`}
      caption={entities ? `Other alerts on ${entities} within ${RELATED_WINDOW_DAYS} days either side of this one, newest first.` : "This alert names no host or user."}
    >
      {related.alerts.length ? (
        <ul className="divide-y divide-border">{related.alerts.map((alert) => <RelatedItem key={alert.id} alert={alert} />)}</ul>
      ) : (
        <p className="text-sm text-muted">No other alerts in that window.</p>
      )}
      {related.truncated && <p className="text-xs text-muted">Showing the newest {related.alerts.length}; there are more.</p>}
    </Section>
  );
}

function Similar({ similar }: { similar: SimilarAlerts }) {
  const caption =
    `Nearest by explanation (cosine similarity of SHAP contributions) among the ${similar.candidates.toLocaleString("en-US")} ` +
    `most recent labelled alerts of this model version before this one (at most ${similar.candidateLimit.toLocaleString("en-US")} are searched).`;
  return (
    <Section title="Similar past alerts" caption={caption}>
      {similar.unavailable === "no_explanation" ? (
        <p className="text-sm text-muted">This alert carries no explanation, so there is nothing to compare.</p>
      ) : similar.alerts.length ? (
        <>
          {similar.summary && <p className="text-sm font-medium" data-testid="similar-summary">{similar.summary}</p>}
          <ul className="divide-y divide-border">{similar.alerts.map((alert) => <SimilarItem key={alert.id} alert={alert} />)}</ul>
        </>
      ) : (
        <p className="text-sm text-muted">No labelled past alert of this model version fired for similar reasons.</p>
      )}
    </Section>
  );
}

export type AlertContextCardProps = {
  alertId: number;
  /** how many similar alerts to show and summarise (default 10) */
  k?: number;
  className?: string;
};

/** What else happened around this alert, and how alerts like it were judged before. */
export function AlertContextCard({ alertId, k, className }: AlertContextCardProps) {
  const context = useAlertContext(alertId, { k });
  return (
    <Card className={className} data-testid="alert-context">
      <CardHeader><CardTitle>Context</CardTitle></CardHeader>
      <CardContent className="space-y-5">
        {context.isError ? (
          <p className="text-sm text-sev-high" role="alert">The context could not be loaded: {context.error.message}</p>
        ) : context.isPending ? (
          <p className="text-sm text-muted" role="status">Loading context…</p>
        ) : (
          <>
            <Related related={context.data.related} />
            <Similar similar={context.data.similar} />
          </>
        )}
      </CardContent>
    </Card>
  );
}
