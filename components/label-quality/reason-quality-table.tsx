// Per reason code of the first verdict: overturns, agreement under a second opinion, and delay.
import { formatRate, reasonLabel } from "@/components/charts/prepare-label-quality";
import { Table, TBody, TD, TH, THead, TRow } from "@/components/ui/table";
import type { ReasonQuality } from "@/lib/label-quality/schemas";
import { DelayCells } from "./analyst-quality-table";

export function ReasonQualityTable({ reasons }: { reasons: ReasonQuality[] }) {
  return (
    <Table aria-label="Label quality per reason code" data-testid="label-quality-reasons">
      <THead>
        <tr>
          <TH>Reason</TH>
          <TH className="text-right">Verdicts</TH>
          <TH className="text-right">Overturned</TH>
          <TH className="text-right">Pairs</TH>
          <TH className="text-right">Agreement</TH>
          <TH className="text-right">Delay median</TH>
          <TH className="text-right">Delay p90</TH>
        </tr>
      </THead>
      <TBody>
        {reasons.map((r) => (
          <TRow key={r.reasonCode ?? "(none)"} data-testid="label-quality-reason-row">
            <TD className="font-medium">{reasonLabel(r.reasonCode)}</TD>
            <TD className="text-right tabular-nums">{r.labels.toLocaleString("en-US")}</TD>
            <TD className="text-right tabular-nums">
              {r.overturned.toLocaleString("en-US")} <span className="text-xs text-muted">({formatRate(r.overturnRate)})</span>
            </TD>
            <TD className="text-right tabular-nums">{r.pairs.toLocaleString("en-US")}</TD>
            <TD className="text-right tabular-nums">{formatRate(r.agreementRate)}</TD>
            <DelayCells delay={r.delay} />
          </TRow>
        ))}
      </TBody>
    </Table>
  );
}
