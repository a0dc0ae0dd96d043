"use client";
// Every feature's drift in the current window, with a sparkline over the range, ordered by what
// a shift can do to the scores (importance × PSI). Picking a row shows its distribution below.
import { DriftSparkline } from "@/components/charts/drift-sparkline";
import { type DriftReportInput, type DriftRow, formatPValue, formatStat, prepareDriftTable, windowLabel } from "@/components/charts/prepare-drift";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TRow } from "@/components/ui/table";
import { IMPORTANCE_HINT, KS_HINT, PSI_HINT, W1_HINT } from "./explanations";
import { StatHint } from "./stat-hint";
import { useFeatureParam } from "./use-feature-param";

const BAND_CLASS = { stable: "text-fg", moderate: "text-sev-medium font-medium", significant: "text-danger font-semibold" } as const;

function Status({ row }: { row: DriftRow }) {
  if (!row.measurable) return <Badge tone="outline">not measured</Badge>;
  if (!row.current || row.current.psi === null) return <Badge tone="outline">no data</Badge>;
  if (row.current.drift) return <Badge className="bg-danger/12 text-danger ring-danger/30">drift</Badge>;
  return <Badge>stable</Badge>;
}

function ImportanceBar({ value }: { value: number | null }) {
  if (value === null) return <span className="text-subtle">—</span>;
  return (
    <span className="inline-flex items-center gap-2" title={`${(100 * value).toFixed(1)} % of the model's importance`}>
      <span aria-hidden className="h-1.5 w-14 overflow-hidden rounded bg-raised">
        <span className="block h-full bg-accent" style={{ width: `${Math.min(100, 100 * value * 4)}%` }} />
      </span>
      <span className="font-mono text-xs">{(100 * value).toFixed(1)}%</span>
    </span>
  );
}

function HeaderWithHint({ label, hint }: { label: string; hint: React.ReactNode }) {
  return (
    <span className="inline-flex items-center gap-1">
      {label}
      <StatHint label={label}>{hint}</StatHint>
    </span>
  );
}

export function DriftTable({ report }: { report: DriftReportInput }) {
  const table = prepareDriftTable(report);
  const [selected, select] = useFeatureParam(table.rows[0]?.feature);
  return (
    <div className="space-y-2">
      <p className="text-xs text-muted" data-testid="drift-current-window">
        {table.current ? `Now = ${report.window === "week" ? "the week of" : ""} ${windowLabel(table.current, report.window)}${table.current.partial ? " (partial)" : ""}` : "No window with data in this range."}{" "}
        {table.driftingNow.length > 0 ? `· drifting: ${table.driftingNow.join(", ")}` : "· no feature drifting"}
      </p>
      <Table data-testid="drift-table">
        <THead>
          <tr>
            <TH>Feature</TH>
            <TH>
              <HeaderWithHint label="Importance" hint={IMPORTANCE_HINT} />
            </TH>
            <TH className="text-right">
              <HeaderWithHint label="PSI" hint={PSI_HINT} />
            </TH>
            <TH className="text-right">
              <HeaderWithHint label="KS D" hint={KS_HINT} />
            </TH>
            <TH className="text-right">adj. p</TH>
            <TH className="text-right">
              <HeaderWithHint label="W1 (σ)" hint={W1_HINT} />
            </TH>
            <TH>PSI over the range</TH>
            <TH className="text-right">Windows drifted</TH>
            <TH>Now</TH>
          </tr>
        </THead>
        <TBody>
          {table.rows.map((row) => (
            <TRow
              key={row.feature}
              selected={row.feature === selected}
              className="cursor-pointer"
              onClick={() => select(row.feature)}
              data-testid={`drift-row-${row.feature}`}
              data-drift={row.current?.drift ? "true" : "false"}
            >
              <TD>
                <button type="button" className="focus-ring rounded text-left font-mono text-xs hover:underline" onClick={() => select(row.feature)} aria-label={`Show the distribution of ${row.feature}`}>
                  {row.feature}
                </button>
                <span className="ml-2 text-xs text-subtle">{row.type === "categorical" ? "categorical" : ""}</span>
              </TD>
              <TD>
                <ImportanceBar value={row.importance} />
              </TD>
              <TD className={`text-right font-mono text-xs ${row.current?.psiBand ? BAND_CLASS[row.current.psiBand] : ""}`} title={row.current?.reason}>
                {formatStat(row.current?.psi)}
              </TD>
              <TD className="text-right font-mono text-xs">{row.type === "numeric" ? formatStat(row.current?.ks?.statistic) : <span title="Jensen–Shannon distance (categorical)">JS {formatStat(row.current?.jensenShannon)}</span>}</TD>
              <TD className="text-right font-mono text-xs">{formatPValue(row.current?.adjustedPValue)}</TD>
              <TD className="text-right font-mono text-xs">{row.type === "numeric" ? formatStat(row.current?.wassersteinNormalized, 2) : "—"}</TD>
              <TD>
                <DriftSparkline points={row.spark} feature={row.feature} />
              </TD>
              <TD className="text-right font-mono text-xs">
                {row.driftedWindows} / {row.windowsWithData}
              </TD>
              <TD>
                <Status row={row} />
              </TD>
            </TRow>
          ))}
        </TBody>
      </Table>
    </div>
  );
}
