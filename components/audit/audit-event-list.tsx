"use client";
// The audit trail, newest first, in keyset pages. `?cursor=N+1&focus=N` starts the list at event
// N and highlights it: where the verification result and the prediction record point.
import Link from "next/link";
import { AUDIT_URL_KEYS, type AuditEventRow } from "@/lib/audit/schemas";
import type { AuditFilters } from "@/lib/audit/query-keys";
import { useAuditEvents } from "@/lib/audit/use-audit";
import { formatTime } from "@/components/alerts/format";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, TD, TH, THead, TRow } from "@/components/ui/table";
import { AuditEventFilters, useAuditUrl } from "./audit-event-filters";

/** Where a target lives in the console, when it has a page. */
function targetHref(target: string): string | undefined {
  const [kind, id] = target.split(":", 2);
  if (!/^\d+$/.test(id ?? "")) return undefined;
  if (kind === "alert") return `/alerts/${id}`;
  if (kind === "prediction") return `/audit/predictions/${id}`;
  return undefined;
}

function Details({ details }: { details: unknown }) {
  const text = JSON.stringify(details);
  if (!text || text === "{}") return <span className="text-subtle">—</span>;
  if (text.length <= 80) return <code className="text-xs break-all">{text}</code>;
  return (
    <details>
      <summary className="cursor-pointer text-xs"><code>{text.slice(0, 72)}…</code></summary>
      <pre className="mt-1 max-w-xl overflow-x-auto text-xs text-muted">{JSON.stringify(details, null, 2)}</pre>
    </details>
  );
}

function EventRow({ event, focused }: { event: AuditEventRow; focused: boolean }) {
  const href = event.target ? targetHref(event.target) : undefined;
  return (
    <TRow id={`event-${event.seq}`} className={focused ? "bg-accent/10 shadow-[inset_2px_0_0_var(--vg-accent)]" : undefined} aria-current={focused || undefined} data-testid="audit-event">
      <TD className="tabular-nums">{event.seq.toLocaleString("en-US")}</TD>
      <TD className="whitespace-nowrap">{formatTime(event.at)}</TD>
      <TD className="max-w-48 truncate" title={event.actor}>{event.actor}</TD>
      <TD><code className="text-xs">{event.action}</code></TD>
      <TD className="whitespace-nowrap">{event.target ? href ? <Link className="text-accent hover:underline" href={href}>{event.target}</Link> : event.target : "—"}</TD>
      <TD><Details details={event.details} /></TD>
      <TD title={`prev ${event.prevHash}\nhash ${event.hash}`}><code className="text-xs text-muted">{event.hash.slice(0, 10)}</code></TD>
    </TRow>
  );
}

export function AuditEventList({ actions }: { actions: string[] }) {
  const { params, set } = useAuditUrl();
  const filters: AuditFilters = {};
  for (const key of [...AUDIT_URL_KEYS, "cursor"] as const) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  const query = useAuditEvents(filters);
  const focus = Number(params.get("focus") ?? NaN);
  const events = query.data?.pages.flatMap((page) => page.events) ?? [];
  return (
    <Card>
      <CardHeader>
        <CardTitle>Audit trail</CardTitle>
        {filters.cursor && (
          <Button size="sm" variant="ghost" onClick={() => set({ cursor: undefined, focus: undefined })}>Back to the newest</Button>
        )}
      </CardHeader>
      <CardContent className="space-y-3">
        <AuditEventFilters actions={actions} />
        {query.error ? (
          <p className="text-sm text-danger" role="alert">{query.error.message}</p>
        ) : events.length === 0 ? (
          <EmptyState title={query.isPending ? "Loading…" : "No events match"} description={query.isPending ? undefined : "Change or clear the filters."} />
        ) : (
          <>
            <Table aria-label="Audit events" data-testid="audit-events">
              <THead><tr><TH>Seq</TH><TH>Time</TH><TH>Actor</TH><TH>Action</TH><TH>Target</TH><TH>Details</TH><TH>Hash</TH></tr></THead>
              <TBody>{events.map((event) => <EventRow key={event.seq} event={event} focused={event.seq === focus} />)}</TBody>
            </Table>
            {query.hasNextPage && (
              <Button variant="secondary" size="sm" onClick={() => query.fetchNextPage()} disabled={query.isFetchingNextPage} data-testid="audit-more">
                {query.isFetchingNextPage ? "Loading…" : "Older events"}
              </Button>
            )}
          </>
        )}
      </CardContent>
    </Card>
  );
}
