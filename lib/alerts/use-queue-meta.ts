"use client";
// The queue's supporting data: filter values and the user's saved views.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/fetch-json";
import { alertKeys } from "./query-keys";
import type { QueueFacets, SavedView, SavedViewIn } from "./schemas";

export function useQueueFacets() {
  return useQuery({ queryKey: alertKeys.facets(), queryFn: () => fetchJson<QueueFacets>("/api/v1/alerts/facets"), staleTime: 5 * 60_000 });
}

export function useSavedViews() {
  return useQuery({ queryKey: alertKeys.views(), queryFn: () => fetchJson<SavedView[]>("/api/v1/views") });
}

export function useSaveView() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (view: SavedViewIn) => fetchJson<SavedView>("/api/v1/views", { method: "POST", body: view }),
    onSuccess: () => client.invalidateQueries({ queryKey: alertKeys.views() }),
  });
}

export function useDeleteView() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => fetchJson<{ deleted: string }>(`/api/v1/views/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: () => client.invalidateQueries({ queryKey: alertKeys.views() }),
  });
}
