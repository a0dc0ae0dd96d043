"use client";
import { useQuery } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/fetch-json";
import type { AlertDetail } from "./detail";
import { alertKeys } from "./query-keys";

/** The open alert, seeded by the server render and kept fresh (another analyst may act on it). */
export function useAlertDetail(initial: AlertDetail) {
  return useQuery({
    queryKey: alertKeys.detail(initial.id),
    queryFn: () => fetchJson<AlertDetail>(`/api/v1/alerts/${initial.id}`),
    initialData: initial,
    refetchInterval: 20_000,
  });
}
