"use client";
// Gives a sampled case its blind second opinion. Keys t / f / b / u; a false positive asks for
// its reason (optional here: the first verdict's reason is what the report breaks down by).
// Once recorded, the next case in the queue opens.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FALSE_POSITIVE_REASONS, type Verdict } from "@/lib/alerts/schemas";
import type { ReasonCode } from "@/lib/alerts/triage-rules";
import { useShortcuts } from "@/lib/alerts/use-shortcuts";
import type { LabelReviewItem } from "@/lib/label-quality/schemas";
import { useRecordReview, useReviewItem, useReviewQueue } from "@/lib/label-quality/use-label-quality";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Kbd } from "@/components/ui/kbd";
import { VERDICT_HINTS, VERDICT_LABELS, VerdictBadge } from "@/components/ui/verdict-badge";
import { formatTime } from "./format";

const CHOICES: { verdict: Verdict; key: string }[] = [
  { verdict: "TRUE_POSITIVE", key: "t" },
  { verdict: "FALSE_POSITIVE", key: "f" },
  { verdict: "BENIGN_POSITIVE", key: "b" },
  { verdict: "UNDETERMINED", key: "u" },
];

export function SecondOpinionPanel({ initial }: { initial: LabelReviewItem }) {
  const router = useRouter();
  const { data: item } = useReviewItem(initial);
  const queue = useReviewQueue();
  const record = useRecordReview(initial.labelId);
  const [askingReason, setAskingReason] = useState(false);
  const [reason, setReason] = useState<ReasonCode | "">("");
  const next = queue.data?.pages.flatMap((page) => page.rows).find((row) => row.labelId !== initial.labelId);

  const send = (verdict: Verdict, withReason?: ReasonCode) =>
    record.mutate(
      { labelId: initial.labelId, verdict, ...(withReason ? { reason: withReason } : {}) },
      { onSuccess: () => next && router.push(`/alerts/second-opinion/${next.labelId}`) },
    );
  const choose = (verdict: Verdict) => (verdict === "FALSE_POSITIVE" ? setAskingReason(true) : send(verdict));
  useShortcuts((command) => {
    if (command.kind === "verdict") choose(command.verdict);
    if (command.kind === "escape") setAskingReason(false);
  }, !item.myReview && !record.isPending);

  return (
    <Card data-testid="second-opinion-panel">
      <CardHeader><CardTitle>Your verdict</CardTitle></CardHeader>
      <CardContent className="space-y-3">
        {record.error && (
          <p role="alert" className="rounded-md border border-sev-critical/40 bg-sev-critical/10 px-3 py-2 text-sm" data-testid="second-opinion-error-message">
            {record.error.message}
          </p>
        )}
        {item.myReview ? (
          <div className="space-y-2" data-testid="second-opinion-recorded">
            <p className="flex flex-wrap items-center gap-2 text-sm">
              You said <VerdictBadge verdict={item.myReview.verdict} />
              {item.myReview.reasonCode ? <span className="text-muted">({FALSE_POSITIVE_REASONS[item.myReview.reasonCode as ReasonCode] ?? item.myReview.reasonCode})</span> : null}
              <span className="text-xs text-muted">{formatTime(item.myReview.at)}</span>
            </p>
            <p className="text-xs text-muted">Second opinions are compared in aggregate (Label quality, under Datasets); the first verdict stays as it was.</p>
            {next ? (
              <Button asChild size="sm"><Link href={`/alerts/second-opinion/${next.labelId}`} data-testid="second-opinion-next">Next case</Link></Button>
            ) : (
              <Button asChild size="sm" variant="secondary"><Link href="/alerts/second-opinion">Back to the queue</Link></Button>
            )}
          </div>
        ) : askingReason ? (
          <form
            className="space-y-3"
            data-testid="second-opinion-reason"
            onSubmit={(event) => {
              event.preventDefault();
              send("FALSE_POSITIVE", reason || undefined);
            }}
          >
            <fieldset className="space-y-1.5">
              <legend className="mb-1 text-xs font-medium text-muted">False positive — reason (optional)</legend>
              {Object.entries(FALSE_POSITIVE_REASONS).map(([code, label], index) => (
                <label key={code} className="flex cursor-pointer items-center gap-2 text-sm">
                  <input type="radio" name="reason" value={code} checked={reason === code} onChange={() => setReason(code as ReasonCode)} autoFocus={index === 0} data-testid={`second-opinion-reason-${code}`} />
                  {label}
                </label>
              ))}
            </fieldset>
            <div className="flex gap-2">
              <Button type="submit" size="sm" disabled={record.isPending} data-testid="second-opinion-confirm">Record false positive</Button>
              <Button type="button" size="sm" variant="ghost" onClick={() => setAskingReason(false)}>Cancel</Button>
            </div>
          </form>
        ) : (
          <div className="flex flex-wrap gap-2">
            {CHOICES.map((choice) => (
              <Button
                key={choice.verdict}
                size="sm"
                variant="secondary"
                title={VERDICT_HINTS[choice.verdict]}
                disabled={record.isPending}
                onClick={() => choose(choice.verdict)}
                data-testid={`second-opinion-verdict-${choice.verdict}`}
              >
                {VERDICT_LABELS[choice.verdict]} <Kbd>{choice.key}</Kbd>
              </Button>
            ))}
          </div>
        )}
      </CardContent>
    </Card>
  );
}
