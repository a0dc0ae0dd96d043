"use client";
// The label-quality filters live in the URL (shareable, survive a reload), under keys of their
// own so they never collide with the rest of the page; this form only writes them there.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useModels } from "@/lib/registry/use-registry";

export const QUALITY_URL_KEYS = { model: "lqModel", from: "lqFrom", to: "lqTo" } as const;
export type QualityFilterKey = keyof typeof QUALITY_URL_KEYS;
export type QualityFilterErrors = Partial<Record<QualityFilterKey, string>>;

export function QualityFilters({ errors }: { errors: QualityFilterErrors }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const models = useModels();
  const go = (next: URLSearchParams) => router.replace(next.size ? `${pathname}?${next}` : pathname, { scroll: false });

  const apply = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams(params);
    for (const [field, key] of Object.entries(QUALITY_URL_KEYS)) {
      const value = String(form.get(field) ?? "").trim();
      if (value) next.set(key, value);
      else next.delete(key);
    }
    go(next);
  };
  const reset = () => {
    const next = new URLSearchParams(params);
    for (const key of Object.values(QUALITY_URL_KEYS)) next.delete(key);
    go(next);
  };
  const current = params.get(QUALITY_URL_KEYS.model) ?? "";
  const names = models.data?.models.map((m) => m.name) ?? [];

  const dateField = (field: "from" | "to", label: string, help: string) => (
    <div className="flex w-44 flex-col gap-1">
      <Label htmlFor={`lq-${field}`}>{label}</Label>
      <Input
        id={`lq-${field}`}
        name={field}
        placeholder="YYYY-MM-DD"
        defaultValue={params.get(QUALITY_URL_KEYS[field]) ?? ""}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={`lq-${field}-note`}
        data-testid={`label-quality-${field}`}
      />
      <p id={`lq-${field}-note`} className={errors[field] ? "text-xs text-danger" : "text-xs text-subtle"} data-testid={errors[field] ? `label-quality-error-${field}` : undefined}>
        {errors[field] ?? help}
      </p>
    </div>
  );

  return (
    <form key={params.toString()} onSubmit={apply} noValidate className="flex flex-wrap items-start gap-x-4 gap-y-3" data-testid="label-quality-filters" aria-label="Label quality filters">
      <div className="flex w-56 flex-col gap-1">
        <Label htmlFor="lq-model">Model</Label>
        <Select id="lq-model" name="model" defaultValue={current} data-testid="label-quality-model">
          <option value="">All models</option>
          {[...new Set([...names, ...(current ? [current] : [])])].map((name) => (
            <option key={name} value={name}>{name}</option>
          ))}
        </Select>
        <p className="text-xs text-subtle">{errors.model ?? "Verdicts on this model's predictions"}</p>
      </div>
      {dateField("from", "Events from", "By event time (UTC); empty: from the start")}
      {dateField("to", "Events before", "That day is excluded; empty: up to now")}
      <div className="flex gap-2 pt-5">
        <Button type="submit" size="md" data-testid="label-quality-apply">Apply</Button>
        <Button type="button" variant="ghost" size="md" onClick={reset} data-testid="label-quality-reset">All time</Button>
      </div>
    </form>
  );
}
