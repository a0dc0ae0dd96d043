"use client";
import Link from "next/link";
import type { AlertRow } from "@/lib/alerts/schemas";
import { SeverityBadge } from "@/components/ui/severity-badge";
import { StatusBadge } from "@/components/ui/status-badge";
import { TD, TRow } from "@/components/ui/table";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import { formatReason, formatTime } from "./format";
import { SlaCountdown } from "./sla-countdown";

export function QueueRow({
  alert,
  focused,
  selected,
  serverNow,
  onToggle,
  onFocus,
}: {
  alert: AlertRow;
  focused: boolean;
  selected: boolean;
  serverNow: number;
  onToggle: () => void;
  onFocus: () => void;
}) {
  return (
    <TRow data-testid="alert-row" data-alert-id={alert.id} data-focused={focused || undefined} selected={focused} onClick={onFocus} className={selected ? "bg-accent/5" : undefined}>
      <TD className="w-8">
        <input type="checkbox" checked={selected} onChange={onToggle} onClick={(event) => event.stopPropagation()} aria-label={`Select alert #${alert.id}`} data-testid="alert-select" />
      </TD>
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
      <TD className="max-w-sm py-1">
        <ul className="text-xs leading-4">
          {alert.topReasons.slice(0, 2).map((reason) => (
            <li key={reason.feature} className="truncate">{formatReason(reason)}</li>
          ))}
        </ul>
      </TD>
      <TD className="text-xs whitespace-nowrap text-muted" data-testid="alert-assignee">{alert.assignee ?? "—"}</TD>
      <TD className="text-xs"><SlaCountdown alert={alert} serverNow={serverNow} /></TD>
      <TD>
        <div className="flex items-center gap-1.5" data-testid="alert-status">
          <StatusBadge status={alert.status} />
          {alert.verdict && <VerdictBadge verdict={alert.verdict} compact />}
        </div>
      </TD>
    </TRow>
  );
}
