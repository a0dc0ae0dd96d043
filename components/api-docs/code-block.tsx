import { cn } from "@/components/ui/cn";
import { CopyButton } from "./copy-button";

/** Preformatted text with a copy button; wraps nothing, scrolls sideways. */
export function CodeBlock({ code, className, testId }: { code: string; className?: string; testId?: string }) {
  return (
    <div className={cn("relative rounded-md border border-border bg-surface", className)} data-testid={testId}>
      <div className="absolute top-1.5 right-1.5">
        <CopyButton text={code} />
      </div>
      <pre className="overflow-x-auto p-3 pr-24 font-mono text-xs leading-relaxed text-fg">
        <code>{code}</code>
      </pre>
    </div>
  );
}
