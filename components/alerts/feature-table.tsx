import type { FeatureContext } from "@/lib/alerts/feature-context";
import { Table, TD, TH, THead, TRow } from "@/components/ui/table";
import { formatValue, humanize } from "./format";

function unusualness(row: FeatureContext): string {
  if (row.percentile !== null) return `p${row.percentile.toFixed(0)}`;
  if (row.frequency !== null) return `${row.frequency.toFixed(1)} % of baseline`;
  return "—";
}

export function FeatureTable({ rows }: { rows: FeatureContext[] }) {
  return (
    <Table aria-label="Feature values">
      <THead>
        <tr><TH>Feature</TH><TH className="text-right">Value</TH><TH className="text-right">Contribution</TH><TH className="text-right">Against baseline</TH></tr>
      </THead>
      <tbody>
        {rows.map((row) => {
          const extreme = row.percentile !== null && (row.percentile >= 99 || row.percentile <= 1);
          return (
            <TRow key={row.feature}>
              <TD>{humanize(row.feature)}</TD>
              <TD className="text-right tabular-nums">{formatValue(row.value)}</TD>
              <TD className={`text-right tabular-nums ${(row.contribution ?? 0) > 0 ? "text-push-up" : "text-push-down"}`}>
                {row.contribution === null ? "—" : `${row.contribution > 0 ? "+" : ""}${row.contribution.toFixed(3)}`}
              </TD>
              <TD className={`text-right tabular-nums ${extreme ? "font-semibold text-sev-high" : "text-muted"}`}>{unusualness(row)}</TD>
            </TRow>
          );
        })}
      </tbody>
    </Table>
  );
}
