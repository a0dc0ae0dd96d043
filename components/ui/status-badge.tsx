import { CircleCheck, CircleDashed, CircleDot } from "lucide-react";
import { Badge } from "./badge";
import { cn } from "./cn";

export const ALERT_STATUSES = ["NEW", "IN_PROGRESS", "RESOLVED"] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

export const STATUS_LABELS: Record<AlertStatus, string> = {
  NEW: "New",
  IN_PROGRESS: "In progress",
  RESOLVED: "Resolved",
};

const styles: Record<AlertStatus, string> = {
  NEW: "bg-status-new/12 text-status-new ring-status-new/30",
  IN_PROGRESS: "bg-status-progress/12 text-status-progress ring-status-progress/30",
  RESOLVED: "bg-transparent text-status-resolved ring-border-strong",
};

/** A distinct icon per status keeps it readable without colour. */
const icons = { NEW: CircleDot, IN_PROGRESS: CircleDashed, RESOLVED: CircleCheck } as const;

export function StatusBadge({ status, className }: { status: AlertStatus; className?: string }) {
  const Icon = icons[status];
  return (
    <Badge className={cn(styles[status], className)} data-status={status}>
      <Icon aria-hidden className="size-3" strokeWidth={2.25} />
      {STATUS_LABELS[status]}
    </Badge>
  );
}
