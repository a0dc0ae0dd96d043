"use client";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { ApiError, fetchJson } from "@/lib/api/fetch-json";
import type { ExportManifest, PredictionFilterParams, PredictionPage } from "./schemas";

/** Typed React Query keys for prediction history: one factory, so invalidation always matches. */
export const predictionKeys = {
  all: ["predictions"] as const,
  searches: () => [...predictionKeys.all, "search"] as const,
  search: (filters: PredictionFilterParams) => [...predictionKeys.searches(), filters] as const,
  manifest: (exportId: string) => [...predictionKeys.all, "export", exportId] as const,
};

export function filterParams(filters: PredictionFilterParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  return params;
}

export function usePredictionSearch(filters: PredictionFilterParams) {
  return useInfiniteQuery({
    queryKey: predictionKeys.search(filters),
    queryFn: ({ pageParam }) => {
      const params = filterParams(filters);
      if (pageParam) params.set("cursor", pageParam);
      return fetchJson<PredictionPage>(`/api/v1/predictions/search?${params}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** The manifest appears once the export's download has finished: ask until it does. */
export function useExportManifest(exportId: string | null) {
  return useQuery({
    queryKey: predictionKeys.manifest(exportId ?? ""),
    queryFn: () => fetchJson<ExportManifest>(`/api/v1/predictions/export/${exportId}`),
    enabled: !!exportId,
    retry: (failures, error) => error instanceof ApiError && error.status === 404 && failures < 150,
    retryDelay: 2_000,
    staleTime: Infinity,
  });
}
