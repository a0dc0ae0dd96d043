import { ChevronDown } from "lucide-react";
import type { ComponentProps } from "react";
import { cn } from "./cn";
import { fieldClass } from "./input";

/**
 * A native <select>: keyboard, screen readers and mobile pickers work for free, which matters
 * more in a triage queue than a custom listbox. Give it a <Label htmlFor> or aria-label.
 */
export function Select({ className, children, ...props }: ComponentProps<"select">) {
  return (
    <span className={cn("relative inline-flex w-full", className)}>
      <select className={cn(fieldClass, "cursor-pointer appearance-none pr-7")} {...props}>
        {children}
      </select>
      <ChevronDown
        aria-hidden
        className="pointer-events-none absolute top-1/2 right-2 size-3.5 -translate-y-1/2 text-subtle"
      />
    </span>
  );
}
