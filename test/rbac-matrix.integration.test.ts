// The RBAC matrix, generated from the OpenAPI registry so a new route is covered the day it is
// registered (and lib/api/openapi/registry.test.ts fails until it is): every route × every role
// (allowed, or 403), signed out (401), every API-key scope alone (allowed only for the scope of
// the route's permission, else 403), a malformed key (401), and for cookie-authenticated writes
// a cross-site Origin (403). "Allowed" means the request got past authorisation: not 401/403,
// and never a 500; where it succeeds, the answer must match the documented response schema.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { API_ROUTES } from "@/lib/api/openapi/registry";
import type { ApiRoute } from "@/lib/api/openapi/types";
import { API_KEY_SCOPES, ROLES, roleHas, type Role } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { ingestPredictions } from "@/lib/ingest/ingest";
import { createUser } from "@/lib/users/create-user";
import { apiKey, prediction, registerVersion } from "@/test/helpers/fixtures";
import { callRoute, exampleBody, type Caller } from "@/test/helpers/routes";

const signedIn = vi.hoisted(() => ({ user: undefined as SessionUser | undefined }));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => signedIn.user }));

const users = {} as Record<Role, SessionUser>;
const keys = {} as Record<string, string>;

beforeAll(async () => {
  for (const role of ROLES) {
    const row = await createUser({ email: `${role.toLowerCase()}@rbac.example`, role, password: "correct-horse-battery-1" }, { label: "test" });
    users[role] = { id: row.id, email: row.email, name: row.name, role };
  }
  for (const scope of API_KEY_SCOPES) keys[scope] = await apiKey(scope);
  await registerVersion();
  // In this order so the examples' ids name real rows: prediction 1 is in the audit sample,
  // alert 1 exists.
  await ingestPredictions([prediction("rbac-sample", 0.1, { auditSample: { inclusionProbability: 0.02 } }), prediction("rbac-1", 0.95), prediction("rbac-2", 0.9)]);
});

const label = (route: ApiRoute) => `${route.method} ${route.path}`;
const isScope = (permission: string) => (API_KEY_SCOPES as readonly string[]).includes(permission);
const protectedRoutes = API_ROUTES.filter((r) => r.permission);

async function call(route: ApiRoute, caller: Caller, user?: SessionUser) {
  signedIn.user = user;
  try {
    return await callRoute(route, { caller, body: exampleBody(route) });
  } finally {
    signedIn.user = undefined;
  }
}

/** status codes allowed callers got, per route: the matrix is only as good as what it reached */
const reached = new Map<string, number[]>();

async function expectAllowed(route: ApiRoute, response: Response, who: string) {
  const text = await response.text();
  reached.set(label(route), [...(reached.get(label(route)) ?? []), response.status]);
  expect([401, 403], `${label(route)} as ${who} was refused: ${text.slice(0, 200)}`).not.toContain(response.status);
  expect(response.status, `${label(route)} as ${who}: ${text.slice(0, 300)}`).toBeLessThan(500);
  if (response.status === route.response.status && route.response.schema) {
    const parsed = route.response.schema.safeParse(JSON.parse(text));
    expect(parsed.success, `${label(route)} as ${who}: the answer does not match the documented ${route.response.name}: ${parsed.error?.message}`).toBe(true);
  }
  return response.status;
}

async function expectRefused(route: ApiRoute, response: Response, status: 401 | 403, who: string) {
  const body = await response.json();
  expect(response.status, `${label(route)} as ${who}: ${JSON.stringify(body).slice(0, 200)}`).toBe(status);
  expect(body.error.code).toBe(status === 401 ? "unauthorized" : "forbidden");
}

describe("the matrix covers every registered route", () => {
  it("has routes to check, each with a permission or deliberately public", () => {
    expect(protectedRoutes.length).toBeGreaterThanOrEqual(20);
    const publicRoutes = API_ROUTES.filter((r) => !r.permission).map(label);
    expect(publicRoutes.sort()).toEqual(["GET /api/health", "GET /api/v1/openapi.json"]);
  });
});

describe.each(protectedRoutes.map((route) => [label(route), route] as const))("%s", (_, route) => {
  const permission = route.permission!;

  it("refuses the signed-out (401) and a malformed or unknown key (401)", async () => {
    await expectRefused(route, await call(route, { kind: "anonymous" }), 401, "signed out");
    await expectRefused(route, await call(route, { kind: "apiKey", key: "vgl_0000000000_" + "x".repeat(43) }), 401, "an unknown key");
    await expectRefused(route, await call(route, { kind: "apiKey", key: "not-a-key" }), 401, "a malformed key");
  });

  it.each(ROLES.map((role) => [role] as const))("as %s: allowed exactly when the role holds the permission", async (role) => {
    const response = await call(route, { kind: "session" }, users[role]);
    const needs = [permission, ...(route.examplePermission ? [route.examplePermission] : [])];
    if (needs.every((p) => roleHas(role, p))) await expectAllowed(route, response, role);
    else await expectRefused(route, response, 403, role);
  });

  it.each(API_KEY_SCOPES.map((scope) => [scope] as const))("with a key scoped %s: allowed exactly for the route's own scope", async (scope) => {
    const response = await call(route, { kind: "apiKey", key: keys[scope] });
    // A route may grant keys another scope than people's permission (retraining: models:write).
    const keyScope = route.apiKeyScope ?? permission;
    if (scope === keyScope && (!route.examplePermission || route.examplePermission === scope)) await expectAllowed(route, response, `key ${scope}`);
    else await expectRefused(route, response, 403, `key ${scope}`);
  });

  if (route.method !== "GET") it("refuses a cookie-authenticated write from another site (403)", async () => {
    const role = ROLES.find((r) => roleHas(r, permission) && (!route.examplePermission || roleHas(r, route.examplePermission)));
    if (!role) {
      // Only API keys hold this permission: no cookie can reach it at all.
      expect(isScope(permission)).toBe(true);
      await expectRefused(route, await call(route, { kind: "session", origin: "https://evil.example" }, users.ADMIN), 403, "admin, cross-site");
      return;
    }
    for (const origin of ["https://evil.example", "null", "http://localhost.evil.example"]) {
      await expectRefused(route, await call(route, { kind: "session", origin }, users[role]), 403, `${role} from ${origin}`);
    }
  });
});

describe.each(API_ROUTES.filter((r) => !r.permission).map((route) => [label(route), route] as const))("public %s", (_, route) => {
  it("answers everyone, signed in or not", async () => {
    await expectAllowed(route, await call(route, { kind: "anonymous" }), "signed out");
    await expectAllowed(route, await call(route, { kind: "session" }, users.ANALYST), "ANALYST");
  });
});

// Example requests that cannot succeed on a fresh database, and why; a 4xx other than 401/403
// still proves the caller got through. Any other route must have really worked at least once.
const CANNOT_SUCCEED_HERE: Record<string, string> = {
  "DELETE /api/v1/views/{id}": "the example names a saved view that does not exist",
  "PATCH /api/v1/users/{id}": "the example names a user that does not exist",
  "DELETE /api/v1/api-keys/{id}": "the example names a key that does not exist",
  "GET /api/v1/predictions/export/{id}": "export ids are UUIDs the client chose when exporting",
  "PATCH /api/v1/models/{model}/versions/{version}/drift/events/{id}": "no drift event exists without weeks of traffic",
  "POST /api/v1/models/{model}/versions/{version}/threshold-proposals/{id}/decision": "proposal 1 is decided by the first allowed caller; the rest get 409",
  "POST /api/v1/models/{model}/versions/{version}/promotion": "the gate refuses a version without labelled traffic (409)",
  "POST /api/v1/models/{model}/rollback": "there is no earlier production version to roll back to (409)",
  "POST /api/v1/datasets/{name}/versions/{version}/retrain": "the test model's three features are not the built-in trainer's family (409), so no run starts",
  "GET /api/v1/training-runs/{id}": "no training run exists: the retrain above is refused",
  "GET /api/v1/label-reviews/{id}": "label 1 is not in the second-opinion sample (its id hashes outside the 5 %): 404",
  "POST /api/v1/label-reviews": "the example's label 1 is not in the second-opinion sample: 404",
};

describe("what allowed callers reached", () => {
  it("every route answered an allowed caller's example request with its documented success at least once", () => {
    const missed = API_ROUTES.map(label).filter((l) => !(reached.get(l) ?? []).some((s) => s >= 200 && s < 300));
    expect(missed.filter((l) => !(l in CANNOT_SUCCEED_HERE)), JSON.stringify(Object.fromEntries(reached))).toEqual([]);
    for (const l of Object.keys(CANNOT_SUCCEED_HERE)) expect(reached.get(l)?.length, `${l} was never reached`).toBeGreaterThan(0);
  });
});
