"use client";
import Link from "next/link";
import type { AlertGroup } from "@/lib/alerts/context-schemas";
import { useAlertGroups } from "@/lib/alerts/use-alert-context";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { SeverityBadge } from "@/components/ui/severity-badge";
import { Table, TBody, TD, TH, THead, TRow } from "@/components/ui/table";
import { formatTime, humanize } from "./format";

export type AlertGroupsProps = {
  /** Called with the group (its alerts' { id, rowVersion } included) to judge it as one. */
  onApplyVerdict: (group: AlertGroup) => void;
  /** Without alerts:triage the table is read-only. Defaults to true. */
  canApply?: boolean;
  /** most groups listed (default 50) */
  limit?: number;
  /** smallest group listed (default 2: a group of one is just the queue) */
  minCount?: number;
  className?: string;
};

function GroupRow({ group, canApply, onApplyVerdict }: { group: AlertGroup; canApply: boolean; onApplyVerdict: (group: AlertGroup) => void }) {
  const label = `${group.host ?? "no host"} · ${group.topReason ? humanize(group.topReason) : "no reason"}`;
  return (
    <TRow data-testid="alert-group-row" data-group-key={group.key}>
      <TD className="font-medium">
        {group.host ? <Link href={`/alerts?q=${encodeURIComponent(group.host)}&status=NEW,IN_PROGRESS`} className="hover:underline">{group.host}</Link> : <span className="text-muted">no host</span>}
      </TD>
      <TD>{group.topReason ? humanize(group.topReason) : <span className="text-muted">—</span>}</TD>
      <TD className="text-right tabular-nums">{group.count}</TD>
      <TD><SeverityBadge severity={group.maxSeverity} /></TD>
      <TD className="whitespace-nowrap tabular-nums text-muted">{formatTime(group.firstTime)}</TD>
      <TD className="whitespace-nowrap tabular-nums text-muted">{formatTime(group.lastTime)}</TD>
      {canApply && (
        <TD className="text-right">
          <Button
            type="button"
            size="sm"
            variant="secondary"
            onClick={() => onApplyVerdict(group)}
            aria-label={`Apply verdict to group ${label} (${group.count} alerts)`}
            data-testid="apply-group-verdict"
          >
            Apply verdict to group
          </Button>
        </TD>
      )}
    </TRow>
  );
}

/** Open alerts grouped by host and top reason, so a burst of look-alikes takes one verdict. */
export function AlertGroups({ onApplyVerdict, canApply = true, limit, minCount, className }: AlertGroupsProps) {
  const query = useAlertGroups({ limit, minCount });
  const data = query.data;
  return (
    <Card className={className} data-testid="alert-groups">
      <CardHeader>
        <div>
          <CardTitle>Open alerts by host and top reason</CardTitle>
          {data && (
            <CardDescription>
              {data.totalGroups.toLocaleString("en-US")} group{data.totalGroups === 1 ? "" : "s"} among {data.openAlerts.toLocaleString("en-US")} open alerts
              {data.groups.length < data.totalGroups ? `; the ${data.groups.length} largest shown` : ""}
              {data.truncated ? ` (only the ${data.scanLimit.toLocaleString("en-US")} most recent open alerts are grouped)` : ""}.
            </CardDescription>
          )}
        </div>
      </CardHeader>
      {query.isError ? (
        <EmptyState title="The groups could not be loaded" description={query.error.message} />
      ) : !data ? (
        <p className="px-4 py-3 text-sm text-muted" role="status">Loading groups…</p>
      ) : data.groups.length === 0 ? (
        <EmptyState title="No groups" description="No host has several open alerts for the same top reason." />
      ) : (
        <Table>
          <THead>
            <tr>
              <TH>Host</TH>
              <TH>Top reason</TH>
              <TH className="text-right">Alerts</TH>
              <TH>Max severity</TH>
              <TH>First</TH>
              <TH>Last</TH>
              {canApply && <TH><span className="sr-only">Action</span></TH>}
            </tr>
          </THead>
          <TBody>
            {data.groups.map((group) => (
              <GroupRow key={group.key} group={group} canApply={canApply} onApplyVerdict={onApplyVerdict} />
            ))}
          </TBody>
        </Table>
      )}
    </Card>
  );
}
