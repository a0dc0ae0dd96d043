"use client";
import { useInfiniteQuery } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/fetch-json";
import { alertKeys, type AlertFilters } from "./query-keys";
import type { AlertPage } from "./schemas";

/** New alerts show up on their own; rows are keyed by id, so focus and selection survive. */
const LIVE_REFRESH_MS = 20_000;

function pageUrl(filters: AlertFilters, cursor: string | null): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  if (cursor) params.set("cursor", cursor);
  return `/api/v1/alerts?${params}`;
}

export function useAlertQueue(filters: AlertFilters) {
  return useInfiniteQuery({
    queryKey: alertKeys.list(filters),
    queryFn: ({ pageParam }) => fetchJson<AlertPage>(pageUrl(filters, pageParam)),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: LIVE_REFRESH_MS,
  });
}
