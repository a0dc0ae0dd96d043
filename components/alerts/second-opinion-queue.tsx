"use client";
// Verdicts picked at random for a blind second opinion. The list shows the evidence only —
// never the verdict or who gave it — so the second analyst judges the case afresh.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useShortcuts } from "@/lib/alerts/use-shortcuts";
import { useReviewQueue } from "@/lib/label-quality/use-label-quality";
import { REVIEW_SAMPLE_RATE, REVIEW_WINDOW_DAYS } from "@/lib/label-quality/schemas";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TD, TH, THead, TRow } from "@/components/ui/table";
import { EntityCell, ReasonsCell, ScoreCell } from "./event-cells";
import { formatTime } from "./format";

export function SecondOpinionQueue() {
  const router = useRouter();
  const [focus, setFocus] = useState(0);
  const list = useReviewQueue();
  const rows = list.data?.pages.flatMap((page) => page.rows) ?? [];
  const focusIndex = Math.min(focus, rows.length - 1);
  useShortcuts((command) => {
    if (command.kind === "move") setFocus(Math.max(0, Math.min(rows.length - 1, focusIndex + command.by)));
    if (command.kind === "open" && rows[focusIndex]) router.push(`/alerts/second-opinion/${rows[focusIndex].labelId}`);
  });
  return (
    <div className="space-y-3" data-testid="second-opinion-queue">
      <p className="max-w-3xl text-sm text-muted">
        {REVIEW_SAMPLE_RATE * 100} % of the verdicts given in the last {REVIEW_WINDOW_DAYS} days are picked at random for a second opinion. Judge each case on its
        evidence: you will not see the first verdict or who gave it, and never your own cases. Comparing the two tells the team how consistent its labels are
        (Cohen&apos;s kappa) — and so how far the training data can be trusted.
      </p>
      {list.isPending ? (
        <p role="status" className="text-sm text-muted" data-testid="second-opinion-loading">Loading…</p>
      ) : list.isError ? (
        <div data-testid="second-opinion-error">
          <EmptyState title="The second-opinion queue could not be loaded" description={list.error.message} />
        </div>
      ) : rows.length === 0 ? (
        <div data-testid="second-opinion-empty">
          <EmptyState title="Nothing waits for your second opinion" description="New cases are picked as colleagues record verdicts." />
        </div>
      ) : (
        <>
          <p className="text-xs text-muted" data-testid="second-opinion-pending">{list.data.pages[0]?.pending ?? rows.length} cases wait for you</p>
          <Table aria-label="Cases waiting for a second opinion">
            <THead>
              <tr><TH>Time</TH><TH>Score / threshold</TH><TH>Entity</TH><TH>Predicted attack</TH><TH>Top reasons</TH><TH>Model</TH></tr>
            </THead>
            <tbody>
              {rows.map((row, index) => (
                <TRow key={row.labelId} selected={index === focusIndex} data-testid="second-opinion-row" onClick={() => setFocus(index)}>
                  <TD className="whitespace-nowrap tabular-nums text-muted">
                    <Link href={`/alerts/second-opinion/${row.labelId}`} className="hover:text-fg" data-testid="second-opinion-link">{formatTime(row.time)}</Link>
                  </TD>
                  <ScoreCell score={row.score} threshold={row.threshold} />
                  <EntityCell {...row} />
                  <TD className="text-xs">{row.attackType?.replaceAll("_", " ") ?? "—"}</TD>
                  <ReasonsCell reasons={row.topReasons} />
                  <TD className="whitespace-nowrap text-xs text-muted">{row.model} {row.version}</TD>
                </TRow>
              ))}
            </tbody>
          </Table>
        </>
      )}
      {list.hasNextPage && <Button variant="secondary" onClick={() => list.fetchNextPage()} disabled={list.isFetchingNextPage}>Load more</Button>}
    </div>
  );
}
