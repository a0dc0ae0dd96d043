import "server-only";
// The shell's drift badge: open (unacknowledged) drift events across all versions, concept drift
// called out, linking to the monitoring page of the version with the most. One grouped count
// query per render; renders nothing when there is nothing open or the user cannot see monitoring.
import { Activity } from "lucide-react";
import Link from "next/link";
import { roleHas, type Role } from "@/lib/auth/permissions";
import { type DriftBannerSummary, driftBannerSummary } from "@/lib/monitoring/drift-event-queries";

export type DriftBannerProps = {
  /** the signed-in user's role: users without monitoring:read see nothing */
  role: Role;
  /** "badge" for the top bar (default), "banner" for a full-width strip above the page */
  variant?: "badge" | "banner";
};

export async function DriftBanner({ role, variant = "badge" }: DriftBannerProps) {
  if (!roleHas(role, "monitoring:read")) return null;
  const summary = await driftBannerSummary();
  return <DriftBannerView summary={summary} variant={variant} />;
}

function hrefOf(summary: DriftBannerSummary): string {
  const top = summary.versions[0];
  return top ? `/monitoring?model=${encodeURIComponent(top.model)}&version=${encodeURIComponent(top.version)}` : "/monitoring";
}

function describe(summary: DriftBannerSummary): string {
  const parts = [];
  if (summary.concept) parts.push(`${summary.concept} concept drift`);
  if (summary.data) parts.push(`${summary.data} data drift`);
  const where = summary.versions.map((v) => `${v.model} ${v.version}`).join(", ");
  return `${summary.open} open drift event${summary.open === 1 ? "" : "s"} (${parts.join(", ")}) on ${where}`;
}

/** Presentational: what the badge or banner shows for a summary (nothing when none is open). */
export function DriftBannerView({ summary, variant = "badge" }: { summary: DriftBannerSummary; variant?: "badge" | "banner" }) {
  if (summary.open === 0) return null;
  const urgent = summary.concept > 0 || summary.significant > 0;
  const tone = urgent ? "bg-danger/12 text-danger ring-danger/30" : "bg-sev-medium/12 text-sev-medium ring-sev-medium/30";
  const label = describe(summary);
  if (variant === "banner") {
    return (
      <div role="status" className={`flex items-center gap-2 rounded-md px-3 py-2 text-sm ring-1 ring-inset ${tone}`} data-testid="drift-banner">
        <Activity aria-hidden className="size-4 shrink-0" />
        <span className="min-w-0 flex-1">{label}.</span>
        <Link href={hrefOf(summary)} className="focus-ring shrink-0 rounded font-medium underline-offset-2 hover:underline">
          Review in Monitoring
        </Link>
      </div>
    );
  }
  return (
    <Link href={hrefOf(summary)} title={label} aria-label={label} className={`focus-ring inline-flex h-7 items-center gap-1.5 rounded-md px-2 text-xs font-medium ring-1 ring-inset ${tone}`} data-testid="drift-banner">
      <Activity aria-hidden className="size-3.5" />
      <span>
        {summary.open} drift{summary.concept > 0 ? ` · ${summary.concept} concept` : ""}
      </span>
    </Link>
  );
}
