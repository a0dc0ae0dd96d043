// Typed React Query keys for alerts: one factory, so invalidation always matches.
export type AlertFilters = { status?: string; severity?: string; sort?: string };

export const alertKeys = {
  all: ["alerts"] as const,
  lists: () => [...alertKeys.all, "list"] as const,
  list: (filters: AlertFilters) => [...alertKeys.lists(), filters] as const,
  detail: (id: number) => [...alertKeys.all, "detail", id] as const,
};
