// Typed React Query keys for alerts: one factory, so invalidation always matches.
import type { QUEUE_URL_KEYS } from "./schemas";

export type AlertFilters = Partial<Record<(typeof QUEUE_URL_KEYS)[number], string>>;

export const alertKeys = {
  all: ["alerts"] as const,
  lists: () => [...alertKeys.all, "list"] as const,
  list: (filters: AlertFilters) => [...alertKeys.lists(), filters] as const,
  details: () => [...alertKeys.all, "detail"] as const,
  detail: (id: number) => [...alertKeys.details(), id] as const,
  views: () => [...alertKeys.all, "views"] as const,
  facets: () => [...alertKeys.all, "facets"] as const,
};
