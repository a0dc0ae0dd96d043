"use client";
// Signed checkpoints: who signed the chain's head when, a way to sign one now, and an export
// (with the public keys) to keep somewhere the database administrators cannot reach.
import { Download } from "lucide-react";
import { useCheckpoints, useSignCheckpoint } from "@/lib/audit/use-audit";
import { formatTime } from "@/components/alerts/format";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TRow } from "@/components/ui/table";

export function CheckpointsCard() {
  const checkpoints = useCheckpoints();
  const sign = useSignCheckpoint();
  const rows = checkpoints.data?.checkpoints ?? [];
  return (
    <Card>
      <CardHeader>
        <CardTitle>Signed checkpoints</CardTitle>
        <div className="flex gap-2">
          <Button size="sm" variant="secondary" onClick={() => sign.mutate()} disabled={sign.isPending} data-testid="sign-checkpoint">
            {sign.isPending ? "Verifying…" : "Sign checkpoint now"}
          </Button>
          <Button size="sm" variant="secondary" asChild>
            <a href="/api/v1/audit/checkpoints/export" download data-testid="export-checkpoints"><Download aria-hidden />Export JSON</a>
          </Button>
        </div>
      </CardHeader>
      <CardContent className="space-y-2">
        <p className="text-sm text-muted">
          Ed25519 signatures over the chain&apos;s head. Signing verifies the whole chain first; nothing is signed if it is broken.
          The export carries the public keys, so it can be checked without Vigil or its database.
        </p>
        {sign.data && !sign.data.ok && <p className="text-sm text-danger" role="alert">Not signed: {sign.data.reason}</p>}
        {sign.data?.ok && (
          <p className="text-sm text-muted" data-testid="sign-result">
            {sign.data.checkpointCreated ? `Signed checkpoint #${sign.data.checkpoint?.id}.` : "Nothing new since the last checkpoint: no new signature needed."}
          </p>
        )}
        {sign.error && <p className="text-sm text-danger" role="alert">{sign.error.message}</p>}
        {rows.length === 0 ? (
          <p className="text-sm text-muted">{checkpoints.isPending ? "Loading…" : "No checkpoint yet: verify the chain to sign the first."}</p>
        ) : (
          <Table aria-label="Signed checkpoints" data-testid="checkpoint-table">
            <THead><tr><TH>#</TH><TH>Event</TH><TH>Hash</TH><TH>Signed</TH><TH>Key</TH><TH>By</TH></tr></THead>
            <TBody>
              {rows.slice(0, 10).map((row) => (
                <TRow key={row.id}>
                  <TD className="tabular-nums">{row.id}</TD>
                  <TD className="tabular-nums">{row.seq.toLocaleString("en-US")}</TD>
                  <TD><code className="text-xs">{row.hash.slice(0, 12)}…</code></TD>
                  <TD className="whitespace-nowrap">{formatTime(row.at)}</TD>
                  <TD><code className="text-xs">{row.keyId.slice(0, 8)}</code></TD>
                  <TD>{row.createdBy}</TD>
                </TRow>
              ))}
            </TBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
