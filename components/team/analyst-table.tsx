// The numbers behind the load chart, per analyst.
import { cn } from "@/components/ui/cn";
import { Table, TBody, TD, TH, THead, TRow } from "@/components/ui/table";
import { formatHours, formatPerDay } from "@/components/charts/prepare-team";
import type { AnalystLoad } from "@/lib/team/schemas";

export function AnalystTable({ analysts }: { analysts: AnalystLoad[] }) {
  return (
    <Table aria-label="Load per analyst" data-testid="team-analyst-table">
      <THead>
        <tr>
          <TH>Analyst</TH>
          <TH className="text-right">Open now</TH>
          <TH className="text-right">Resolved</TH>
          <TH className="text-right">Per day</TH>
          <TH className="text-right">Busiest day</TH>
          <TH className="text-right">Of capacity</TH>
          <TH className="text-right">False positives</TH>
          <TH className="text-right">FP hours</TH>
        </tr>
      </THead>
      <TBody>
        {analysts.map((a) => (
          <TRow key={a.id} data-testid="team-analyst-row">
            <TD>
              <div className="font-medium">{a.name}</div>
              <div className="text-xs text-muted">{a.email}</div>
            </TD>
            <TD className="text-right tabular-nums">{a.openAssigned.toLocaleString("en-US")}</TD>
            <TD className="text-right tabular-nums">{a.resolved.toLocaleString("en-US")}</TD>
            <TD className="text-right tabular-nums">{formatPerDay(a.resolvedPerDay)}</TD>
            <TD className="text-right tabular-nums">{a.busiestDay.toLocaleString("en-US")}</TD>
            <TD className="text-right tabular-nums">
              <span className={cn(a.utilisation > 1 && "font-medium text-danger")}>{Math.round(a.utilisation * 100)}%</span>
            </TD>
            <TD className="text-right tabular-nums">{a.falsePositives.toLocaleString("en-US")}</TD>
            <TD className="text-right tabular-nums">{formatHours(a.fpHours)}</TD>
          </TRow>
        ))}
      </TBody>
    </Table>
  );
}
