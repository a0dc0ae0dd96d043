import { cn } from "@/components/ui/cn";

const TONES: Record<string, string> = {
  GET: "bg-status-resolved/12 text-status-resolved ring-status-resolved/30",
  POST: "bg-accent/12 text-accent ring-accent/30",
  PATCH: "bg-status-progress/12 text-status-progress ring-status-progress/30",
  PUT: "bg-status-progress/12 text-status-progress ring-status-progress/30",
  DELETE: "bg-danger/12 text-danger ring-danger/30",
};

export function MethodBadge({ method, className }: { method: string; className?: string }) {
  return (
    <span className={cn("inline-flex h-5 w-14 shrink-0 items-center justify-center rounded font-mono text-[11px] font-semibold ring-1 ring-inset", TONES[method] ?? TONES.GET, className)}>
      {method}
    </span>
  );
}
