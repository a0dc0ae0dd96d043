import { Table, TBody, TD, TH, THead, TRow } from "@/components/ui/table";
import { cn } from "@/components/ui/cn";
import { EstimateTag } from "@/components/charts/estimate-tag";
import { formatMetric, type Estimate } from "@/components/charts/prepare-evaluation";
import type { MetricRow } from "./metric-rows";

const pct = (x: number | null, key: string) => (x === null ? "—" : key === "alertRate" || key === "positiveRate" ? `${(x * 100).toFixed(2)}%` : formatMetric(x));

/** Training (as registered) against live (this range), with the live value's bootstrap interval. */
export function MetricsTable({ rows, estimate, level }: { rows: MetricRow[]; estimate: Estimate; level: number }) {
  return (
    <div className="flex flex-col gap-2" data-testid="metrics-table">
      <EstimateTag estimate={estimate} testId="metrics-table-estimate" />
      <Table>
        <THead>
          <tr>
            <TH>Metric</TH>
            <TH className="text-right">Training</TH>
            <TH className="text-right">Live</TH>
            <TH className="text-right">{Math.round(level * 100)}% interval</TH>
            <TH className="text-right">Change</TH>
          </tr>
        </THead>
        <TBody>
          {rows.map((row) => {
            const worse = row.delta !== null && (row.higherIsBetter ? row.delta < 0 : row.delta > 0);
            return (
              <TRow key={row.key} data-testid={`metric-${row.key}`}>
                <TD>{row.label}</TD>
                <TD className="text-right font-mono">{pct(row.training, row.key)}</TD>
                <TD className="text-right font-mono" data-testid={`metric-${row.key}-live`}>
                  {row.live === null && row.note ? <span className="text-xs text-subtle">{row.note}</span> : pct(row.live, row.key)}
                </TD>
                <TD className="text-right font-mono text-xs text-muted">
                  {row.interval && row.interval.lower !== null && row.interval.upper !== null ? `${formatMetric(row.interval.lower)}–${formatMetric(row.interval.upper)}` : "—"}
                </TD>
                <TD className={cn("text-right font-mono text-xs", worse ? "text-danger" : "text-muted")}>
                  {row.delta === null ? "—" : `${row.delta >= 0 ? "+" : "−"}${pct(Math.abs(row.delta), row.key)}`}
                </TD>
              </TRow>
            );
          })}
        </TBody>
      </Table>
      {rows.some((r) => r.note && r.live !== null) ? <p className="text-xs text-subtle">Live values on alerted events only cannot be compared with training, where every event was labelled.</p> : null}
    </div>
  );
}
