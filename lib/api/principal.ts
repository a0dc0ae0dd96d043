import "server-only";
// Who is calling: a signed-in user (session cookie) or an API key (Authorization: Bearer).
import { authenticateApiKey, type ApiKeyPrincipal } from "@/lib/auth/api-keys";
import { roleHas, type Permission } from "@/lib/auth/permissions";
import { currentUser, type SessionUser } from "@/lib/auth/session";
import type { Actor } from "@/lib/audit/record";
import { forbidden, unauthorized } from "./errors";

export type Principal = { kind: "user"; user: SessionUser } | { kind: "apiKey"; key: ApiKeyPrincipal };

export async function resolvePrincipal(request: Request): Promise<Principal | undefined> {
  const header = request.headers.get("authorization");
  if (header) {
    const [scheme, token] = header.split(/\s+/, 2);
    const key = scheme?.toLowerCase() === "bearer" && token ? await authenticateApiKey(token) : undefined;
    if (!key) throw unauthorized("The API key is missing, malformed, unknown or revoked");
    return { kind: "apiKey", key };
  }
  // No cookie, no session: skip the session lookup (API clients never send one).
  if (!request.headers.get("cookie")) return undefined;
  const user = await currentUser();
  return user ? { kind: "user", user } : undefined;
}

/** `apiKeyScope`: what a key needs instead, where people and pipelines are granted an action differently. */
export function principalCan(principal: Principal, permission: Permission, apiKeyScope?: Permission): boolean {
  return principal.kind === "user"
    ? roleHas(principal.user.role, permission)
    : (principal.key.scopes as readonly string[]).includes(apiKeyScope ?? permission);
}

export function actorOf(principal: Principal): Actor {
  return principal.kind === "user"
    ? { id: principal.user.id, label: principal.user.email }
    : { id: null, label: `api-key:${principal.key.name}` };
}

/** The signed-in user behind a principal; API keys cannot act as a person. */
export function sessionUserOf(principal: Principal): SessionUser {
  if (principal.kind !== "user") throw forbidden("This action is taken by a signed-in person, not an API key");
  return principal.user;
}
