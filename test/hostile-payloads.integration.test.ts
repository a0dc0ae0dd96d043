// Hundreds of generated malformed, oversized and hostile requests against every write endpoint
// in the OpenAPI registry (so new endpoints are covered automatically). Each must get a clear
// 4xx — an error body with a code and a message — never a 5xx, and leave every table as it was.
// Field mutations the endpoint's own schema accepts (a SQL-looking note is a valid note) are
// not malformed: they must not 5xx, and are stored as sent.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { API_ROUTES } from "@/lib/api/openapi/registry";
import type { ApiRoute } from "@/lib/api/openapi/types";
import { API_KEY_SCOPES, ROLES, roleHas, type Role } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";
import { ingestPredictions } from "@/lib/ingest/ingest";
import { createUser } from "@/lib/users/create-user";
import { apiKey, prediction, registerVersion } from "@/test/helpers/fixtures";
import { brokenText, fieldMutations, forOracle, invalidUtf8, serialize, SQLISH, wholeBodyGarbage, type Payload } from "@/test/helpers/hostile";
import { rowCounts } from "@/test/helpers/row-counts";
import { callRoute, type Caller } from "@/test/helpers/routes";

const signedIn = vi.hoisted(() => ({ user: undefined as SessionUser | undefined }));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => signedIn.user }));

const users = {} as Record<Role, SessionUser>;
const keys = {} as Record<string, string>;
let victimId = "";

beforeAll(async () => {
  for (const role of ROLES) {
    const row = await createUser({ email: `${role.toLowerCase()}@hostile.example`, role, password: "correct-horse-battery-1" }, { label: "test" });
    users[role] = { id: row.id, email: row.email, name: row.name, role };
  }
  victimId = (await createUser({ email: "victim@hostile.example", role: "ANALYST", password: "correct-horse-battery-1" }, { label: "test" })).id;
  for (const scope of API_KEY_SCOPES) keys[scope] = await apiKey(scope);
  await registerVersion();
  await ingestPredictions([prediction("h-sample", 0.1, { auditSample: { inclusionProbability: 0.02 } }), prediction("evt-42", 0.95), prediction("h-2", 0.9)]);
});

afterAll(() => {
  signedIn.user = undefined;
});

const label = (route: ApiRoute) => `${route.method} ${route.path}`;
const ROLE_PREFERENCE: Role[] = ["ADMIN", "LEAD", "ANALYST", "AUDITOR"];

/** Someone allowed to call the route: its API-key scope if it has one, else a role holding the permission. */
function callerFor(route: ApiRoute): { caller: Caller; user?: SessionUser } {
  const permission = route.permission!;
  if ((API_KEY_SCOPES as readonly string[]).includes(permission)) return { caller: { kind: "apiKey", key: keys[permission] } };
  const needs = [permission, ...(route.examplePermission ? [route.examplePermission] : [])];
  return { caller: { kind: "session" }, user: users[ROLE_PREFERENCE.find((role) => needs.every((p) => roleHas(role, p)))!] };
}

/** Real rows for the routes whose example ids are placeholders, so the service path runs too. */
const paramsFor = (route: ApiRoute): Record<string, string> => (route.path === "/api/v1/users/{id}" ? { id: victimId } : {});

/** What the endpoint validates its body against: the hostile set is split by this oracle. */
function bodySchema(route: ApiRoute): z.ZodType {
  const { schema, array } = route.body!;
  return array ? z.array(schema).min(1) : schema;
}

async function send(route: ApiRoute, body: string | Uint8Array | undefined, options: { contentType?: string | null; params?: Record<string, string>; headers?: Record<string, string> } = {}) {
  const { caller, user } = callerFor(route);
  signedIn.user = user;
  try {
    return await callRoute(route, { caller, body, contentType: options.contentType, params: { ...paramsFor(route), ...options.params }, headers: options.headers });
  } finally {
    signedIn.user = undefined;
  }
}

const tally = { refused: 0, acceptedAsValid: 0 };

async function expectRefusedCleanly(route: ApiRoute, what: string, response: Response, before: Record<string, number>, statuses = [400, 404, 409, 413, 415]) {
  const text = await response.text();
  expect(statuses, `${label(route)} ${what}: got ${response.status} ${text.slice(0, 300)}`).toContain(response.status);
  const body = JSON.parse(text);
  expect(typeof body.error?.code, `${what}: ${text.slice(0, 200)}`).toBe("string");
  expect(body.error.message.length).toBeGreaterThan(0);
  expect(await rowCounts(), `${label(route)} ${what} wrote something`).toEqual(before);
  tally.refused++;
}

const writeRoutes = API_ROUTES.filter((r) => r.method !== "GET" && r.permission);
const bodyRoutes = writeRoutes.filter((r) => r.body);

describe("hostile payloads cover every write endpoint", () => {
  it("finds the write endpoints in the registry", () => {
    expect(bodyRoutes.map(label)).toEqual(expect.arrayContaining(["POST /api/v1/predictions", "POST /api/v1/labels", "POST /api/v1/models/{model}/versions", "POST /api/v1/alerts/bulk", "POST /api/v1/users", "PATCH /api/v1/users/{id}", "POST /api/v1/api-keys", "POST /api/v1/label-reviews", "POST /api/v1/datasets/{name}/versions/{version}/retrain", "POST /api/v1/active-learning/verdicts", "PUT /api/v1/active-learning/budget"]));
  });
});

describe.each(bodyRoutes.map((route) => [label(route), route] as const))("%s", (_, route) => {
  const example = route.body!.example;
  // Garbage the schema happens to accept ({} for an all-optional patch) is judged like any valid body.
  const acceptsGarbage = (p: Payload) => typeof p.body === "string" && (() => {
    try {
      return bodySchema(route).safeParse(JSON.parse(p.body as string)).success;
    } catch {
      return false;
    }
  })();
  const textPayloads: Payload[] = [...wholeBodyGarbage(), ...brokenText(example)];

  it.each(textPayloads.filter((p) => !acceptsGarbage(p)).map((p) => [p.name, p] as const))("refuses %s", async (name, payload) => {
    const before = await rowCounts();
    await expectRefusedCleanly(route, name, await send(route, payload.body), before);
  });

  for (const payload of textPayloads.filter(acceptsGarbage)) {
    it(`answers ${payload.name} (which its schema accepts) without a 5xx`, async () => {
      expect((await send(route, payload.body)).status).toBeLessThan(500);
    });
  }

  it.each(invalidUtf8(example).map((p) => [p.name, p] as const))("refuses %s", async (name, payload) => {
    const before = await rowCounts();
    await expectRefusedCleanly(route, name, await send(route, payload.body), before);
  });

  const mutations = fieldMutations(example).map((m) => ({ ...m, valid: bodySchema(route).safeParse(forOracle(m.value)).success }));

  it.each(mutations.filter((m) => !m.valid).map((m) => [m.name, m] as const))("refuses the malformed field %s", async (name, mutation) => {
    const before = await rowCounts();
    await expectRefusedCleanly(route, name, await send(route, serialize(mutation.value)), before);
  });

  it("answers the schema-valid mutations (odd but legal values) without a 5xx", async () => {
    const valid = mutations.filter((m) => m.valid);
    expect(valid.length + mutations.filter((m) => !m.valid).length).toBeGreaterThan(0);
    for (const mutation of valid) {
      const response = await send(route, serialize(mutation.value));
      expect(response.status, `${mutation.name}: ${(await response.clone().text()).slice(0, 300)}`).toBeLessThan(500);
      tally.acceptedAsValid++;
    }
  });

  it("refuses an oversized body (413) before reading it all", async () => {
    const before = await rowCounts();
    const limit = route.body!.ndjson ? 32 * 1024 * 1024 : 1024 * 1024;
    const filler = JSON.stringify({ ...(Array.isArray(example) ? example[0] : (example as object)), padding: "x".repeat(limit) });
    await expectRefusedCleanly(route, "an oversized body", await send(route, Array.isArray(example) ? `[${filler}]` : filler), before, [413]);
    await expectRefusedCleanly(route, "a declared length over the limit", await send(route, "{}", { headers: { "content-length": String(limit + 1) } }), before, [413]);
  });

  // POST /api/v1/predictions takes any declared type (NDJSON clients label it every which way).
  if (route.path !== "/api/v1/predictions") it("refuses a valid body declared as another type (415)", async () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml", "text/html"]) {
      const before = await rowCounts();
      await expectRefusedCleanly(route, `Content-Type ${type}`, await send(route, JSON.stringify(example), { contentType: type }), before, [415]);
    }
  });
});

describe.each(writeRoutes.filter((r) => r.params).map((route) => [label(route), route] as const))("%s path parameters", (_, route) => {
  // As Next.js hands them over, already percent-decoded: "%E0%A4%A" arrived as "%25E0%25A4%25A".
  const hostileIds = ["../../etc/passwd", "' OR 1=1 --", "%00", "%E0%A4%A", "\u0000", "x".repeat(10_000), "__proto__", "constructor", "-1", "0", "1e9999", "NaN", "9".repeat(30), "<script>", SQLISH[1]];
  const cases = hostileIds.map((id) => ({ id, valid: Object.values(route.params!).every((param) => param.schema.safeParse(id).success) }));
  const body = route.body ? JSON.stringify(route.body.example) : undefined;
  const paramsWith = (id: string) => Object.fromEntries(Object.keys(route.params!).map((name) => [name, id]));

  it.each(cases.filter((c) => !c.valid).map((c) => [c.id.slice(0, 30), c.id] as const))("refuses id %j with a 4xx and writes nothing", async (_, id) => {
    const before = await rowCounts();
    await expectRefusedCleanly(route, `id ${JSON.stringify(id.slice(0, 40))}`, await send(route, body, { params: paramsWith(id) }), before, [400, 404, 409]);
  });

  // e.g. "__proto__" or "NaN" are legal model names (letters, digits, _ . : -): not malformed.
  it("answers ids its parameter schema accepts without a 5xx", async () => {
    for (const { id } of cases.filter((c) => c.valid)) {
      const response = await send(route, body, { params: paramsWith(id) });
      expect(response.status, `id ${id}: ${(await response.clone().text()).slice(0, 200)}`).toBeLessThan(500);
    }
  });
});

describe("after every hostile payload", () => {
  it("nothing polluted Object.prototype, and the tables are all still there", async () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(await prisma().user.count()).toBeGreaterThanOrEqual(5);
    expect(await prisma().prediction.count()).toBeGreaterThanOrEqual(3);
    expect(tally.refused, "refused payloads").toBeGreaterThan(500);
  });

  it("stored SQL-looking text verbatim where it was legal (parameters, never concatenation)", async () => {
    const stored = await prisma().user.findMany({ where: { name: { in: SQLISH } } });
    const notes = await prisma().label.findMany({ where: { note: { in: SQLISH } } });
    expect(stored.length + notes.length).toBeGreaterThan(0);
  });
});
