"use client";
// Triage mutations with an optimistic cache update: the queue and the open alert change at
// once; a refused write (409 conflict, 400, 403) rolls the cache back, reloads those alerts and
// reports the server's message.
import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query";
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

export function useTriage(me: Me) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: TriageRequest) => fetchJson<{ alerts: AlertRow[] }>("/api/v1/alerts/bulk", { method: "POST", body: request }),
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
    },
    onSettled: (_result, _error, request) => {
      for (const { id } of request.alerts) void client.invalidateQueries({ queryKey: alertKeys.detail(id) });
      void client.invalidateQueries({ queryKey: alertKeys.lists() });
    },
  });
}
