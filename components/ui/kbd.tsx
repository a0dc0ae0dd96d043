import type { ComponentProps } from "react";
import { cn } from "./cn";

/** A keyboard key hint, e.g. <Kbd>j</Kbd>. */
export function Kbd({ className, ...props }: ComponentProps<"kbd">) {
  return (
    <kbd
      className={cn(
        "inline-flex h-5 min-w-5 items-center justify-center rounded border border-border-strong border-b-2 bg-raised px-1 font-mono text-[11px] leading-none text-muted",
        className,
      )}
      {...props}
    />
  );
}
