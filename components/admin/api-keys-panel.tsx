"use client";
// API keys: which clients can reach the API, with what scopes, and whether they still do
// (last used, to the minute). Revoking is immediate and final.
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, TD, TH, THead, TRow } from "@/components/ui/table";
import type { ApiKeyRow } from "@/lib/users/schemas";
import { useApiKeys, useRevokeApiKey } from "@/lib/users/use-admin";
import { useNow } from "@/lib/time/use-now";
import { ConfirmDialog } from "./confirm-dialog";
import { CreateKeyButton } from "./create-key-dialog";
import { formatAgo, formatDate } from "./format";

export function ApiKeysPanel({ serverNow }: { serverNow: number }) {
  const keys = useApiKeys();
  const revoke = useRevokeApiKey();
  const now = useNow(serverNow);
  const [target, setTarget] = useState<ApiKeyRow | null>(null);
  const close = () => {
    setTarget(null);
    revoke.reset();
  };
  return (
    <div className="space-y-3" data-testid="api-keys-panel">
      <div className="flex items-center justify-between gap-3">
        <p className="text-sm text-muted">
          Keys authenticate scoring services and pipelines (<code className="font-mono">Authorization: Bearer vgl_…</code>). See the <a className="text-accent hover:underline" href="/api-docs">API reference</a> for what each scope reaches.
        </p>
        <CreateKeyButton />
      </div>
      {keys.isError ? (
        <EmptyState title="The API keys could not be loaded" description={keys.error.message} />
      ) : !keys.data ? (
        <p className="text-sm text-muted" role="status">Loading API keys…</p>
      ) : keys.data.keys.length === 0 ? (
        <EmptyState title="No API keys yet" description="Create one for each client that sends predictions, registers models or imports verdicts." />
      ) : (
        <Table>
          <THead>
            <tr>
              <TH>Name</TH>
              <TH>Key</TH>
              <TH>Scopes</TH>
              <TH>Created</TH>
              <TH>Last used</TH>
              <TH><span className="sr-only">Actions</span></TH>
            </tr>
          </THead>
          <TBody>
            {keys.data.keys.map((key) => (
              <TRow key={key.id} data-testid={`key-${key.name}`} className={key.revokedAt ? "opacity-60" : undefined}>
                <TD className="font-medium">{key.name}</TD>
                <TD className="font-mono text-xs text-muted">vgl_{key.prefix}_…</TD>
                <TD>
                  <div className="flex flex-wrap gap-1">
                    {key.scopes.map((scope) => (
                      <Badge key={scope} tone="outline" className="font-mono">{scope}</Badge>
                    ))}
                  </div>
                </TD>
                <TD className="text-xs text-muted">
                  {formatDate(key.createdAt)}
                  <div>{key.createdBy ?? "CLI"}</div>
                </TD>
                <TD className="text-xs text-muted" title={key.lastUsedAt ?? undefined}>{formatAgo(key.lastUsedAt, now)}</TD>
                <TD className="text-right">
                  {key.revokedAt ? (
                    <Badge className="text-danger">revoked {formatDate(key.revokedAt)}</Badge>
                  ) : (
                    <Button type="button" size="sm" variant="ghost" onClick={() => setTarget(key)} data-testid={`revoke-${key.name}`}>
                      Revoke
                    </Button>
                  )}
                </TD>
              </TRow>
            ))}
          </TBody>
        </Table>
      )}
      <ConfirmDialog
        open={!!target}
        title={`Revoke ${target?.name ?? ""}?`}
        description={`Every client using vgl_${target?.prefix ?? ""}_… is refused from its next request. This cannot be undone: create a new key to restore access.`}
        confirmLabel="Revoke"
        danger
        pending={revoke.isPending}
        error={revoke.error?.message}
        onCancel={close}
        onConfirm={() => target && revoke.mutate(target.id, { onSuccess: close })}
        testId="revoke-key"
      />
    </div>
  );
}
