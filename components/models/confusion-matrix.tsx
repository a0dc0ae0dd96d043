import { cn } from "@/components/ui/cn";
import { EstimateTag } from "@/components/charts/estimate-tag";
import { formatCount, prepareConfusion, type Estimate } from "@/components/charts/prepare-evaluation";

/** The 2×2 at the current threshold: verdict (rows) × decision (columns). */
export function ConfusionMatrix({ confusion, estimate, threshold }: { confusion: { tp: number; fp: number; fn: number; tn: number }; estimate: Estimate; threshold: number }) {
  const { rows, total } = prepareConfusion(confusion);
  const weighted = estimate === "weighted";
  return (
    <figure className="flex flex-col gap-2" data-testid="confusion-matrix">
      <EstimateTag as="figcaption" estimate={estimate} testId="confusion-matrix-estimate" />
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Confusion matrix at threshold {threshold}</caption>
        <thead>
          <tr>
            <th scope="col" className="w-28" />
            <th scope="col" className="px-2 pb-1 text-xs font-medium text-muted">
              Alerted (score ≥ {threshold.toFixed(4)})
            </th>
            <th scope="col" className="px-2 pb-1 text-xs font-medium text-muted">
              Not alerted
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              <th scope="row" className="pr-2 text-left text-xs font-medium text-muted">
                {r === 0 ? "Attack" : "Benign"}
              </th>
              {row.map((cell) => (
                <td key={cell.key} className="p-1" data-testid={`confusion-${cell.key}`}>
                  <div className={cn("rounded-md border px-3 py-2", cell.tone === "good" ? "border-status-resolved/30 bg-status-resolved/8" : "border-danger/30 bg-danger/8")}>
                    <div className="font-mono text-base">{formatCount(cell.value, weighted)}</div>
                    <div className="text-xs text-muted">
                      {cell.label} · {(cell.share * 100).toFixed(1)}%
                    </div>
                  </div>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-xs text-subtle">
        {weighted ? `Weighted counts: ${formatCount(total, true)} predictions estimated from the labelled sample.` : `${formatCount(total, false)} labelled events.`}
      </p>
    </figure>
  );
}
