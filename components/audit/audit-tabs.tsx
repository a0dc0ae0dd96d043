// The Audit section's two views: the audit trail and the prediction history.
import Link from "next/link";
import { cn } from "@/components/ui/cn";

export function AuditTabs({ current, showPredictions }: { current: "trail" | "predictions"; showPredictions: boolean }) {
  const tab = (active: boolean) => cn("border-b-2 px-1 pb-1.5 text-sm", active ? "border-accent font-medium text-fg" : "border-transparent text-muted hover:text-fg");
  return (
    <nav aria-label="Audit views" className="flex gap-5 border-b border-border">
      <Link href="/audit" className={tab(current === "trail")} aria-current={current === "trail" ? "page" : undefined} data-testid="tab-audit-trail">
        Audit trail
      </Link>
      {showPredictions && (
        <Link href="/audit/predictions" className={tab(current === "predictions")} aria-current={current === "predictions" ? "page" : undefined} data-testid="tab-predictions">
          Prediction history
        </Link>
      )}
    </nav>
  );
}
