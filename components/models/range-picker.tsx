"use client";
// The evaluation's time range lives in the URL (?from&to, half-open [from, to) in UTC) so a
// view can be shared; this form only writes it there.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";

const DAY_MS = 86_400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function RangePicker({ error }: { error?: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const go = (from: string, to: string) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of [["from", from], ["to", to]] as const) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    router.replace(next.size ? `${pathname}?${next}` : pathname, { scroll: false });
  };
  const last = (days: number) => {
    const end = Math.floor(Date.now() / DAY_MS) * DAY_MS + DAY_MS;
    go(day(end - days * DAY_MS), day(end));
  };
  const apply = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    go(String(form.get("from") ?? "").trim(), String(form.get("to") ?? "").trim());
  };
  return (
    <form key={params.toString()} onSubmit={apply} noValidate className="flex flex-wrap items-end gap-3" data-testid="range-picker" aria-label="Evaluation range">
      <div className="flex w-40 flex-col gap-1">
        <Label htmlFor="range-from">From (UTC)</Label>
        <Input id="range-from" name="from" placeholder="YYYY-MM-DD" defaultValue={params.get("from") ?? ""} data-testid="range-from" />
      </div>
      <div className="flex w-40 flex-col gap-1">
        <Label htmlFor="range-to">Before (UTC)</Label>
        <Input id="range-to" name="to" placeholder="YYYY-MM-DD" defaultValue={params.get("to") ?? ""} aria-invalid={error ? true : undefined} data-testid="range-to" />
      </div>
      <Button type="submit" data-testid="range-apply">
        Apply
      </Button>
      <div className="flex gap-1">
        <Button type="button" variant="ghost" size="sm" onClick={() => last(7)}>
          Last 7 days
        </Button>
        <Button type="button" variant="ghost" size="sm" onClick={() => last(30)}>
          Last 30 days
        </Button>
        <Button type="button" variant="ghost" size="sm" onClick={() => go("", "")} data-testid="range-all">
          All time
        </Button>
      </div>
      {error ? (
        <p className="w-full text-xs text-danger" data-testid="range-error">
          {error}
        </p>
      ) : null}
    </form>
  );
}
