"use client";
// The analyst's queue: filters in the URL, keyset pages, live refresh, a keyboard cursor,
// a selection for bulk actions, and optimistic triage that rolls back on a refused write.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { roleHas, type Role } from "@/lib/auth/permissions";
import { QUEUE_URL_KEYS, type AlertRow, type Verdict } from "@/lib/alerts/schemas";
import type { AlertFilters } from "@/lib/alerts/query-keys";
import type { Command } from "@/lib/alerts/shortcuts";
import { nextStatus, needsReason, type TriageAction } from "@/lib/alerts/triage-rules";
import { useAlertQueue } from "@/lib/alerts/use-alert-queue";
import { useQueueFacets } from "@/lib/alerts/use-queue-meta";
import { useShortcuts } from "@/lib/alerts/use-shortcuts";
import { useTriage } from "@/lib/alerts/use-triage";
import type { Me } from "@/lib/alerts/optimistic";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Kbd } from "@/components/ui/kbd";
import { Table, TH, THead } from "@/components/ui/table";
import { BulkBar } from "./bulk-bar";
import { QueueFilters, useQueueUrl } from "./queue-filters";
import { QueueRow } from "./queue-row";
import { SavedViews } from "./saved-views";
import { ShortcutHelp } from "./shortcut-help";
import { VerdictDialog, type VerdictChoice } from "./verdict-dialog";

/** The keyboard cursor: by id so refreshes keep it, with the index as a fallback when its row leaves. */
type Cursor = { id: number | null; index: number };

export function AlertQueue({ me, role, serverNow }: { me: Me; role: Role; serverNow: number }) {
  const router = useRouter();
  const { params } = useQueueUrl();
  const filters: AlertFilters = Object.fromEntries(QUEUE_URL_KEYS.flatMap((key) => (params.get(key) ? [[key, params.get(key)!]] : [])));
  const queue = useAlertQueue(filters);
  const facets = useQueueFacets();
  const triage = useTriage(me);
  const rows = queue.data?.pages.flatMap((page) => page.rows) ?? [];
  const counts = queue.data?.pages[0]?.counts ?? {};

  const [cursor, setCursor] = useState<Cursor>({ id: null, index: 0 });
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [pendingVerdict, setPendingVerdict] = useState<{ verdict: Verdict; targets: AlertRow[]; advance: boolean } | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);

  const byId = cursor.id === null ? -1 : rows.findIndex((row) => row.id === cursor.id);
  const focusIndex = rows.length ? (byId >= 0 ? byId : Math.min(cursor.index, rows.length - 1)) : -1;
  const focused = focusIndex >= 0 ? rows[focusIndex] : undefined;
  const selection = rows.filter((row) => selected.has(row.id));
  const canTriage = roleHas(role, "alerts:triage");

  const focusAt = (index: number) => {
    const clamped = Math.max(0, Math.min(rows.length - 1, index));
    setCursor({ id: rows[clamped]?.id ?? null, index: clamped });
    document.querySelector(`[data-alert-id="${rows[clamped]?.id}"]`)?.scrollIntoView({ block: "nearest" });
  };
  const toggle = (id: number) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const targets = () => (selection.length ? selection : focused ? [focused] : []);

  const send = (action: TriageAction, on: AlertRow[]) => {
    if (!on.length || !canTriage) return;
    triage.mutate({ alerts: on.map((row) => ({ id: row.id, rowVersion: row.rowVersion })), action });
  };
  const judge = (verdict: Verdict, on: AlertRow[], advance: boolean) => {
    if (!on.length || !canTriage) return;
    if (needsReason(verdict) || on.length > 1) return setPendingVerdict({ verdict, targets: on, advance });
    send({ kind: "verdict", verdict }, on);
    if (advance) focusAt(focusIndex + 1);
  };
  const confirmVerdict = ({ verdict, reason, note }: VerdictChoice) => {
    if (!pendingVerdict) return;
    send({ kind: "verdict", verdict, reason, note }, pendingVerdict.targets);
    if (pendingVerdict.targets.length > 1) setSelected(new Set());
    else if (pendingVerdict.advance) focusAt(focusIndex + 1);
    setPendingVerdict(null);
  };

  const run = (command: Command) => {
    switch (command.kind) {
      case "move":
        return focusAt(focusIndex + command.by);
      case "select":
        return focused && toggle(focused.id);
      case "open":
        return focused && router.push(`/alerts/${focused.id}`);
      case "claim":
        return send({ kind: "claim" }, targets());
      case "verdict":
        return judge(command.verdict, targets(), selection.length === 0);
      case "status": {
        const on = targets();
        return on[0] && send({ kind: "status", status: nextStatus(on[0].status, on[0].verdict !== null) }, on);
      }
      case "search":
        return document.getElementById("queue-search")?.focus();
      case "help":
        return setHelpOpen(true);
      case "escape":
        (document.activeElement as HTMLElement | null)?.blur();
        return setSelected(new Set());
    }
  };
  useShortcuts(run, !pendingVerdict && !helpOpen);

  const currentQuery = new URLSearchParams(Object.entries(filters) as [string, string][]).toString();
  return (
    <div className="space-y-3" data-testid="alert-queue">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <SavedViews currentQuery={currentQuery} />
        <button type="button" onClick={() => setHelpOpen(true)} className="text-xs text-muted hover:text-fg" data-testid="shortcut-help-button">
          <Kbd>?</Kbd> keyboard shortcuts
        </button>
      </div>
      <QueueFilters facets={facets.data} counts={counts} />
      {triage.error && (
        <p role="alert" className="rounded-md border border-sev-critical/40 bg-sev-critical/10 px-3 py-2 text-sm" data-testid="triage-error">
          {triage.error.message}
        </p>
      )}
      {selection.length > 0 && canTriage && (
        <BulkBar
          count={selection.length}
          canAssign={roleHas(role, "alerts:assign")}
          assignees={facets.data?.assignees ?? []}
          onAction={(action) => send(action, selection)}
          onVerdict={(verdict) => judge(verdict, selection, false)}
          onClear={() => setSelected(new Set())}
        />
      )}
      {queue.isError ? (
        <EmptyState title="The queue could not be loaded" description={queue.error.message} />
      ) : queue.isPending ? (
        <p className="text-sm text-muted" role="status">Loading alerts…</p>
      ) : rows.length === 0 ? (
        <EmptyState title="No alerts match" description="Change or clear the filters to see more." />
      ) : (
        <Table aria-label="Alert queue">
          <THead>
            <tr>
              <TH><span className="sr-only">Select</span></TH>
              <TH>Time</TH><TH>Severity</TH><TH>Score</TH><TH>Entity</TH><TH>Top reasons</TH><TH>Assignee</TH><TH>SLA</TH><TH>Status</TH>
            </tr>
          </THead>
          <tbody>
            {rows.map((alert, index) => (
              <QueueRow
                key={alert.id}
                alert={alert}
                focused={index === focusIndex}
                selected={selected.has(alert.id)}
                serverNow={serverNow}
                onToggle={() => toggle(alert.id)}
                onFocus={() => setCursor({ id: alert.id, index })}
              />
            ))}
          </tbody>
        </Table>
      )}
      {queue.hasNextPage && (
        <Button variant="secondary" onClick={() => queue.fetchNextPage()} disabled={queue.isFetchingNextPage} data-testid="load-more">
          {queue.isFetchingNextPage ? "Loading…" : "Load more"}
        </Button>
      )}
      <VerdictDialog verdict={pendingVerdict?.verdict ?? null} count={pendingVerdict?.targets.length ?? 0} onCancel={() => setPendingVerdict(null)} onConfirm={confirmVerdict} />
      <ShortcutHelp open={helpOpen} onOpenChange={setHelpOpen} />
    </div>
  );
}
