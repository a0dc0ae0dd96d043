// People and API keys as administrators manage them (client-safe).
import { z } from "zod";
import { API_KEY_SCOPES, ROLES } from "@/lib/auth/permissions";

export const RoleIn = z.enum(ROLES);

export const UserRow = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: RoleIn,
  /** null while the account may sign in */
  disabledAt: z.string().nullable(),
  /** signs in through the identity provider, has no Vigil password */
  sso: z.boolean(),
  createdAt: z.string(),
  /** API keys this person created that are still active */
  activeApiKeys: z.number().int(),
});
export type UserRow = z.infer<typeof UserRow>;
export const UserList = z.object({ users: z.array(UserRow) });
export type UserList = z.infer<typeof UserList>;

export const UserCreateIn = z.object({
  email: z.string().trim().min(3).max(254).regex(/^[^\s@]+@[^\s@]+$/, "an email address"),
  name: z.string().trim().max(100).optional(),
  role: RoleIn,
  /** the password policy (lib/auth/password.ts) is checked by the service, with the email in hand */
  password: z.string().min(1).max(256),
});
export type UserCreateIn = z.infer<typeof UserCreateIn>;

/** Any subset; a role change or disabling ends the person's sessions within the re-check window. */
export const UserUpdateIn = z
  .object({
    role: RoleIn.optional(),
    disabled: z.boolean().optional(),
    name: z.string().trim().min(1).max(100).optional(),
  })
  .strict()
  .refine((update) => Object.values(update).some((v) => v !== undefined), "change at least one of role, disabled, name");
export type UserUpdateIn = z.infer<typeof UserUpdateIn>;

export const ApiKeyScopeIn = z.enum(API_KEY_SCOPES);

export const ApiKeyRow = z.object({
  id: z.string(),
  name: z.string(),
  /** the public part of the key, `vgl_<prefix>_…`: what to look for in a client's configuration */
  prefix: z.string(),
  scopes: z.array(z.string()),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiKeyRow = z.infer<typeof ApiKeyRow>;
export const ApiKeyList = z.object({ keys: z.array(ApiKeyRow) });
export type ApiKeyList = z.infer<typeof ApiKeyList>;

export const ApiKeyCreateIn = z.object({
  name: z.string().trim().min(1).max(100),
  scopes: z
    .array(ApiKeyScopeIn)
    .min(1, "choose at least one scope")
    .max(API_KEY_SCOPES.length)
    .refine((scopes) => new Set(scopes).size === scopes.length, "each scope at most once"),
});
export type ApiKeyCreateIn = z.infer<typeof ApiKeyCreateIn>;

/** `secret` is the whole key; it is returned this once and never stored. */
export const ApiKeyCreated = z.object({ key: ApiKeyRow, secret: z.string() });
export type ApiKeyCreated = z.infer<typeof ApiKeyCreated>;

/** What each scope lets a key do, in the words the create-key form shows. */
export const SCOPE_HINTS: Record<z.infer<typeof ApiKeyScopeIn>, string> = {
  "predictions:write": "stream predictions in (scoring services)",
  "models:write": "register model versions (ML pipelines)",
  "labels:write": "import verdicts (case-management systems)",
  "metrics:read": "read evaluation and drift metrics",
  "datasets:read": "export labelled dataset versions",
  "datasets:write": "build dataset versions",
  "audit:read": "read and verify the audit trail",
};

export const ROLE_HINTS: Record<z.infer<typeof RoleIn>, string> = {
  ANALYST: "works the alert queue and records verdicts",
  LEAD: "model quality, thresholds, promotions, datasets and team load",
  AUDITOR: "reads prediction history and the audit trail; changes nothing",
  ADMIN: "manages people, API keys and settings",
};
