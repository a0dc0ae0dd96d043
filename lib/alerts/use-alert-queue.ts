"use client";
import { useInfiniteQuery } from "@tanstack/react-query";
import { alertKeys, type AlertFilters } from "./query-keys";
import type { AlertPage } from "./schemas";

async function fetchPage(filters: AlertFilters, cursor: string | null): Promise<AlertPage> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  if (cursor) params.set("cursor", cursor);
  const response = await fetch(`/api/v1/alerts?${params}`);
  if (!response.ok) {
    const body = await response.json().catch(() => null);
    throw new Error(body?.error?.message ?? `The queue could not be loaded (${response.status})`);
  }
  return response.json();
}

export function useAlertQueue(filters: AlertFilters) {
  return useInfiniteQuery({
    queryKey: alertKeys.list(filters),
    queryFn: ({ pageParam }) => fetchPage(filters, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}
