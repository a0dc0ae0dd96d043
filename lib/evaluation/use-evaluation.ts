"use client";
import { keepPreviousData, skipToken, useQuery } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/fetch-json";
import type { ComparisonResponse, EvaluationResponse } from "./schemas";

/** The range as the URL holds it: dates or instants, either may be missing. */
export type RangeParams = { from?: string; to?: string };

/** Typed React Query keys for evaluations and comparisons. */
export const evaluationKeys = {
  all: ["evaluation"] as const,
  version: (model: string, version: string, range: RangeParams) => [...evaluationKeys.all, "version", model, version, range] as const,
  comparison: (model: string, version: string, against: string | undefined, range: RangeParams) => [...evaluationKeys.all, "comparison", model, version, against ?? null, range] as const,
};

function query(range: RangeParams, extra: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...range, ...extra })) if (value) params.set(key, value);
  return params.size ? `?${params}` : "";
}

const base = (model: string, version: string) => `/api/v1/models/${encodeURIComponent(model)}/versions/${encodeURIComponent(version)}`;

export function useEvaluation(model: string, version: string, range: RangeParams) {
  return useQuery({
    queryKey: evaluationKeys.version(model, version, range),
    queryFn: () => fetchJson<EvaluationResponse>(`${base(model, version)}/evaluation${query(range)}`),
    // A new range keeps the old charts on screen until the new numbers arrive.
    placeholderData: keepPreviousData,
  });
}

/** null `against` while there is nothing to compare with: nothing is fetched. */
export function useComparison(model: string, version: string, against: string | null, range: RangeParams) {
  return useQuery({
    queryKey: evaluationKeys.comparison(model, version, against ?? undefined, range),
    queryFn: against ? () => fetchJson<ComparisonResponse>(`${base(model, version)}/comparison${query(range, { against })}`) : skipToken,
    placeholderData: keepPreviousData,
  });
}
