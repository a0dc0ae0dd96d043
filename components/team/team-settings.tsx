"use client";
// The report's settings live in the URL (shareable, survive a reload); this form only writes
// them there. Text inputs on purpose: whatever is typed reaches the URL's validation, which
// says exactly what is wrong, instead of a browser silently dropping a bad number.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";
import { TEAM_DEFAULTS, TEAM_LIMITS, TEAM_URL_KEYS, type TeamUrlKey } from "@/lib/team/schemas";

export type SettingsErrors = Partial<Record<TeamUrlKey, string>>;

const FIELDS: Record<TeamUrlKey, { label: string; placeholder: string; inputMode: "numeric" | "decimal" | "text"; help: string }> = {
  days: { label: "Days", placeholder: String(TEAM_DEFAULTS.days), inputMode: "numeric", help: `UTC days in the window, 1–${TEAM_LIMITS.days}` },
  to: { label: "Ending before", placeholder: "YYYY-MM-DD", inputMode: "text", help: "That day is excluded; empty: through today" },
  fpMinutes: { label: "Minutes per false positive", placeholder: String(TEAM_DEFAULTS.fpMinutes), inputMode: "decimal", help: "Analyst time one false alarm costs (5–10 is typical)" },
  capacity: { label: "Capacity per analyst", placeholder: String(TEAM_DEFAULTS.capacity), inputMode: "numeric", help: "Alerts one analyst can resolve per day" },
};

export function TeamSettings({ errors }: { errors: SettingsErrors }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const go = (next: URLSearchParams) => router.replace(next.size ? `${pathname}?${next}` : pathname, { scroll: false });

  const apply = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams(params);
    for (const key of TEAM_URL_KEYS) {
      const value = String(form.get(key) ?? "").trim();
      if (value) next.set(key, value);
      else next.delete(key);
    }
    go(next);
  };
  const reset = () => {
    const next = new URLSearchParams(params);
    for (const key of TEAM_URL_KEYS) next.delete(key);
    go(next);
  };

  return (
    // Keyed by the URL so the fields show what the URL says after back/forward or a reset.
    <form key={params.toString()} onSubmit={apply} noValidate className="flex flex-wrap items-start gap-x-4 gap-y-3" data-testid="team-settings" aria-label="Report settings">
      {TEAM_URL_KEYS.map((key) => {
        const field = FIELDS[key];
        const error = errors[key];
        return (
          <div key={key} className="flex w-44 flex-col gap-1">
            <Label htmlFor={`team-${key}`}>{field.label}</Label>
            <Input
              id={`team-${key}`}
              name={key}
              inputMode={field.inputMode}
              defaultValue={params.get(key) ?? ""}
              placeholder={field.placeholder}
              aria-invalid={error ? true : undefined}
              aria-describedby={`team-${key}-note`}
              data-testid={`team-setting-${key}`}
            />
            <p id={`team-${key}-note`} className={error ? "text-xs text-danger" : "text-xs text-subtle"} data-testid={error ? `team-error-${key}` : undefined}>
              {error ?? field.help}
            </p>
          </div>
        );
      })}
      <div className="flex gap-2 pt-5">
        <Button type="submit" size="md" data-testid="team-apply">
          Apply
        </Button>
        <Button type="button" variant="ghost" size="md" onClick={reset} data-testid="team-reset">
          Defaults
        </Button>
      </div>
    </form>
  );
}
