// RBAC is data: the one map from role to permissions, and from API-key scope to the same
// vocabulary. Checked in handlers and services (proxy.ts only redirects the signed-out).
// Client-safe: no I/O.

export const ROLES = ["ANALYST", "LEAD", "AUDITOR", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  "alerts:read",
  "models:read",
  "monitoring:read",
  "alerts:triage",
  "alerts:bulk",
  "alerts:assign",
  "team:read",
  "models:threshold",
  "models:promote",
  "models:retrain",
  "datasets:read",
  "datasets:write",
  "predictions:history",
  "predictions:write",
  "models:write",
  "labels:write",
  "metrics:read",
  "audit:read",
  "exports:create",
  "users:manage",
  "apikeys:manage",
  "settings:manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const everyone: Permission[] = ["alerts:read", "models:read", "monitoring:read"];
const oversight: Permission[] = ["datasets:read", "predictions:history", "audit:read", "exports:create"];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  ANALYST: [...everyone, "alerts:triage", "alerts:bulk"],
  LEAD: [
    ...everyone,
    "alerts:triage",
    "alerts:bulk",
    "alerts:assign",
    "team:read",
    "models:threshold",
    "models:promote",
    "models:retrain",
    "datasets:write",
    "metrics:read",
    ...oversight,
  ],
  AUDITOR: [...everyone, "metrics:read", ...oversight],
  ADMIN: [...everyone, "alerts:assign", "team:read", "metrics:read", ...oversight, "users:manage", "apikeys:manage", "settings:manage"],
};

/** API keys carry scopes instead of roles; each scope grants exactly the permission of its name. */
export const API_KEY_SCOPES = [
  "predictions:write",
  "models:write",
  "labels:write",
  "metrics:read",
  "datasets:read",
  "datasets:write",
  "audit:read",
] as const satisfies readonly Permission[];
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export function roleHas(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** The console's sections and the permission each needs; `ready` is false until it is built. */
export const SECTIONS = [
  { href: "/alerts", label: "Alerts", permission: "alerts:read", ready: true },
  { href: "/models", label: "Models", permission: "models:read", ready: true },
  { href: "/monitoring", label: "Monitoring", permission: "monitoring:read", ready: true },
  { href: "/datasets", label: "Datasets", permission: "datasets:read", ready: true },
  { href: "/audit", label: "Audit", permission: "audit:read", ready: true },
  { href: "/team", label: "Team", permission: "team:read", ready: true },
  { href: "/admin", label: "Admin", permission: "users:manage", ready: true },
] as const satisfies readonly { href: string; label: string; permission: Permission; ready: boolean }[];
export type Section = (typeof SECTIONS)[number];
