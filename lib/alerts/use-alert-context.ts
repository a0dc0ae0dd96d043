"use client";
import { useQuery } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/fetch-json";
import { alertContextKeys } from "./context-query-keys";
import { GROUPS_DEFAULT_LIMIT, SIMILAR_DEFAULT_K, type AlertContext, type AlertGroups } from "./context-schemas";

// Past alerts and their verdicts change slowly; a minute of staleness saves a similarity search
// every time the analyst flips back to an alert.
const CONTEXT_STALE_MS = 60_000;

/** Related and similar alerts for one alert (GET /api/v1/alerts/{id}/context). */
export function useAlertContext(alertId: number, { k = SIMILAR_DEFAULT_K }: { k?: number } = {}) {
  return useQuery({
    queryKey: alertContextKeys.context(alertId, k),
    queryFn: () => fetchJson<AlertContext>(`/api/v1/alerts/${alertId}/context?k=${k}`),
    staleTime: CONTEXT_STALE_MS,
  });
}

/** Open alerts grouped by host and top reason (GET /api/v1/alerts/groups). */
export function useAlertGroups({ limit = GROUPS_DEFAULT_LIMIT, minCount = 2 }: { limit?: number; minCount?: number } = {}) {
  return useQuery({
    queryKey: alertContextKeys.groups({ limit, minCount }),
    queryFn: () => fetchJson<AlertGroups>(`/api/v1/alerts/groups?${new URLSearchParams({ limit: String(limit), minCount: String(minCount) })}`),
    // Open alerts arrive and get judged all the time; keep the groups current while on screen.
    refetchInterval: 30_000,
  });
}
