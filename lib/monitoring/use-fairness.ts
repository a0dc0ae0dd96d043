"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/fetch-json";
import type { FairnessGroupBy, FairnessResponse } from "./fairness-schemas";

/** The range as ISO instants or dates; either may be missing. Without groupBy, business units. */
export type FairnessParams = { from?: string; to?: string; groupBy?: FairnessGroupBy };

/** Typed React Query keys for fairness reports. */
export const fairnessKeys = {
  all: ["fairness"] as const,
  version: (model: string, version: string, params: FairnessParams) => [...fairnessKeys.all, model, version, params] as const,
};

export function fairnessUrl(model: string, version: string, params: FairnessParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const query = search.size ? `?${search}` : "";
  return `/api/v1/models/${encodeURIComponent(model)}/versions/${encodeURIComponent(version)}/fairness${query}`;
}

export function useFairness(model: string, version: string, params: FairnessParams) {
  return useQuery({
    queryKey: fairnessKeys.version(model, version, params),
    queryFn: () => fetchJson<FairnessResponse>(fairnessUrl(model, version, params)),
    placeholderData: keepPreviousData,
  });
}
