"use client";
// Triage mutations with an optimistic cache update: the queue and the open alert change at
// once; a refused write (409 conflict, 400, 403) rolls the cache back, reloads those alerts and
// reports the server's message.
import { useMutation, useQueryClient, type QueryClient, type QueryKey } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/fetch-json";
import type { AlertDetail } from "./detail";
import { applyOptimistic, replaceRows, type Me } from "./optimistic";
import { alertKeys } from "./query-keys";
import type { AlertPage, AlertRow } from "./schemas";
import type { TriageAction, TriageRequest } from "./triage-rules";

type Pages = { pages: AlertPage[]; pageParams: unknown[] };

function patchDetail(detail: AlertDetail, action: TriageAction, me: Me, now: string): AlertDetail {
  const assignee = { id: me.id, name: me.name, email: "" };
  const started = detail.status === "NEW" ? { status: "IN_PROGRESS" as const, statusChangedAt: now } : {};
  switch (action.kind) {
    case "claim":
      return { ...detail, ...started, assignee };
    case "assign":
      return { ...detail, assignee: action.assigneeId === null ? null : { id: action.assigneeId, name: "…", email: "" } };
    case "status":
      return { ...detail, status: action.status, statusChangedAt: now, resolvedAt: action.status === "RESOLVED" ? now : null };
    case "verdict": {
      const pending = { id: -1, verdict: action.verdict, reasonCode: action.reason ?? null, note: action.note ?? null, source: "ANALYST" as const, at: now, by: me.name, supersedesId: null };
      return { ...detail, status: "RESOLVED", resolvedAt: now, assignee: detail.assignee ?? assignee, labels: [pending, ...detail.labels] };
    }
  }
}

/**
 * Row versions this tab's own writes produced: alert id → (version sent → version returned).
 * Actions run one after another (one mutation scope); a key press made before the previous
 * answer arrived still names the version it saw, and following this chain lifts it over our
 * own writes only, so someone else's change in between is still a conflict.
 */
const ownWrites = new WeakMap<QueryClient, Map<number, Map<number, number>>>();

function afterOwnWrites(client: QueryClient, id: number, seen: number): number {
  const chain = ownWrites.get(client)?.get(id);
  let version = seen;
  while (chain?.has(version)) version = chain.get(version)!;
  return version;
}

function rememberWrite(client: QueryClient, id: number, sent: number, returned: number) {
  const byAlert = ownWrites.get(client) ?? new Map<number, Map<number, number>>();
  ownWrites.set(client, byAlert);
  const chain = byAlert.get(id) ?? new Map<number, number>();
  byAlert.set(id, chain);
  chain.set(sent, returned);
}

export function useTriage(me: Me) {
  const client = useQueryClient();
  return useMutation({
    scope: { id: "triage" },
    mutationFn: async (request: TriageRequest) => {
      const alerts = request.alerts.map(({ id, rowVersion }) => ({ id, rowVersion: afterOwnWrites(client, id, rowVersion) }));
      const result = await fetchJson<{ alerts: AlertRow[] }>("/api/v1/alerts/bulk", { method: "POST", body: { ...request, alerts } });
      for (const row of result.alerts) rememberWrite(client, row.id, alerts.find((a) => a.id === row.id)!.rowVersion, row.rowVersion);
      return result;
    },
    onMutate: async (request) => {
      await client.cancelQueries({ queryKey: alertKeys.all });
      const snapshot: [QueryKey, unknown][] = client.getQueriesData({ queryKey: alertKeys.all });
      const ids = new Set(request.alerts.map((a) => a.id));
      const now = new Date().toISOString();
      client.setQueriesData<Pages>({ queryKey: alertKeys.lists() }, (data) =>
        replaceRows(data, (row) => (ids.has(row.id) ? applyOptimistic(row, request.action, me, now) : undefined)),
      );
      for (const id of ids) client.setQueryData<AlertDetail>(alertKeys.detail(id), (detail) => detail && patchDetail(detail, request.action, me, now));
      return { snapshot };
    },
    onError: (_error, _request, context) => {
      for (const [key, data] of context?.snapshot ?? []) client.setQueryData(key, data);
    },
    onSuccess: ({ alerts }) => {
      const fresh = new Map(alerts.map((row) => [row.id, row]));
      client.setQueriesData<Pages>({ queryKey: alertKeys.lists() }, (data) => replaceRows(data, (row) => fresh.get(row.id)));
      for (const row of alerts) client.setQueryData<AlertDetail>(alertKeys.detail(row.id), (detail) => detail && { ...detail, rowVersion: row.rowVersion });
    },
    onSettled: (_result, _error, request) => {
      for (const { id } of request.alerts) void client.invalidateQueries({ queryKey: alertKeys.detail(id) });
      void client.invalidateQueries({ queryKey: alertKeys.lists() });
    },
  });
}
