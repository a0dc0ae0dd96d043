"use client";
// The score distribution against the reference in the window shown, and the score PSI per
// window: prediction drift, the label-free early warning.
import { DistributionCompareChart } from "@/components/charts/distribution-compare-chart";
import { formatStat, windowLabel } from "@/components/charts/prepare-drift";
import { EmptyState } from "@/components/ui/empty-state";
import type { DistributionData } from "./distribution-panel";

type ScoreWindow = { from: string; to: string; partial: boolean; n: number; score: { psi: number | null; ks: { statistic: number } | null; meanScore: number | null; drift: boolean; reason: string } };

export function ScoreShiftPanel({ windows, kind, shown, distribution, referenceKind }: { windows: ScoreWindow[]; kind: "day" | "week"; shown: { from: string; to: string }; distribution: DistributionData | null; referenceKind: "baseline" | "window" }) {
  const current = windows.find((w) => w.from === shown.from);
  if (!distribution) return <EmptyState title="No score distribution to compare" description="The registered baseline carries no score distribution; pick a reference window instead." />;
  return (
    <div className="space-y-3" data-testid="score-shift-panel">
      <DistributionCompareChart distribution={distribution} referenceLabel={referenceKind === "baseline" ? "baseline scores" : "reference scores"} currentLabel={`${kind === "week" ? "week of " : ""}${windowLabel(shown, kind)}`} testId="score-distribution-chart" />
      {current ? (
        <p className="text-xs text-muted">
          PSI <span className="font-mono text-fg">{formatStat(current.score.psi)}</span> · KS D <span className="font-mono text-fg">{formatStat(current.score.ks?.statistic)}</span> · mean score{" "}
          <span className="font-mono text-fg">{formatStat(current.score.meanScore)}</span> · {current.score.drift ? <span className="font-medium text-danger">scores drifted</span> : "scores stable"}
        </p>
      ) : null}
      <ol className="flex flex-wrap gap-1.5" aria-label="Score PSI per window">
        {windows.map((w) => (
          <li key={w.from} className={`rounded px-1.5 py-0.5 font-mono text-[11px] ring-1 ring-inset ${w.score.drift ? "bg-danger/12 text-danger ring-danger/30" : "text-muted ring-border"}`} title={w.score.reason}>
            {windowLabel(w, kind)} {formatStat(w.score.psi, 2)}
          </li>
        ))}
      </ol>
    </div>
  );
}
