import type { ComponentProps } from "react";
import { cn } from "./cn";

/** The scroll wrapper keeps wide tables inside their card instead of widening the page. */
export function Table({ className, ...props }: ComponentProps<"table">) {
  return (
    <div className="w-full overflow-x-auto">
      <table className={cn("w-full border-collapse text-left text-sm", className)} {...props} />
    </div>
  );
}

export function THead({ className, ...props }: ComponentProps<"thead">) {
  return <thead className={cn("border-b border-border bg-panel", className)} {...props} />;
}

export function TBody({ className, ...props }: ComponentProps<"tbody">) {
  return <tbody className={cn("divide-y divide-border", className)} {...props} />;
}

export type TRowProps = ComponentProps<"tr"> & {
  /** Highlights the row (e.g. the keyboard cursor in a queue); also sets aria-selected. */
  selected?: boolean;
};

export function TRow({ selected, className, ...props }: TRowProps) {
  return (
    <tr
      aria-selected={selected || undefined}
      data-selected={selected || undefined}
      className={cn(
        "transition-colors hover:bg-raised/60 data-selected:bg-accent/10 data-selected:shadow-[inset_2px_0_0_var(--vg-accent)]",
        className,
      )}
      {...props}
    />
  );
}

/** Column header; `scope` defaults to "col" so screen readers announce it for each cell. */
export function TH({ className, scope = "col", ...props }: ComponentProps<"th">) {
  return (
    <th
      scope={scope}
      className={cn("h-8 px-3 text-xs font-medium whitespace-nowrap text-muted", className)}
      {...props}
    />
  );
}

export function TD({ className, ...props }: ComponentProps<"td">) {
  return <td className={cn("h-9 px-3 align-middle text-fg", className)} {...props} />;
}
