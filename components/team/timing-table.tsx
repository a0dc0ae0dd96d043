// Time to acknowledge and to resolve, and SLA outcomes, per severity: one compact table.
import { SeverityBadge } from "@/components/ui/severity-badge";
import { Table, TBody, TD, TH, THead, TRow } from "@/components/ui/table";
import { formatPercent } from "@/components/charts/prepare-team";
import { formatDuration } from "@/lib/time/duration";
import type { DurationStat, TimingRow } from "@/lib/team/schemas";

const duration = (ms: number | null) => (ms === null ? "—" : formatDuration(ms));

function Pair({ stat }: { stat: DurationStat }) {
  return (
    <>
      <TD className="font-mono">{duration(stat.medianMs)}</TD>
      <TD className="font-mono">
        <span className="text-muted">{duration(stat.meanMs)}</span>
      </TD>
    </>
  );
}

export function TimingTable({ rows }: { rows: TimingRow[] }) {
  return (
    <Table aria-label="Time to acknowledge and resolve, and SLA breaches, by severity" data-testid="team-timing-table">
      <THead>
        <tr>
          <TH rowSpan={2}>Severity</TH>
          <TH rowSpan={2} className="text-right">Alerts</TH>
          <TH colSpan={2} className="text-center">To acknowledge</TH>
          <TH colSpan={2} className="text-center">To resolve</TH>
          <TH rowSpan={2}>SLA</TH>
          <TH colSpan={3} className="text-center">SLA breaches</TH>
        </tr>
        <tr>
          <TH>median</TH>
          <TH>mean</TH>
          <TH>median</TH>
          <TH>mean</TH>
          <TH className="text-right">late</TH>
          <TH className="text-right">open, overdue</TH>
          <TH className="text-right">rate</TH>
        </tr>
      </THead>
      <TBody>
        {rows.map((row) => (
          <TRow key={row.severity} data-testid={`team-timing-${row.severity}`} className={row.severity === "ALL" ? "font-medium" : undefined}>
            <TD>{row.severity === "ALL" ? "All" : <SeverityBadge severity={row.severity} />}</TD>
            <TD className="text-right tabular-nums">{row.alerts.toLocaleString("en-US")}</TD>
            <Pair stat={row.acknowledge} />
            <Pair stat={row.resolve} />
            <TD className="font-mono">
              <span className="text-muted">{duration(row.slaTargetMs)}</span>
            </TD>
            <TD className="text-right tabular-nums">{row.resolvedLate.toLocaleString("en-US")}</TD>
            <TD className="text-right tabular-nums">
              <span className={row.openOverdue > 0 ? "text-danger" : undefined}>{row.openOverdue.toLocaleString("en-US")}</span>
            </TD>
            <TD className="text-right tabular-nums">{formatPercent(row.breachRate, 1)}</TD>
          </TRow>
        ))}
      </TBody>
    </Table>
  );
}
