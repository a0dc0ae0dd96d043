// Per analyst, as the one who gave the first verdict: how their verdicts fare under a second
// opinion, how many were overturned, and how long their cases waited.
import { formatRate } from "@/components/charts/prepare-label-quality";
import { Table, TBody, TD, TH, THead, TRow } from "@/components/ui/table";
import type { AnalystQuality, DelayOut } from "@/lib/label-quality/schemas";
import { formatDuration } from "@/lib/time/duration";

export const formatDelay = (ms: number | null) => (ms === null ? "—" : formatDuration(ms));

export function DelayCells({ delay }: { delay: DelayOut }) {
  return (
    <>
      <TD className="text-right tabular-nums">{formatDelay(delay.medianMs)}</TD>
      <TD className="text-right tabular-nums">{formatDelay(delay.p90Ms)}</TD>
    </>
  );
}

export function AnalystQualityTable({ analysts, minPairs }: { analysts: AnalystQuality[]; minPairs: number }) {
  return (
    <Table aria-label="Label quality per analyst" data-testid="label-quality-analysts">
      <THead>
        <tr>
          <TH>Analyst</TH>
          <TH className="text-right">Verdicts</TH>
          <TH className="text-right">Pairs</TH>
          <TH className="text-right">Agreement</TH>
          <TH className="text-right">κ</TH>
          <TH className="text-right">Overturned</TH>
          <TH className="text-right">Delay median</TH>
          <TH className="text-right">Delay p90</TH>
        </tr>
      </THead>
      <TBody>
        {analysts.map((a) => (
          <TRow key={a.id} data-testid="label-quality-analyst-row">
            <TD>
              <div className="font-medium">{a.name}</div>
              <div className="text-xs text-muted">{a.email}</div>
            </TD>
            <TD className="text-right tabular-nums">{a.labels.toLocaleString("en-US")}</TD>
            <TD className="text-right tabular-nums">{a.pairs.toLocaleString("en-US")}</TD>
            <TD className="text-right tabular-nums">
              {a.pairs === 0 ? "—" : `${formatRate(a.agreementRate)}`}
              {a.pairs > 0 && <span className="ml-1 text-xs text-muted">({a.agreed}/{a.pairs})</span>}
            </TD>
            <TD className="text-right tabular-nums" data-testid="label-quality-analyst-kappa">
              {a.kappa.kappa !== null ? (
                <span title={a.kappa.ci95 ? `95% CI ${a.kappa.ci95[0].toFixed(2)}–${a.kappa.ci95[1].toFixed(2)}` : undefined}>{a.kappa.kappa.toFixed(2)}</span>
              ) : (
                <span className="text-xs text-muted" title={`κ needs at least ${minPairs} pairs`}>
                  {a.kappa.undefinedReason === "single_category" ? "one verdict only" : a.pairs === 0 ? "—" : "too few"}
                </span>
              )}
            </TD>
            <TD className="text-right tabular-nums">
              {a.overturned.toLocaleString("en-US")} <span className="text-xs text-muted">({formatRate(a.overturnRate)})</span>
            </TD>
            <DelayCells delay={a.delay} />
          </TRow>
        ))}
      </TBody>
    </Table>
  );
}
