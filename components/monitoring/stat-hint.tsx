"use client";
// The "what does this number mean" bubble next to a statistic: opens on hover and on keyboard
// focus, and is the trigger's description for screen readers (Radix wires it).
import * as Tooltip from "@radix-ui/react-tooltip";
import { Info } from "lucide-react";

export function StatHint({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Tooltip.Provider delayDuration={150}>
      <Tooltip.Root>
        <Tooltip.Trigger asChild>
          <button type="button" aria-label={`About ${label}`} className="focus-ring inline-flex size-4 items-center justify-center rounded-full text-subtle hover:text-fg" data-testid={`hint-${label.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`}>
            <Info aria-hidden className="size-3.5" />
          </button>
        </Tooltip.Trigger>
        <Tooltip.Portal>
          <Tooltip.Content side="top" sideOffset={6} collisionPadding={8} className="z-50 max-w-sm rounded-md border border-border bg-panel px-3 py-2 text-xs leading-relaxed text-fg shadow-lg shadow-black/20">
            {children}
          </Tooltip.Content>
        </Tooltip.Portal>
      </Tooltip.Root>
    </Tooltip.Provider>
  );
}
