"use client";
// Filters live in the URL so a view can be shared, saved and survives a reload.
import { Search } from "lucide-react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { ALERT_STATUSES, QUEUE_SORTS, SEVERITY_LEVELS, type QueueFacets } from "@/lib/alerts/schemas";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { humanize } from "./format";

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

export function useQueueUrl() {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const set = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    router.replace(`${pathname}?${next}`, { scroll: false });
  };
  return { params, set };
}

function Group({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex items-center gap-1.5">
      <span className="mr-1 text-muted">{label}</span>
      {children}
    </div>
  );
}

export function QueueFilters({ facets, counts }: { facets?: QueueFacets; counts: Record<string, number> }) {
  const { params, set } = useQueueUrl();
  const listOf = (key: string) => params.get(key)?.split(",").filter(Boolean) ?? [];
  const statuses = listOf("status");
  const severities = listOf("severity");
  const sort = params.get("sort") ?? "time";
  const assignee = params.get("assignee") ?? "";
  const modelVersion = params.get("model") && params.get("version") ? `${params.get("model")}@${params.get("version")}` : "";
  return (
    <div className="space-y-2 text-sm">
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <form
          role="search"
          className="relative w-64"
          onSubmit={(event) => {
            event.preventDefault();
            const q = new FormData(event.currentTarget).get("q");
            set({ q: typeof q === "string" ? q.trim() : undefined });
          }}
        >
          <Search aria-hidden className="pointer-events-none absolute top-1/2 left-2 size-3.5 -translate-y-1/2 text-subtle" />
          <Input id="queue-search" name="q" key={params.get("q") ?? ""} defaultValue={params.get("q") ?? ""} placeholder="Host, user or IP  ( / )" aria-label="Search host, user or IP" className="pl-7" data-testid="queue-search" />
        </form>
        <Group label="Status">
          {ALERT_STATUSES.map((s) => (
            <Chip key={s} active={statuses.includes(s)} onClick={() => set({ status: toggle(statuses, s).join(",") })} testId={`filter-status-${s}`}>
              {s.replace("_", " ").toLowerCase()} <span className="tabular-nums text-subtle">{counts[s] ?? 0}</span>
            </Chip>
          ))}
        </Group>
        <Group label="Severity">
          {SEVERITY_LEVELS.map((s) => (
            <Chip key={s} active={severities.includes(s)} onClick={() => set({ severity: toggle(severities, s).join(",") })} testId={`filter-severity-${s}`}>
              {s.toLowerCase()}
            </Chip>
          ))}
        </Group>
        <Group label="Assignee">
          {[["", "anyone"], ["me", "me"], ["none", "unassigned"]].map(([value, label]) => (
            <Chip key={label} active={assignee === value} onClick={() => set({ assignee: value })} testId={`filter-assignee-${label}`}>
              {label}
            </Chip>
          ))}
        </Group>
        <Group label="Sort">
          {QUEUE_SORTS.map((s) => (
            <Chip key={s} active={sort === s} onClick={() => set({ sort: s === "time" ? undefined : s })} testId={`sort-${s}`}>
              {s}
            </Chip>
          ))}
        </Group>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <label className="w-44 space-y-0.5">
          <span className="text-xs text-muted">Model version</span>
          <Select
            value={modelVersion}
            onChange={(event) => {
              const [model, version] = event.target.value ? event.target.value.split("@") : [];
              set({ model, version });
            }}
            data-testid="filter-model-version"
          >
            <option value="">all versions</option>
            {facets?.modelVersions.map((v) => (
              <option key={`${v.model}@${v.version}`} value={`${v.model}@${v.version}`}>{`${v.model} ${v.version} (${v.stage.toLowerCase()})`}</option>
            ))}
          </Select>
        </label>
        <label className="w-36 space-y-0.5">
          <span className="text-xs text-muted">Business unit</span>
          <Select value={params.get("businessUnit") ?? ""} onChange={(event) => set({ businessUnit: event.target.value })} data-testid="filter-business-unit">
            <option value="">all</option>
            {facets?.businessUnits.map((unit) => <option key={unit} value={unit}>{unit}</option>)}
          </Select>
        </label>
        <label className="w-44 space-y-0.5">
          <span className="text-xs text-muted">Predicted attack</span>
          <Select value={params.get("attackType") ?? ""} onChange={(event) => set({ attackType: event.target.value })} data-testid="filter-attack-type">
            <option value="">all</option>
            {facets?.attackTypes.map((type) => <option key={type} value={type}>{humanize(type)}</option>)}
          </Select>
        </label>
        <RangeInputs label="Score" keys={["scoreMin", "scoreMax"]} type="number" step="0.01" min="0" max="1" />
        <RangeInputs label="Time (UTC)" keys={["from", "to"]} type="date" />
      </div>
    </div>
  );
}

function RangeInputs({ label, keys, ...input }: { label: string; keys: [string, string] } & React.ComponentProps<"input">) {
  const { params, set } = useQueueUrl();
  return (
    <fieldset className="space-y-0.5">
      <legend className="text-xs text-muted">{label}</legend>
      <div className="flex items-center gap-1">
        {keys.map((key, index) => (
          <Input
            key={`${key}-${params.get(key) ?? ""}`}
            aria-label={`${label} ${index === 0 ? "from" : "to"}`}
            defaultValue={params.get(key) ?? ""}
            onBlur={(event) => event.target.value !== (params.get(key) ?? "") && set({ [key]: event.target.value })}
            onKeyDown={(event) => event.key === "Enter" && set({ [key]: event.currentTarget.value })}
            className="w-32"
            data-testid={`filter-${key}`}
            {...input}
          />
        ))}
      </div>
    </fieldset>
  );
}
