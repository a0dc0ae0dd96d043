"use client";
// People: who can sign in, with which role. A role change or disabling ends the person's
// sessions within a minute, so each asks first and says so.
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Select } from "@/components/ui/select";
import { Table, TBody, TD, TH, THead, TRow } from "@/components/ui/table";
import { ROLES, type Role } from "@/lib/auth/permissions";
import type { UserRow } from "@/lib/users/schemas";
import { useUpdateUser, useUsers } from "@/lib/users/use-admin";
import { ConfirmDialog } from "./confirm-dialog";
import { CreateUserButton } from "./create-user-dialog";
import { formatDate } from "./format";

type Pending = { user: UserRow; change: { role: Role } | { disabled: boolean } };

function describe({ user, change }: Pending): { title: string; description: string; label: string; danger: boolean } {
  if ("role" in change) {
    return {
      title: `Make ${user.name} ${change.role.toLowerCase()}?`,
      description: `${user.email} moves from ${user.role.toLowerCase()} to ${change.role.toLowerCase()}. Their open sessions end within a minute; they sign in again with the new role.`,
      label: "Change role",
      danger: false,
    };
  }
  return change.disabled
    ? { title: `Disable ${user.name}?`, description: `${user.email} can no longer sign in, and their open sessions end within a minute. API keys they created keep working until revoked.`, label: "Disable", danger: true }
    : { title: `Enable ${user.name}?`, description: `${user.email} can sign in again with their password or single sign-on.`, label: "Enable", danger: false };
}

export function UsersPanel({ selfId }: { selfId: string }) {
  const users = useUsers();
  const update = useUpdateUser();
  const [pending, setPending] = useState<Pending | null>(null);
  const close = () => {
    setPending(null);
    update.reset();
  };
  const text = pending ? describe(pending) : null;
  return (
    <div className="space-y-3" data-testid="users-panel">
      <div className="flex items-center justify-between gap-3">
        <p className="text-sm text-muted">Sessions are re-checked every minute: a change here reaches signed-in people within that time.</p>
        <CreateUserButton />
      </div>
      {users.isError ? (
        <EmptyState title="The people could not be loaded" description={users.error.message} />
      ) : !users.data ? (
        <p className="text-sm text-muted" role="status">Loading people…</p>
      ) : (
        <Table>
          <THead>
            <tr>
              <TH>Person</TH>
              <TH>Role</TH>
              <TH>Status</TH>
              <TH>API keys</TH>
              <TH>Created</TH>
              <TH><span className="sr-only">Actions</span></TH>
            </tr>
          </THead>
          <TBody>
            {users.data.users.map((user) => {
              const self = user.id === selfId;
              return (
                <TRow key={user.id} data-testid={`user-${user.email}`}>
                  <TD>
                    <div className="font-medium">{user.name}{self ? <span className="text-muted"> (you)</span> : null}</div>
                    <div className="text-xs text-muted">{user.email}</div>
                  </TD>
                  <TD className="w-40">
                    <Select
                      aria-label={`Role of ${user.email}`}
                      value={user.role}
                      disabled={self || !!user.disabledAt}
                      title={self ? "Another administrator must change your role" : undefined}
                      onChange={(e) => setPending({ user, change: { role: e.target.value as Role } })}
                      data-testid={`role-${user.email}`}
                    >
                      {ROLES.map((r) => (
                        <option key={r} value={r}>{r.toLowerCase()}</option>
                      ))}
                    </Select>
                  </TD>
                  <TD>
                    <div className="flex gap-1">
                      {user.disabledAt ? <Badge className="text-danger">disabled {formatDate(user.disabledAt)}</Badge> : <Badge tone="accent">active</Badge>}
                      {user.sso ? <Badge tone="outline" title="Signs in through the identity provider">SSO</Badge> : null}
                    </div>
                  </TD>
                  <TD className="tabular-nums">{user.activeApiKeys}</TD>
                  <TD className="text-muted">{formatDate(user.createdAt)}</TD>
                  <TD className="text-right">
                    {self ? null : (
                      <Button
                        type="button"
                        size="sm"
                        variant={user.disabledAt ? "secondary" : "ghost"}
                        onClick={() => setPending({ user, change: { disabled: !user.disabledAt } })}
                        data-testid={`${user.disabledAt ? "enable" : "disable"}-${user.email}`}
                      >
                        {user.disabledAt ? "Enable" : "Disable"}
                      </Button>
                    )}
                  </TD>
                </TRow>
              );
            })}
          </TBody>
        </Table>
      )}
      <ConfirmDialog
        open={!!pending}
        title={text?.title ?? ""}
        description={text?.description ?? ""}
        confirmLabel={text?.label ?? ""}
        danger={text?.danger}
        pending={update.isPending}
        error={update.error?.message}
        onCancel={close}
        onConfirm={() => pending && update.mutate({ id: pending.user.id, update: pending.change }, { onSuccess: close })}
        testId="user-change"
      />
    </div>
  );
}
