// People and API keys, for administrators signed in to the console. Client-safe.
import { ApiKeyCreated, ApiKeyCreateIn, ApiKeyList, ApiKeyRow, UserCreateIn, UserList, UserRow, UserUpdateIn } from "@/lib/users/schemas";
import { textId } from "./path-params";
import type { ApiRoute } from "./types";

const TAG = "Admin";

export const ADMIN_ROUTES: ApiRoute[] = [
  {
    method: "GET",
    path: "/api/v1/users",
    tag: TAG,
    summary: "List people",
    description: "Active people first, then disabled ones.",
    permission: "users:manage",
    response: { status: 200, description: "every user", name: "UserList", schema: UserList },
  },
  {
    method: "POST",
    path: "/api/v1/users",
    tag: TAG,
    summary: "Create a person",
    description: "The password must be at least 12 characters, mix letters with digits or symbols, and be neither a commonly used password nor the email address.",
    permission: "users:manage",
    body: { name: "UserCreateIn", schema: UserCreateIn, example: { email: "r.silva@example.com", name: "Rita Silva", role: "ANALYST", password: "vivid-otter-meadow-84" } },
    response: { status: 201, description: "the new user", name: "UserRow", schema: UserRow },
    errors: [{ status: 409, description: "a user with this email exists" }],
  },
  {
    method: "PATCH",
    path: "/api/v1/users/{id}",
    tag: TAG,
    summary: "Change a person's role, name, or disable them",
    description: "A role change or disabling ends every session the person holds within the session re-check interval (60 s by default). You cannot change your own role or disable yourself, nor remove the last active administrator.",
    permission: "users:manage",
    params: { id: textId("user", "clx0example0user0id") },
    body: { name: "UserUpdateIn", schema: UserUpdateIn, example: { role: "LEAD" } },
    response: { status: 200, description: "the user after the change", name: "UserRow", schema: UserRow },
    errors: [{ status: 409, description: "the change would lock administrators out" }],
  },
  {
    method: "GET",
    path: "/api/v1/api-keys",
    tag: TAG,
    summary: "List API keys",
    description: "Name, prefix, scopes, who created it and when, when it was last used (to the minute) and whether it is revoked. Never the secret: only its hash is stored.",
    permission: "apikeys:manage",
    response: { status: 200, description: "every key, active first", name: "ApiKeyList", schema: ApiKeyList },
  },
  {
    method: "POST",
    path: "/api/v1/api-keys",
    tag: TAG,
    summary: "Create an API key",
    description: "The response carries the whole key (`secret`) this once; store it in the client's secret store.",
    permission: "apikeys:manage",
    body: { name: "ApiKeyCreateIn", schema: ApiKeyCreateIn, example: { name: "edr-scorer", scopes: ["predictions:write", "models:write"] } },
    response: { status: 201, description: "the key, with its secret shown once", name: "ApiKeyCreated", schema: ApiKeyCreated },
  },
  {
    method: "DELETE",
    path: "/api/v1/api-keys/{id}",
    tag: TAG,
    summary: "Revoke an API key",
    description: "Immediate and final: the next request with the key is refused (401). The key stays listed as revoked.",
    permission: "apikeys:manage",
    params: { id: textId("API key", "clx0example0key0id") },
    response: { status: 200, description: "the revoked key", name: "ApiKeyRow", schema: ApiKeyRow },
  },
];
