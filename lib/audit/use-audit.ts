"use client";
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { fetchJson } from "@/lib/api/fetch-json";
import { auditKeys, type AuditFilters } from "./query-keys";
import { runVerification } from "./verify-client";
import type { AuditEventPage, CheckpointView, VerifyResult } from "./schemas";

function eventsUrl(filters: AuditFilters, cursor: number | null): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  if (cursor) params.set("cursor", String(cursor));
  return `/api/v1/audit/events?${params}`;
}

/** Keyset pages, newest first; `filters.cursor` starts the list at a given seq (exclusive). */
export function useAuditEvents(filters: AuditFilters) {
  const { cursor, ...rest } = filters;
  return useInfiniteQuery({
    queryKey: auditKeys.eventList(filters),
    queryFn: ({ pageParam }) => fetchJson<AuditEventPage>(eventsUrl(rest, pageParam)),
    initialPageParam: cursor ? Number(cursor) : (null as number | null),
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useCheckpoints() {
  return useQuery({
    queryKey: auditKeys.checkpoints(),
    queryFn: () => fetchJson<{ checkpoints: CheckpointView[] }>("/api/v1/audit/checkpoints"),
  });
}

/** Verification writes (a checkpoint and its audit event): refresh what shows them. */
function useAfterVerify() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: auditKeys.checkpoints() });
    void client.invalidateQueries({ queryKey: auditKeys.events() });
  };
}

export function useSignCheckpoint() {
  const refresh = useAfterVerify();
  return useMutation({
    mutationFn: () => fetchJson<VerifyResult>("/api/v1/audit/checkpoints", { method: "POST" }),
    onSuccess: refresh,
  });
}

/** Runs a streamed verification; progress is the stream's, not server data kept in state. */
export function useVerifyChain() {
  const refresh = useAfterVerify();
  const [progress, setProgress] = useState<{ checked: number; total: number } | null>(null);
  const mutation = useMutation({
    mutationFn: () => {
      setProgress({ checked: 0, total: 0 });
      return runVerification((checked, total) => setProgress({ checked, total }));
    },
    onSettled: () => {
      setProgress(null);
      refresh();
    },
  });
  return { ...mutation, progress };
}
