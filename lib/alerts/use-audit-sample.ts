"use client";
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/fetch-json";
import type { AuditSamplePrediction } from "./audit-sample";
import { alertKeys } from "./query-keys";
import type { AuditSampleLabelIn, AuditSamplePage } from "./schemas";

const keys = {
  list: (state: string) => [...alertKeys.all, "audit-sample", state] as const,
  one: (id: number) => [...alertKeys.all, "audit-sample", "one", id] as const,
};

export function useAuditSample(state: "pending" | "labelled") {
  return useInfiniteQuery({
    queryKey: keys.list(state),
    queryFn: ({ pageParam }) => fetchJson<AuditSamplePage>(`/api/v1/audit-sample?state=${state}${pageParam ? `&cursor=${pageParam}` : ""}`),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: 30_000,
  });
}

export function useAuditSamplePrediction(initial: AuditSamplePrediction) {
  return useQuery({ queryKey: keys.one(initial.id), queryFn: () => fetchJson<AuditSamplePrediction>(`/api/v1/audit-sample/${initial.id}`), initialData: initial });
}

/** On success or refusal the prediction is reloaded; the server's answer is the new state. */
export function useLabelAuditSample(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (label: AuditSampleLabelIn) => fetchJson<AuditSamplePrediction>("/api/v1/audit-sample/verdicts", { method: "POST", body: label }),
    onSuccess: (fresh) => client.setQueryData(keys.one(id), fresh),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: keys.one(id) });
      void client.invalidateQueries({ queryKey: [...alertKeys.all, "audit-sample"] });
    },
  });
}
