"use client";
// Alerts and the audit sample are worked in the same screens; the tab says how many samples wait.
import Link from "next/link";
import { useAuditSample } from "@/lib/alerts/use-audit-sample";
import { roleHas, type Role } from "@/lib/auth/permissions";
import { useReviewQueue } from "@/lib/label-quality/use-label-quality";
import { cn } from "@/components/ui/cn";

export function QueueTabs({ current, role }: { current: "alerts" | "groups" | "audit-sample" | "active-learning" | "second-opinion"; role?: Role }) {
  const pending = useAuditSample("pending").data?.pages[0]?.pending;
  // Second opinions are given by people who triage; the tab is theirs alone.
  const canReview = role !== undefined && roleHas(role, "alerts:triage");
  const toReview = useReviewQueue(canReview).data?.pages[0]?.pending;
  const tab = (active: boolean) => cn("border-b-2 px-1 pb-1.5 text-sm", active ? "border-accent font-medium text-fg" : "border-transparent text-muted hover:text-fg");
  return (
    <nav aria-label="Queues" className="flex gap-5 border-b border-border">
      <Link href="/alerts" className={tab(current === "alerts")} aria-current={current === "alerts" ? "page" : undefined}>Alerts</Link>
      <Link href="/alerts/groups" className={tab(current === "groups")} aria-current={current === "groups" ? "page" : undefined} data-testid="tab-groups">By entity and reason</Link>
      <Link href="/alerts/audit-sample" className={tab(current === "audit-sample")} aria-current={current === "audit-sample" ? "page" : undefined} data-testid="tab-audit-sample">
        Audit sample{pending != null && <span className="ml-1.5 rounded bg-raised px-1.5 text-xs tabular-nums">{pending} to label</span>}
      </Link>
      <Link href="/alerts/active-learning" className={tab(current === "active-learning")} aria-current={current === "active-learning" ? "page" : undefined} data-testid="tab-active-learning">
        Active learning
      </Link>
      {canReview && (
        <Link href="/alerts/second-opinion" className={tab(current === "second-opinion")} aria-current={current === "second-opinion" ? "page" : undefined} data-testid="tab-second-opinion">
          Second opinion{toReview != null && <span className="ml-1.5 rounded bg-raised px-1.5 text-xs tabular-nums">{toReview} to review</span>}
        </Link>
      )}
    </nav>
  );
}
