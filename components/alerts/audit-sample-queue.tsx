"use client";
// Below-threshold predictions drawn at random for labelling. Their labels are what make recall
// and the curves honest (inverse-probability weighted), so they are worked like alerts.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useAuditSample } from "@/lib/alerts/use-audit-sample";
import { useShortcuts } from "@/lib/alerts/use-shortcuts";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TD, TH, THead, TRow } from "@/components/ui/table";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import { EntityCell, ReasonsCell, ScoreCell } from "./event-cells";
import { formatTime } from "./format";

export function AuditSampleQueue() {
  const router = useRouter();
  const [state, setState] = useState<"pending" | "labelled">("pending");
  const [focus, setFocus] = useState(0);
  const list = useAuditSample(state);
  const rows = list.data?.pages.flatMap((page) => page.rows) ?? [];
  const focusIndex = Math.min(focus, rows.length - 1);
  useShortcuts((command) => {
    if (command.kind === "move") setFocus(Math.max(0, Math.min(rows.length - 1, focusIndex + command.by)));
    if (command.kind === "open" && rows[focusIndex]) router.push(`/alerts/audit-sample/${rows[focusIndex].id}`);
  });
  return (
    <div className="space-y-3" data-testid="audit-sample-queue">
      <p className="max-w-3xl text-sm text-muted">
        Each of these scored below its threshold and was drawn at random (inclusion probability shown). Saying whether it was malicious lets Vigil estimate recall and the
        false-negative rate without the bias of labelling only alerts.
      </p>
      <div className="flex gap-2">
        {(["pending", "labelled"] as const).map((s) => (
          <Button key={s} size="sm" variant={state === s ? "primary" : "secondary"} onClick={() => setState(s)} aria-pressed={state === s}>
            {s === "pending" ? "To label" : "Labelled"}
          </Button>
        ))}
      </div>
      {list.isPending ? (
        <p role="status" className="text-sm text-muted">Loading…</p>
      ) : list.isError ? (
        <EmptyState title="The audit sample could not be loaded" description={list.error.message} />
      ) : rows.length === 0 ? (
        <EmptyState title={state === "pending" ? "Nothing left to label" : "No labelled samples yet"} description="New samples are drawn as predictions arrive." />
      ) : (
        <Table aria-label="Audit sample">
          <THead>
            <tr><TH>Time</TH><TH>Score / threshold</TH><TH>Entity</TH><TH>Top reasons</TH><TH>Inclusion p</TH><TH>Label</TH></tr>
          </THead>
          <tbody>
            {rows.map((row, index) => (
              <TRow key={row.id} selected={index === focusIndex} data-testid="audit-sample-row" onClick={() => setFocus(index)}>
                <TD className="whitespace-nowrap tabular-nums text-muted">
                  <Link href={`/alerts/audit-sample/${row.id}`} className="hover:text-fg" data-testid="audit-sample-link">{formatTime(row.time)}</Link>
                </TD>
                <ScoreCell score={row.score} threshold={row.threshold} />
                <EntityCell {...row} />
                <ReasonsCell reasons={row.topReasons} />
                <TD className="tabular-nums text-muted">{row.inclusionProbability?.toFixed(3) ?? "—"}</TD>
                <TD>{row.verdict ? <VerdictBadge verdict={row.verdict} compact /> : <span className="text-xs text-muted">to label</span>}</TD>
              </TRow>
            ))}
          </tbody>
        </Table>
      )}
      {list.hasNextPage && <Button variant="secondary" onClick={() => list.fetchNextPage()} disabled={list.isFetchingNextPage}>Load more</Button>}
    </div>
  );
}
