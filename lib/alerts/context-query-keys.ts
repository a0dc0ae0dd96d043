// React Query keys for an alert's Context and the open-alert groups. Under alertKeys.all, so a
// mutation that invalidates every alert query (a verdict, a bulk action) refreshes these too.
import { alertKeys } from "./query-keys";

export const alertContextKeys = {
  contexts: () => [...alertKeys.all, "context"] as const,
  context: (id: number, k: number) => [...alertContextKeys.contexts(), id, k] as const,
  groupLists: () => [...alertKeys.all, "groups"] as const,
  groups: (params: { limit: number; minCount: number }) => [...alertContextKeys.groupLists(), params] as const,
};
