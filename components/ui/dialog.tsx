"use client";
// A modal dialog on Radix: focus is trapped and restored, Escape closes, the page is inert.
import * as Radix from "@radix-ui/react-dialog";
import type { ReactNode } from "react";
import { cn } from "./cn";

export function Dialog({
  open,
  onOpenChange,
  title,
  description,
  children,
  className,
  testId,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: string;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  return (
    <Radix.Root open={open} onOpenChange={onOpenChange}>
      <Radix.Portal>
        <Radix.Overlay className="fixed inset-0 z-40 bg-black/50" />
        <Radix.Content
          data-testid={testId}
          className={cn("fixed top-1/2 left-1/2 z-50 w-[min(32rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-lg border border-border bg-panel p-5 shadow-xl", className)}
        >
          <Radix.Title className="text-base font-semibold">{title}</Radix.Title>
          {description ? <Radix.Description className="mt-1 text-sm text-muted">{description}</Radix.Description> : <Radix.Description className="sr-only">{title}</Radix.Description>}
          <div className="mt-4">{children}</div>
        </Radix.Content>
      </Radix.Portal>
    </Radix.Root>
  );
}
