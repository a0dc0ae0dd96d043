import { ArrowLeft, Construction } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";

export type NotBuiltYetProps = {
  title: string;
  description: string;
  /** What the section will hold, one item per bullet. */
  planned: string[];
};

/** The page body for a section that is in the navigation but not built yet: say so plainly. */
export function NotBuiltYet({ title, description, planned }: NotBuiltYetProps) {
  return (
    <div className="mx-auto max-w-2xl py-6" data-testid="not-built-yet">
      <div className="flex items-center gap-2 text-xs font-medium text-muted">
        <Construction aria-hidden className="size-4 text-sev-medium" />
        Not built yet
      </div>
      <h1 className="mt-2 text-xl font-semibold tracking-tight text-fg">{title}</h1>
      <p className="mt-2 text-sm leading-6 text-muted">{description}</p>

      {planned.length > 0 ? (
        <section aria-labelledby="planned-heading" className="mt-6 rounded-lg border border-border bg-panel p-4">
          <h2 id="planned-heading" className="text-sm font-semibold text-fg">
            What this section will hold
          </h2>
          <ul className="mt-3 flex flex-col gap-2">
            {planned.map((item) => (
              <li key={item} className="flex gap-2.5 text-sm leading-6 text-muted">
                <span aria-hidden className="mt-2.5 size-1.5 shrink-0 rounded-full bg-border-strong" />
                {item}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <p className="mt-6 text-sm text-muted">Until then, the alert queue is where the work happens.</p>
      <Button asChild variant="secondary" className="mt-3">
        <Link href="/alerts">
          <ArrowLeft aria-hidden />
          Back to Alerts
        </Link>
      </Button>
    </div>
  );
}
