"use client";
// The prediction-history search form. Filters live in the URL: a search can be shared,
// bookmarked as evidence, and survives a reload.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { PREDICTION_FILTER_KEYS, type PredictionFilterParams } from "@/lib/predictions/schemas";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

export type VersionOption = { model: string; version: string };

export function usePredictionFilters(): { filters: PredictionFilterParams; set: (next: PredictionFilterParams) => void } {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const filters: PredictionFilterParams = {};
  for (const key of PREDICTION_FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  const set = (next: PredictionFilterParams) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) if (value) query.set(key, value);
    router.replace(`${pathname}${query.size ? `?${query}` : ""}`, { scroll: false });
  };
  return { filters, set };
}

const TEXT_FIELDS = [
  { key: "eventId", label: "Event id", placeholder: "evt-42" },
  { key: "host", label: "Host", placeholder: "ws-0142" },
  { key: "user", label: "User", placeholder: "j.doe" },
  { key: "sourceIp", label: "Source IP", placeholder: "10.1.4.7" },
] as const;

export function PredictionFilters({ versions }: { versions: VersionOption[] }) {
  const { filters, set } = usePredictionFilters();
  const models = [...new Set(versions.map((v) => v.model))];
  const selectedVersion = filters.model ? (filters.version ? `${filters.model}@${filters.version}` : filters.model) : "";
  return (
    <form
      role="search"
      aria-label="Search predictions"
      className="flex flex-wrap items-end gap-3"
      key={JSON.stringify(filters)}
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const value = (key: string) => String(form.get(key) ?? "").trim() || undefined;
        const [model, version] = (value("modelVersion") ?? "").split("@");
        set({
          eventId: value("eventId"),
          host: value("host"),
          user: value("user"),
          sourceIp: value("sourceIp"),
          model: model || undefined,
          version: version || undefined,
          decision: value("decision"),
          from: value("from"),
          to: value("to"),
        });
      }}
    >
      {TEXT_FIELDS.map((field) => (
        <div key={field.key} className="w-40 space-y-1">
          <Label htmlFor={`prediction-${field.key}`}>{field.label}</Label>
          <Input id={`prediction-${field.key}`} name={field.key} defaultValue={filters[field.key] ?? ""} placeholder={field.placeholder} data-testid={`prediction-filter-${field.key}`} />
        </div>
      ))}
      <div className="w-52 space-y-1">
        <Label htmlFor="prediction-model">Model version</Label>
        <Select id="prediction-model" name="modelVersion" defaultValue={selectedVersion} data-testid="prediction-filter-model">
          <option value="">Any</option>
          {models.map((model) => (
            <optgroup key={model} label={model}>
              <option value={model}>{model} (all versions)</option>
              {versions.filter((v) => v.model === model).map((v) => (
                <option key={v.version} value={`${v.model}@${v.version}`}>{v.model} {v.version}</option>
              ))}
            </optgroup>
          ))}
        </Select>
      </div>
      <div className="w-36 space-y-1">
        <Label htmlFor="prediction-decision">Decision</Label>
        <Select id="prediction-decision" name="decision" defaultValue={filters.decision ?? ""} data-testid="prediction-filter-decision">
          <option value="">Any</option>
          <option value="alerted">Alerted</option>
          <option value="not_alerted">Not alerted</option>
        </Select>
      </div>
      <div className="w-40 space-y-1">
        <Label htmlFor="prediction-from">From (UTC)</Label>
        <Input id="prediction-from" name="from" type="date" defaultValue={filters.from ?? ""} />
      </div>
      <div className="w-40 space-y-1">
        <Label htmlFor="prediction-to">To (UTC, excluded)</Label>
        <Input id="prediction-to" name="to" type="date" defaultValue={filters.to ?? ""} />
      </div>
      <Button type="submit" data-testid="prediction-search">Search</Button>
      <Button type="button" variant="ghost" onClick={() => set({})}>Clear</Button>
    </form>
  );
}
