"use client";
// React Query hooks for label quality: the report leads read, and the second-opinion queue
// analysts work. One key factory, so a recorded second opinion refreshes both.
import { keepPreviousData, skipToken, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/fetch-json";
import type { LabelQualityReport, LabelReviewIn, LabelReviewItem, LabelReviewOut, LabelReviewPage } from "./schemas";

/** The report's filters as the URL and the API spell them (dates as typed, YYYY-MM-DD). */
export type LabelQualityFilters = { model?: string; from?: string; to?: string };

export const labelQualityKeys = {
  all: ["label-quality"] as const,
  report: (filters: LabelQualityFilters | null) => [...labelQualityKeys.all, "report", filters] as const,
  queue: () => [...labelQualityKeys.all, "queue"] as const,
  item: (labelId: number) => [...labelQualityKeys.all, "item", labelId] as const,
};

export function labelQualityUrl(filters: LabelQualityFilters): string {
  const params = new URLSearchParams();
  for (const key of ["model", "from", "to"] as const) if (filters[key]) params.set(key, filters[key]);
  return params.size ? `/api/v1/label-quality?${params}` : "/api/v1/label-quality";
}

/** null while the URL's filters are invalid: nothing is fetched until they are fixed. */
export function useLabelQuality(filters: LabelQualityFilters | null) {
  return useQuery({
    queryKey: labelQualityKeys.report(filters),
    queryFn: filters ? () => fetchJson<LabelQualityReport>(labelQualityUrl(filters)) : skipToken,
    placeholderData: keepPreviousData,
  });
}

export function useReviewQueue(enabled = true) {
  return useInfiniteQuery({
    queryKey: labelQualityKeys.queue(),
    queryFn: ({ pageParam }) => fetchJson<LabelReviewPage>(`/api/v1/label-reviews${pageParam ? `?cursor=${pageParam}` : ""}`),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: 60_000,
    enabled,
  });
}

export function useReviewItem(initial: LabelReviewItem) {
  return useQuery({ queryKey: labelQualityKeys.item(initial.labelId), queryFn: () => fetchJson<LabelReviewItem>(`/api/v1/label-reviews/${initial.labelId}`), initialData: initial });
}

/** After success or refusal the case and the queue are reloaded: the server's answer is the state. */
export function useRecordReview(labelId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (review: LabelReviewIn) => fetchJson<LabelReviewOut>("/api/v1/label-reviews", { method: "POST", body: review }),
    onSettled: () => client.invalidateQueries({ queryKey: labelQualityKeys.all }),
    onSuccess: (out) => client.setQueryData<LabelReviewItem>(labelQualityKeys.item(labelId), (item) => (item ? { ...item, myReview: { verdict: out.verdict, reasonCode: out.reasonCode, at: out.at } } : item)),
  });
}
