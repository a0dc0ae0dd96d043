// Optional single sign-on through any OpenID Connect provider (Keycloak, Okta, Microsoft
// Entra ID…), configured only by environment settings, with the IdP's groups mapped to Vigil
// roles. Pure and client-safe: parsing and mapping only; lib/auth/config.ts builds the Auth.js
// provider and lib/auth/oidc-sign-in.ts provisions the person.
import { ROLES, type Role } from "./permissions";

export type RoleMapping = { group: string; role: Role }[];

export type OidcSettings = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** shown on the sign-in button: "Sign in with …" */
  name: string;
  /** where the groups are in the ID token: a claim name, or a dotted path ("realm_access.roles") */
  roleClaim: string;
  /** in precedence order: the first pair whose group the person is in gives their role */
  roleMap: RoleMapping;
  scopes: string;
};

export type OidcEnv = {
  VIGIL_OIDC_ISSUER?: string;
  VIGIL_OIDC_CLIENT_ID?: string;
  VIGIL_OIDC_CLIENT_SECRET?: string;
  VIGIL_OIDC_NAME?: string;
  VIGIL_OIDC_ROLE_CLAIM?: string;
  VIGIL_OIDC_ROLE_MAP?: string;
  VIGIL_OIDC_SCOPES?: string;
};

/**
 * `soc-analysts=ANALYST, soc-leads=lead` → pairs in order; throws with the bad part named.
 * Semicolons separate the pairs instead when group names hold commas (LDAP DNs).
 */
export function parseRoleMap(spec: string): RoleMapping {
  const pairs = spec.split(spec.includes(";") ? ";" : ",").map((pair) => pair.trim()).filter(Boolean);
  if (!pairs.length) throw new Error("VIGIL_OIDC_ROLE_MAP is empty: expected group=ROLE pairs separated by commas");
  return pairs.map((pair) => {
    const at = pair.lastIndexOf("=");
    const group = at > 0 ? pair.slice(0, at).trim() : "";
    const role = at > 0 ? pair.slice(at + 1).trim().toUpperCase() : "";
    if (!group || !(ROLES as readonly string[]).includes(role)) {
      throw new Error(`VIGIL_OIDC_ROLE_MAP: "${pair}" is not group=ROLE with ROLE one of ${ROLES.join(", ")}`);
    }
    return { group, role: role as Role };
  });
}

const REQUIRED = ["VIGIL_OIDC_ISSUER", "VIGIL_OIDC_CLIENT_ID", "VIGIL_OIDC_CLIENT_SECRET", "VIGIL_OIDC_ROLE_MAP"] as const;

/** undefined when single sign-on is not configured; throws when it is only half configured. */
export function oidcSettingsFrom(env: OidcEnv): OidcSettings | undefined {
  const present = REQUIRED.filter((name) => env[name]?.trim());
  if (!present.length) return undefined;
  if (present.length < REQUIRED.length) {
    const missing = REQUIRED.filter((name) => !present.includes(name));
    throw new Error(`Single sign-on is half configured: set ${missing.join(", ")} too (or none of ${REQUIRED.join(", ")})`);
  }
  let issuer: URL;
  try {
    issuer = new URL(env.VIGIL_OIDC_ISSUER!.trim());
  } catch {
    throw new Error("VIGIL_OIDC_ISSUER is not a URL (e.g. https://keycloak.example.com/realms/soc)");
  }
  if (issuer.protocol !== "https:" && issuer.hostname !== "localhost" && issuer.hostname !== "127.0.0.1") {
    throw new Error("VIGIL_OIDC_ISSUER must use https (tokens would otherwise cross the network in clear)");
  }
  return {
    issuer: issuer.toString().replace(/\/$/, ""),
    clientId: env.VIGIL_OIDC_CLIENT_ID!.trim(),
    clientSecret: env.VIGIL_OIDC_CLIENT_SECRET!.trim(),
    name: env.VIGIL_OIDC_NAME?.trim() || "single sign-on",
    roleClaim: env.VIGIL_OIDC_ROLE_CLAIM?.trim() || "groups",
    roleMap: parseRoleMap(env.VIGIL_OIDC_ROLE_MAP!),
    scopes: env.VIGIL_OIDC_SCOPES?.trim() || "openid email profile",
  };
}

/** The claim's value: by its exact name first (Okta and Entra use URL-like names with dots), then as a dotted path. */
export function claimValue(claims: Record<string, unknown>, path: string): unknown {
  if (path in claims) return claims[path];
  let current: unknown = claims;
  for (const part of path.split(".")) {
    if (!current || typeof current !== "object" || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

// Keycloak sends full group paths ("/soc/analysts") when asked to; compare without the leading
// slash, and case-insensitively (Entra's group ids are GUIDs whose case varies by tool).
const normalize = (group: string) => group.trim().replace(/^\//, "").toLowerCase();

/** The groups the claim holds: a list, or one string (some IdPs send a single group as a string). */
export function groupsOf(claims: Record<string, unknown>, roleClaim: string): string[] {
  const value = claimValue(claims, roleClaim);
  const list = Array.isArray(value) ? value : typeof value === "string" ? value.split(/[,\s]+/) : [];
  return list.filter((g): g is string => typeof g === "string" && g.trim() !== "");
}

/** The role the first matching mapping grants, or undefined: no mapped group, no access. */
export function roleFromClaims(claims: Record<string, unknown>, settings: Pick<OidcSettings, "roleClaim" | "roleMap">): Role | undefined {
  const groups = new Set(groupsOf(claims, settings.roleClaim).map(normalize));
  return settings.roleMap.find((mapping) => groups.has(normalize(mapping.group)))?.role;
}
