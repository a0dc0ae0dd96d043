"use client";
// Filters live in the URL so a view can be shared and survives a reload.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { ALERT_STATUSES, SEVERITY_LEVELS } from "@/lib/alerts/schemas";
import { cn } from "@/components/ui/cn";

function toggle(list: string[], value: string) {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

function Chip({ active, onClick, children, testId }: { active: boolean; onClick: () => void; children: React.ReactNode; testId: string }) {
  return (
    <button
      type="button"
      onClick={onClick}
      aria-pressed={active}
      data-testid={testId}
      className={cn(
        "rounded-full border px-2.5 py-0.5 text-xs transition-colors",
        active ? "border-accent bg-accent/15 text-fg" : "border-border text-muted hover:text-fg",
      )}
    >
      {children}
    </button>
  );
}

export function QueueFilters() {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const listOf = (key: string) => params.get(key)?.split(",").filter(Boolean) ?? [];
  const update = (key: string, values: string[]) => {
    const next = new URLSearchParams(params);
    if (values.length) next.set(key, values.join(","));
    else next.delete(key);
    router.replace(`${pathname}?${next}`, { scroll: false });
  };
  const statuses = listOf("status");
  const severities = listOf("severity");
  const sort = params.get("sort") ?? "time";
  return (
    <div className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
      <div className="flex items-center gap-1.5">
        <span className="mr-1 text-muted">Status</span>
        {ALERT_STATUSES.map((s) => (
          <Chip key={s} active={statuses.includes(s)} onClick={() => update("status", toggle(statuses, s))} testId={`filter-status-${s}`}>
            {s.replace("_", " ").toLowerCase()}
          </Chip>
        ))}
      </div>
      <div className="flex items-center gap-1.5">
        <span className="mr-1 text-muted">Severity</span>
        {SEVERITY_LEVELS.map((s) => (
          <Chip key={s} active={severities.includes(s)} onClick={() => update("severity", toggle(severities, s))} testId={`filter-severity-${s}`}>
            {s.toLowerCase()}
          </Chip>
        ))}
      </div>
      <div className="flex items-center gap-1.5">
        <span className="mr-1 text-muted">Sort</span>
        {["time", "priority"].map((s) => (
          <Chip key={s} active={sort === s} onClick={() => update("sort", s === "time" ? [] : [s])} testId={`sort-${s}`}>
            {s}
          </Chip>
        ))}
      </div>
    </div>
  );
}
