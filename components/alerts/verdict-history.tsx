import type { AlertDetail } from "@/lib/alerts/detail";
import { FALSE_POSITIVE_REASONS } from "@/lib/alerts/schemas";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import { formatTime } from "./format";

export function VerdictHistory({ labels }: { labels: AlertDetail["labels"] }) {
  if (!labels.length) return <p className="text-sm text-muted">No verdict yet.</p>;
  return (
    <ol className="space-y-3" data-testid="verdict-history">
      {labels.map((label, index) => (
        <li key={label.id} className={index > 0 ? "opacity-60" : ""}>
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <VerdictBadge verdict={label.verdict} />
            {label.reasonCode && <span>{FALSE_POSITIVE_REASONS[label.reasonCode as keyof typeof FALSE_POSITIVE_REASONS] ?? label.reasonCode}</span>}
            {index > 0 && <span className="text-xs text-muted">superseded</span>}
          </div>
          <div className="text-xs text-muted">
            {label.by ?? label.source.toLowerCase().replace("_", " ")} · {formatTime(label.at)}
          </div>
          {label.note && <p className="mt-1 text-sm">{label.note}</p>}
        </li>
      ))}
    </ol>
  );
}
