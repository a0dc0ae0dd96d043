import { Inbox } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "./cn";

export type EmptyStateProps = {
  title: string;
  description?: ReactNode;
  /** Defaults to an inbox icon; pass null for none. */
  icon?: ReactNode;
  /** e.g. a "Clear filters" button. */
  action?: ReactNode;
  className?: string;
};

/** Says plainly that there is nothing here (and why, or what to do), so empty never looks broken. */
export function EmptyState({ title, description, icon, action, className }: EmptyStateProps) {
  return (
    <div
      role="status"
      className={cn("flex flex-col items-center justify-center gap-2 px-6 py-12 text-center", className)}
    >
      {icon === undefined ? <Inbox aria-hidden className="size-8 text-subtle" strokeWidth={1.5} /> : icon}
      <p className="text-sm font-medium text-fg">{title}</p>
      {description ? <div className="max-w-sm text-sm text-muted">{description}</div> : null}
      {action ? <div className="mt-2">{action}</div> : null}
    </div>
  );
}
