"use client";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useAlertQueue } from "@/lib/alerts/use-alert-queue";
import type { AlertRow } from "@/lib/alerts/schemas";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { SeverityBadge } from "@/components/ui/severity-badge";
import { StatusBadge } from "@/components/ui/status-badge";
import { Table, TD, TH, THead, TRow } from "@/components/ui/table";
import { QueueFilters } from "./queue-filters";
import { formatReason, formatTime } from "./format";

function Row({ alert }: { alert: AlertRow }) {
  return (
    <TRow data-testid="alert-row">
      <TD className="whitespace-nowrap tabular-nums text-muted">
        <Link href={`/alerts/${alert.id}`} className="hover:text-fg" data-testid="alert-link">
          {formatTime(alert.time)}
        </Link>
      </TD>
      <TD><SeverityBadge severity={alert.severity} /></TD>
      <TD className="tabular-nums">{alert.score.toFixed(3)}</TD>
      <TD>
        <div className="font-medium">{alert.host ?? "—"}</div>
        <div className="text-xs text-muted">{[alert.userName, alert.sourceIp, alert.businessUnit].filter(Boolean).join(" · ")}</div>
      </TD>
      <TD className="max-w-md">
        <ul className="space-y-0.5 text-xs">
          {alert.topReasons.map((reason) => (
            <li key={reason.feature} className="truncate">{formatReason(reason)}</li>
          ))}
        </ul>
      </TD>
      <TD><StatusBadge status={alert.status} /></TD>
    </TRow>
  );
}

export function AlertQueue() {
  const params = useSearchParams();
  const filters = { status: params.get("status") ?? undefined, severity: params.get("severity") ?? undefined, sort: params.get("sort") ?? undefined };
  const queue = useAlertQueue(filters);
  const rows = queue.data?.pages.flatMap((page) => page.rows) ?? [];
  return (
    <div className="space-y-4">
      <QueueFilters />
      {queue.isError ? (
        <EmptyState title="The queue could not be loaded" description={queue.error.message} />
      ) : queue.isPending ? (
        <p className="text-sm text-muted" role="status">Loading alerts…</p>
      ) : rows.length === 0 ? (
        <EmptyState title="No alerts match" description="Change or clear the filters to see more." />
      ) : (
        <Table aria-label="Alert queue">
          <THead>
            <tr>
              <TH>Time</TH><TH>Severity</TH><TH>Score</TH><TH>Entity</TH><TH>Top reasons</TH><TH>Status</TH>
            </tr>
          </THead>
          <tbody>{rows.map((alert) => <Row key={alert.id} alert={alert} />)}</tbody>
        </Table>
      )}
      {queue.hasNextPage && (
        <Button variant="secondary" onClick={() => queue.fetchNextPage()} disabled={queue.isFetchingNextPage} data-testid="load-more">
          {queue.isFetchingNextPage ? "Loading…" : "Load more"}
        </Button>
      )}
    </div>
  );
}
