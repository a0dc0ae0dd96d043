import type { ComponentProps } from "react";
import { cn } from "./cn";

export type BadgeTone = "neutral" | "accent" | "outline";

const tones: Record<BadgeTone, string> = {
  neutral: "bg-raised text-muted ring-border",
  accent: "bg-accent/12 text-accent ring-accent/30",
  outline: "bg-transparent text-muted ring-border-strong",
};

export type BadgeProps = ComponentProps<"span"> & { tone?: BadgeTone };

/** A small inline label. Domain badges (severity, status, verdict) pass their own colours. */
export function Badge({ tone = "neutral", className, ...props }: BadgeProps) {
  return (
    <span
      className={cn(
        "inline-flex h-5 shrink-0 items-center gap-1 rounded px-1.5 text-xs leading-none font-medium whitespace-nowrap ring-1 ring-inset",
        tones[tone],
        className,
      )}
      {...props}
    />
  );
}
