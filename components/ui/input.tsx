import type { ComponentProps } from "react";
import { cn } from "./cn";

/** Shared by Input and Select so form controls line up in filter bars. */
export const fieldClass =
  "focus-ring h-8 w-full min-w-0 rounded-md border border-border-strong bg-panel px-2.5 text-sm text-fg shadow-sm " +
  "placeholder:text-subtle disabled:cursor-not-allowed disabled:opacity-50 " +
  "aria-invalid:border-danger aria-invalid:focus-visible:outline-danger";

/** A native input. Pair it with a <Label htmlFor> (or aria-label); set aria-invalid on errors. */
export function Input({ className, type = "text", ...props }: ComponentProps<"input">) {
  return <input type={type} className={cn(fieldClass, className)} {...props} />;
}

export function Label({ className, ...props }: ComponentProps<"label">) {
  return <label className={cn("text-xs font-medium text-muted", className)} {...props} />;
}
