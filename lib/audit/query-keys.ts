// Typed React Query keys for the audit trail: one factory, so invalidation always matches.
import type { AUDIT_URL_KEYS } from "./schemas";

export type AuditFilters = Partial<Record<(typeof AUDIT_URL_KEYS)[number] | "cursor", string>>;

export const auditKeys = {
  all: ["audit"] as const,
  events: () => [...auditKeys.all, "events"] as const,
  eventList: (filters: AuditFilters) => [...auditKeys.events(), filters] as const,
  actions: () => [...auditKeys.all, "actions"] as const,
  checkpoints: () => [...auditKeys.all, "checkpoints"] as const,
};
