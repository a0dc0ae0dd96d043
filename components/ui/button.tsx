import { Slot } from "@radix-ui/react-slot";
import type { ComponentProps } from "react";
import { cn } from "./cn";

export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger";
export type ButtonSize = "sm" | "md" | "lg" | "icon";

const base =
  "focus-ring inline-flex shrink-0 items-center justify-center gap-1.5 rounded-md font-medium whitespace-nowrap " +
  "transition-colors select-none disabled:pointer-events-none disabled:opacity-50 aria-disabled:pointer-events-none aria-disabled:opacity-50 " +
  "[&_svg]:size-4 [&_svg]:shrink-0";

const variants: Record<ButtonVariant, string> = {
  primary: "bg-accent-solid text-accent-fg shadow-sm hover:brightness-110 active:brightness-95",
  secondary: "border border-border-strong bg-panel text-fg shadow-sm hover:bg-raised",
  ghost: "text-muted hover:bg-raised hover:text-fg",
  danger: "bg-danger text-white shadow-sm hover:brightness-110 active:brightness-95",
};

const sizes: Record<ButtonSize, string> = {
  sm: "h-7 px-2.5 text-xs",
  md: "h-8 px-3 text-sm",
  lg: "h-10 px-4 text-sm",
  icon: "size-8",
};

export type ButtonProps = ComponentProps<"button"> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Render the single child (e.g. a Next `Link`) with button styling instead of a <button>. */
  asChild?: boolean;
};

/**
 * `type` is left to the browser default (submit inside a form) so forms behave as HTML says;
 * pass `type="button"` for buttons inside forms that must not submit.
 * `size="icon"` buttons have no text: give them an `aria-label`.
 */
export function Button({ variant = "primary", size = "md", asChild = false, className, ...props }: ButtonProps) {
  const Comp = asChild ? Slot : "button";
  return <Comp className={cn(base, variants[variant], sizes[size], className)} {...props} />;
}
