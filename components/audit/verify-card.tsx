"use client";
// "Verify chain": walks the whole audit trail with a progress bar, then says whether it is
// intact and, if not, points at the first broken link.
import Link from "next/link";
import { ShieldAlert, ShieldCheck } from "lucide-react";
import type { VerifyResult } from "@/lib/audit/schemas";
import { useVerifyChain } from "@/lib/audit/use-audit";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";

const n = (value: number) => value.toLocaleString("en-US");

function Result({ result }: { result: VerifyResult }) {
  if (result.ok) {
    return (
      <div className="flex gap-2 text-sm" data-testid="verify-result" data-ok="true">
        <ShieldCheck aria-hidden className="mt-0.5 size-5 shrink-0 text-status-resolved" />
        <div className="space-y-1">
          <p className="font-medium">Intact: all {n(result.checked)} events link up and match their hashes.</p>
          <p className="text-muted">
            {result.head && <>Head: event {n(result.head.seq)}, hash <code className="text-xs">{result.head.hash.slice(0, 16)}…</code>. </>}
            {result.checkpoints.total > 0 && <>{n(result.checkpoints.verified)} of {n(result.checkpoints.total)} signed checkpoints confirmed. </>}
            {result.checkpointCreated && result.checkpoint && <>Signed a new checkpoint (#{result.checkpoint.id}) at event {n(result.checkpoint.seq)}. </>}
            Checked in {(result.durationMs / 1000).toFixed(1)} s.
          </p>
          {result.checkpoints.otherKey > 0 && (
            <p className="text-muted">{n(result.checkpoints.otherKey)} checkpoints were signed with another key (before a key change): check them against the public key you exported then.</p>
          )}
        </div>
      </div>
    );
  }
  return (
    <div className="flex gap-2 text-sm" data-testid="verify-result" data-ok="false" role="alert">
      <ShieldAlert aria-hidden className="mt-0.5 size-5 shrink-0 text-danger" />
      <div className="space-y-1">
        <p className="font-medium text-danger">The audit trail has been tampered with.</p>
        <p>{result.reason}</p>
        {result.firstBadSeq !== undefined && (
          <p>
            First broken link: <strong data-testid="first-bad-seq">event {n(result.firstBadSeq)}</strong>
            {result.checked > 0 && <> — the {n(result.checked)} events before it are intact</>}.{" "}
            <Link className="text-accent underline" href={`/audit?cursor=${result.firstBadSeq + 1}&focus=${result.firstBadSeq}`}>Show it in the trail</Link>
          </p>
        )}
        {result.checkpoints.problems.map((problem) => (
          <p key={problem.id} className="text-muted">{problem.problem}</p>
        ))}
        <p className="text-muted">No checkpoint was signed. Keep this result as evidence and involve whoever administers the database.</p>
      </div>
    </div>
  );
}

export function VerifyCard() {
  const verify = useVerifyChain();
  const progress = verify.progress;
  const share = progress && progress.total > 0 ? Math.min(1, progress.checked / progress.total) : 0;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Chain verification</CardTitle>
        <Button size="sm" onClick={() => verify.mutate()} disabled={verify.isPending} data-testid="verify-chain">
          {verify.isPending ? "Verifying…" : "Verify chain"}
        </Button>
      </CardHeader>
      <CardContent className="space-y-3">
        <p className="text-sm text-muted">
          Every action is an event in a SHA-256 hash chain over canonical JSON. Verification re-hashes every event, checks each
          links to the one before, and checks the signed checkpoints; an intact chain gets a new signed checkpoint.
        </p>
        {progress && (
          <div className="space-y-1" data-testid="verify-progress">
            <div className="h-2 overflow-hidden rounded bg-raised" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(share * 100)} aria-label="Verification progress">
              <div className="h-full bg-accent transition-[width]" style={{ width: `${share * 100}%` }} />
            </div>
            <p className="text-xs text-muted tabular-nums">{n(progress.checked)}{progress.total ? ` of ${n(progress.total)}` : ""} events checked</p>
          </div>
        )}
        {verify.error && <p className="text-sm text-danger" role="alert">{verify.error.message}</p>}
        {verify.data && !verify.isPending && <Result result={verify.data} />}
      </CardContent>
    </Card>
  );
}
