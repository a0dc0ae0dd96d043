"use client";
// The trail's filters live in the URL, so a filtered view can be shared and survives a reload.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { AUDIT_URL_KEYS } from "@/lib/audit/schemas";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";

export function useAuditUrl() {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const set = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    router.replace(`${pathname}${next.size ? `?${next}` : ""}`, { scroll: false });
  };
  return { params, set };
}

const FIELDS = [
  { key: "actor", label: "Actor", placeholder: "ana@example.org, api-key:…" },
  { key: "action", label: "Action", placeholder: "label.recorded" },
  { key: "target", label: "Target", placeholder: "alert:42, prediction:7" },
] as const;

export function AuditEventFilters({ actions }: { actions: string[] }) {
  const { params, set } = useAuditUrl();
  return (
    <form
      role="search"
      aria-label="Filter the audit trail"
      className="flex flex-wrap items-end gap-3"
      key={params.toString()}
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const changes: Record<string, string | undefined> = { cursor: undefined, focus: undefined };
        for (const key of AUDIT_URL_KEYS) {
          const value = String(form.get(key) ?? "").trim();
          changes[key] = value || undefined;
        }
        set(changes);
      }}
    >
      {FIELDS.map((field) => (
        <div key={field.key} className="w-52 space-y-1">
          <Label htmlFor={`audit-${field.key}`}>{field.label}</Label>
          <Input
            id={`audit-${field.key}`}
            name={field.key}
            defaultValue={params.get(field.key) ?? ""}
            placeholder={field.placeholder}
            list={field.key === "action" ? "audit-actions" : undefined}
            data-testid={`audit-filter-${field.key}`}
          />
        </div>
      ))}
      <datalist id="audit-actions">{actions.map((action) => <option key={action} value={action} />)}</datalist>
      <div className="w-40 space-y-1">
        <Label htmlFor="audit-from">From (UTC)</Label>
        <Input id="audit-from" name="from" type="date" defaultValue={params.get("from") ?? ""} />
      </div>
      <div className="w-40 space-y-1">
        <Label htmlFor="audit-to">To (UTC, excluded)</Label>
        <Input id="audit-to" name="to" type="date" defaultValue={params.get("to") ?? ""} />
      </div>
      <Button type="submit" size="md" data-testid="audit-filter-apply">Apply</Button>
      <Button type="button" size="md" variant="ghost" onClick={() => set(Object.fromEntries([...AUDIT_URL_KEYS, "cursor", "focus"].map((key) => [key, undefined])))}>
        Clear
      </Button>
    </form>
  );
}
