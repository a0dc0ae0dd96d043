"use client";
import { keepPreviousData, skipToken, useQuery } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/fetch-json";
import type { TeamQuery, TeamReport } from "./schemas";

/** Typed React Query keys for the team report: one factory, so invalidation always matches. */
export const teamKeys = {
  all: ["team"] as const,
  reports: () => [...teamKeys.all, "report"] as const,
  report: (query: TeamQuery | null) => [...teamKeys.reports(), query] as const,
};

/** Team numbers move slowly; a minute keeps a lead's wall display current without load. */
const REFRESH_MS = 60_000;

export function teamReportUrl(query: TeamQuery): string {
  const params = new URLSearchParams({ days: String(query.days), fpMinutes: String(query.fpMinutes), capacity: String(query.capacity) });
  if (query.to) params.set("to", query.to);
  return `/api/v1/team?${params}`;
}

/** null while the URL's settings are invalid: nothing is fetched until they are fixed. */
export function useTeamReport(query: TeamQuery | null) {
  return useQuery({
    queryKey: teamKeys.report(query),
    queryFn: query ? () => fetchJson<TeamReport>(teamReportUrl(query)) : skipToken,
    // Changing a setting keeps the old charts on screen until the new numbers arrive.
    placeholderData: keepPreviousData,
    refetchInterval: REFRESH_MS,
  });
}
