"use client";
// The page's settings live in the URL (shareable, survive a reload); these controls only write
// them there and the server renders what they say. The version applies at once; the range on Apply.
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

export type VersionChoice = { model: string; version: string; stage: string };

type Props = {
  versions: VersionChoice[];
  selected: { model: string; version: string } | null;
  window: "day" | "week";
  from: string;
  to: string;
  reference: string | undefined;
  error: string | null;
};

const key = (v: { model: string; version: string }) => `${v.model}@${v.version}`;

export function MonitoringControls({ versions, selected, window, from, to, reference, error }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [refFrom, refTo] = reference?.split("..") ?? ["", ""];

  const go = (next: URLSearchParams) => router.push(next.size ? `${pathname}?${next}` : pathname, { scroll: false });

  const chooseVersion = (value: string) => {
    const picked = versions.find((v) => key(v) === value);
    if (!picked) return;
    const next = new URLSearchParams(params);
    next.set("model", picked.model);
    next.set("version", picked.version);
    // The window shown and the feature picked belong to the old version's data.
    next.delete("at");
    next.delete("feature");
    go(next);
  };

  const apply = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams(params);
    for (const name of ["window", "from", "to"] as const) {
      const value = String(form.get(name) ?? "").trim();
      if (value) next.set(name, value);
      else next.delete(name);
    }
    const a = String(form.get("refFrom") ?? "").trim();
    const b = String(form.get("refTo") ?? "").trim();
    if (a && b) next.set("reference", `${a}..${b}`);
    else next.delete("reference");
    next.delete("at");
    go(next);
  };

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end gap-x-4 gap-y-3">
        <div className="flex w-72 flex-col gap-1">
          <Label htmlFor="monitoring-version">Model version</Label>
          <Select id="monitoring-version" value={selected ? key(selected) : ""} onChange={(e) => chooseVersion(e.target.value)} data-testid="monitoring-version">
            {versions.map((v) => (
              <option key={key(v)} value={key(v)}>
                {v.model} {v.version} · {v.stage.toLowerCase()}
              </option>
            ))}
          </Select>
        </div>
        {selected ? (
          <Link className="focus-ring pb-1.5 text-sm text-accent hover:underline" href={`/models/${encodeURIComponent(selected.model)}/${encodeURIComponent(selected.version)}`} data-testid="monitoring-model-link">
            Open in the registry
          </Link>
        ) : null}
      </div>
      {/* Keyed by the URL so the fields show what it says after back/forward. */}
      <form key={params.toString()} onSubmit={apply} noValidate className="flex flex-wrap items-end gap-x-4 gap-y-3" aria-label="Monitoring range" data-testid="monitoring-controls">
        <div className="flex w-32 flex-col gap-1">
          <Label htmlFor="monitoring-window">Windows</Label>
          <Select id="monitoring-window" name="window" defaultValue={window} data-testid="monitoring-window">
            <option value="week">ISO weeks</option>
            <option value="day">UTC days</option>
          </Select>
        </div>
        <div className="flex w-40 flex-col gap-1">
          <Label htmlFor="monitoring-from">From</Label>
          <Input id="monitoring-from" name="from" type="date" defaultValue={from} data-testid="monitoring-from" />
        </div>
        <div className="flex w-40 flex-col gap-1">
          <Label htmlFor="monitoring-to">To (excluded)</Label>
          <Input id="monitoring-to" name="to" type="date" defaultValue={to} data-testid="monitoring-to" />
        </div>
        <fieldset className="flex items-end gap-2">
          <legend className="mb-1 text-xs font-medium text-muted">Compare against a window (empty: the registered baseline)</legend>
          <Input aria-label="Reference from" name="refFrom" type="date" defaultValue={refFrom} className="w-40" data-testid="monitoring-reference-from" />
          <span className="pb-1.5 text-muted">–</span>
          <Input aria-label="Reference to (excluded)" name="refTo" type="date" defaultValue={refTo} className="w-40" data-testid="monitoring-reference-to" />
        </fieldset>
        <Button type="submit" size="md" data-testid="monitoring-apply">
          Apply
        </Button>
      </form>
      {error ? (
        <p role="alert" className="text-sm text-danger" data-testid="monitoring-query-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
