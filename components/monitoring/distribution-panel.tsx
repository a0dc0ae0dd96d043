"use client";
// Reference vs one window for any feature, and for the score. The feature is picked here or in
// the drift table (URL `feature`, no round trip); the window (URL `at`) is summed on the server.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { DistributionCompareChart } from "@/components/charts/distribution-compare-chart";
import { type DriftReportInput, formatStat, prepareDriftTable, windowLabel } from "@/components/charts/prepare-drift";
import { EmptyState } from "@/components/ui/empty-state";
import { Label } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useFeatureParam } from "./use-feature-param";

export type DistributionData = { name: string; type: string; labels: string[]; reference: number[]; current: number[]; contributions: number[]; referenceN: number; currentN: number };

type Props = {
  report: DriftReportInput & { reference: { kind: "baseline" | "window" } };
  shown: { from: string; to: string; partial: boolean };
  features: DistributionData[];
};

export function WindowPicker({ report, shown, id }: { report: DriftReportInput; shown: { from: string }; id: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const choose = (from: string) => {
    const next = new URLSearchParams(params);
    next.set("at", from.slice(0, 10));
    router.replace(`${pathname}?${next}`, { scroll: false });
  };
  return (
    <div className="flex w-48 flex-col gap-1">
      <Label htmlFor={id}>Window</Label>
      <Select id={id} value={shown.from} onChange={(e) => choose(e.target.value)} data-testid={id}>
        {report.windows.map((w) => (
          <option key={w.from} value={w.from} disabled={w.n === 0}>
            {windowLabel(w, report.window)}
            {w.partial ? " (partial)" : ""}
          </option>
        ))}
      </Select>
    </div>
  );
}

export function DistributionPanel({ report, shown, features }: Props) {
  const table = prepareDriftTable(report);
  const [selected, select] = useFeatureParam(table.rows.find((r) => r.measurable)?.feature);
  const distribution = features.find((f) => f.name === selected) ?? features[0];
  const stats = report.windows.find((w) => w.from === shown.from)?.features.find((f) => f.feature === distribution?.name);
  const referenceLabel = report.reference.kind === "baseline" ? "baseline" : "reference window";
  const currentLabel = `${report.window === "week" ? "week of " : ""}${windowLabel(shown, report.window)}`;
  return (
    <div className="space-y-3" data-testid="distribution-panel">
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex w-56 flex-col gap-1">
          <Label htmlFor="distribution-feature">Feature</Label>
          <Select id="distribution-feature" value={distribution?.name ?? ""} onChange={(e) => select(e.target.value)} data-testid="distribution-feature">
            {table.rows
              .filter((r) => features.some((f) => f.name === r.feature))
              .map((r) => (
                <option key={r.feature} value={r.feature}>
                  {r.feature}
                  {r.current?.drift ? " · drift" : ""}
                </option>
              ))}
          </Select>
        </div>
        <WindowPicker report={report} shown={shown} id="distribution-window" />
        {stats ? (
          <p className="pb-1.5 text-xs text-muted" data-testid="distribution-stats">
            PSI <span className="font-mono text-fg">{formatStat(stats.psi)}</span>
            {stats.ks ? (
              <>
                {" "}
                · KS D <span className="font-mono text-fg">{formatStat(stats.ks.statistic)}</span>
              </>
            ) : null}
            {" · "}
            {stats.drift ? <span className="font-medium text-danger">drift</span> : "no drift"}
          </p>
        ) : null}
      </div>
      {distribution ? (
        <>
          <DistributionCompareChart distribution={distribution} referenceLabel={`${referenceLabel} (n=${Math.round(distribution.referenceN).toLocaleString("en-US")})`} currentLabel={`${currentLabel} (n=${distribution.currentN.toLocaleString("en-US")})`} testId="feature-distribution-chart" />
          {stats ? <p className="text-xs text-subtle">{stats.reason}</p> : null}
        </>
      ) : (
        <EmptyState title="No distribution to show" description="The baseline has no bins for this version's features, or the window has no traffic." />
      )}
    </div>
  );
}
