// Every day's numbers behind the charts, folded away until asked for (and the exact figures
// for anyone who cannot read the charts).
import { Table, TBody, TD, TH, THead, TRow } from "@/components/ui/table";
import { formatHours, formatPercent } from "@/components/charts/prepare-team";
import type { TeamDay } from "@/lib/team/schemas";

const n = (x: number) => x.toLocaleString("en-US");

export function DailyTable({ days }: { days: TeamDay[] }) {
  return (
    <details className="group rounded-lg border border-border bg-panel" data-testid="team-daily">
      <summary className="focus-ring cursor-pointer px-4 py-2 text-sm font-medium text-fg select-none">
        Numbers per day <span className="text-xs font-normal text-muted">({days.length} days, newest first)</span>
      </summary>
      <Table aria-label="Alerts, verdicts, false-positive rate and SLA breaches per day" data-testid="team-daily-table">
        <THead>
          <tr>
            <TH>Day (UTC)</TH>
            <TH className="text-right">Alerts</TH>
            <TH className="text-right">TP</TH>
            <TH className="text-right">FP</TH>
            <TH className="text-right">BP</TH>
            <TH className="text-right">Undetermined</TH>
            <TH className="text-right">No verdict</TH>
            <TH className="text-right">FP rate</TH>
            <TH className="text-right">FP hours</TH>
            <TH className="text-right">SLA breaches</TH>
          </tr>
        </THead>
        <TBody>
          {[...days].reverse().map((d) => (
            <TRow key={d.day}>
              <TD className="font-mono">{d.day}</TD>
              <TD className="text-right tabular-nums">{n(d.alerts)}</TD>
              <TD className="text-right tabular-nums">{n(d.verdicts.TRUE_POSITIVE)}</TD>
              <TD className="text-right tabular-nums">{n(d.verdicts.FALSE_POSITIVE)}</TD>
              <TD className="text-right tabular-nums">{n(d.verdicts.BENIGN_POSITIVE)}</TD>
              <TD className="text-right tabular-nums">{n(d.verdicts.UNDETERMINED)}</TD>
              <TD className="text-right tabular-nums">{n(d.pending)}</TD>
              <TD className="text-right tabular-nums">{formatPercent(d.fpRate)}</TD>
              <TD className="text-right tabular-nums">{formatHours(d.fpHours)}</TD>
              <TD className="text-right tabular-nums">{n(d.slaBreaches)}</TD>
            </TRow>
          ))}
        </TBody>
      </Table>
    </details>
  );
}
