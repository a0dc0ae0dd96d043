"use client";
// Prediction history: every prediction ever made, searchable by event id, entity, model
// version, decision and time, newest first, with each row opening the full record.
import Link from "next/link";
import { usePredictionSearch } from "@/lib/predictions/use-prediction-history";
import type { PredictionRow } from "@/lib/predictions/schemas";
import { formatTime } from "@/components/alerts/format";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, TD, TH, THead, TRow } from "@/components/ui/table";
import { VerdictBadge, type Verdict } from "@/components/ui/verdict-badge";
import { DecisionBadge } from "./decision-badge";
import { PredictionExport } from "./prediction-export";
import { PredictionFilters, usePredictionFilters, type VersionOption } from "./prediction-filters";

function Row({ row }: { row: PredictionRow }) {
  return (
    <TRow data-testid="prediction-row">
      <TD className="whitespace-nowrap">{formatTime(row.time)}</TD>
      <TD><Link className="text-accent hover:underline" href={`/audit/predictions/${row.id}`} data-testid="prediction-link"><code className="text-xs">{row.eventId}</code></Link></TD>
      <TD className="whitespace-nowrap">{row.model} {row.version}</TD>
      <TD className="text-right tabular-nums">{row.score.toFixed(3)} <span className="text-muted">/ {row.threshold}</span></TD>
      <TD><DecisionBadge decision={row.decision} /></TD>
      <TD data-testid="prediction-host">{row.host ?? "—"}</TD>
      <TD>{row.user ?? "—"}</TD>
      <TD>{row.sourceIp ?? "—"}</TD>
      <TD>{row.alertId ? <Link className="text-accent hover:underline" href={`/alerts/${row.alertId}`}>#{row.alertId}</Link> : row.auditSample ? <span className="text-muted">audit sample</span> : "—"}</TD>
      <TD>{row.verdict ? <VerdictBadge verdict={row.verdict as Verdict} compact /> : "—"}</TD>
    </TRow>
  );
}

export function PredictionSearch({ versions }: { versions: VersionOption[] }) {
  const { filters } = usePredictionFilters();
  const query = usePredictionSearch(filters);
  const rows = query.data?.pages.flatMap((page) => page.rows) ?? [];
  const tookMs = query.data?.pages.at(-1)?.tookMs;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Prediction history</CardTitle>
        {tookMs !== undefined && <span className="text-xs text-muted tabular-nums">{tookMs} ms</span>}
      </CardHeader>
      <CardContent className="space-y-3">
        <PredictionFilters versions={versions} />
        <PredictionExport filters={filters} />
        {query.error ? (
          <p className="text-sm text-danger" role="alert">{query.error.message}</p>
        ) : rows.length === 0 ? (
          <EmptyState title={query.isPending ? "Searching…" : "No predictions match"} description={query.isPending ? undefined : "Change or clear the filters."} />
        ) : (
          <>
            <Table aria-label="Predictions" data-testid="prediction-results">
              <THead>
                <tr><TH>Time</TH><TH>Event</TH><TH>Model</TH><TH className="text-right">Score / threshold</TH><TH>Decision</TH><TH>Host</TH><TH>User</TH><TH>Source IP</TH><TH>Alert</TH><TH>Verdict</TH></tr>
              </THead>
              <TBody>{rows.map((row) => <Row key={row.id} row={row} />)}</TBody>
            </Table>
            {query.hasNextPage && (
              <Button variant="secondary" size="sm" onClick={() => query.fetchNextPage()} disabled={query.isFetchingNextPage} data-testid="prediction-more">
                {query.isFetchingNextPage ? "Loading…" : "Older predictions"}
              </Button>
            )}
          </>
        )}
      </CardContent>
    </Card>
  );
}
