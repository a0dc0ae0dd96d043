import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/api-keys/route";
import { DELETE as revokeRoute } from "@/app/api/v1/api-keys/[id]/route";
import { prisma } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/session";
import { createUser } from "@/lib/users/create-user";
import { ApiKeyCreated, ApiKeyList, ApiKeyRow } from "@/lib/users/schemas";
import { apiKey, noParams, request } from "@/test/helpers/fixtures";
import { authenticateApiKey } from "./api-keys";

const session = vi.hoisted(() => ({ user: undefined as SessionUser | undefined }));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => session.user }));

const asSession = { cookie: "authjs.session-token=test", origin: "http://localhost" };
const list = () => listRoute(request("/api/v1/api-keys", { method: "GET", headers: asSession }), noParams);
const create = (body: unknown) => createRoute(request("/api/v1/api-keys", { body: JSON.stringify(body), headers: asSession }), noParams);
const revoke = (id: string) => revokeRoute(request(`/api/v1/api-keys/${id}`, { method: "DELETE", headers: asSession }), { params: Promise.resolve({ id }) });

beforeAll(async () => {
  const row = await createUser({ email: "keys@example.org", role: "ADMIN", password: "correct-horse-battery-1" }, { label: "test" });
  session.user = { id: row.id, email: row.email, name: row.name, role: "ADMIN" };
});

describe("API keys, as administrators manage them", () => {
  let created: ApiKeyCreated;

  it("creates a key with scopes: the secret once, a hash stored, the creation audited", async () => {
    const response = await create({ name: "edr-scorer", scopes: ["predictions:write", "models:write"] });
    expect(response.status).toBe(201);
    created = ApiKeyCreated.parse(await response.json());
    expect(created.secret).toMatch(new RegExp(`^vgl_${created.key.prefix}_[A-Za-z0-9_-]{43}$`));
    expect(created.key).toMatchObject({ name: "edr-scorer", scopes: ["predictions:write", "models:write"], createdBy: "keys@example.org", lastUsedAt: null, revokedAt: null });
    expect(await authenticateApiKey(created.secret)).toMatchObject({ name: "edr-scorer", scopes: ["predictions:write", "models:write"] });
    const stored = await prisma().apiKey.findUniqueOrThrow({ where: { id: created.key.id } });
    expect(stored.hash).not.toContain(created.secret.split("_")[2]);
    const event = await prisma().auditEvent.findFirstOrThrow({ where: { action: "apikey.created", target: `apikey:${created.key.id}` } });
    expect(event).toMatchObject({ actor: "keys@example.org", details: { name: "edr-scorer", scopes: ["predictions:write", "models:write"] } });
  });

  it("lists keys with last use, never a secret or hash", async () => {
    await apiKey("audit:read"); // one made by the CLI path: no creator
    const body = await (await list()).json();
    const keys = ApiKeyList.parse(body).keys;
    expect(keys.map((k) => k.name)).toEqual(["test-audit:read", "edr-scorer"]);
    expect(keys[0].createdBy).toBeNull();
    expect(keys[1].lastUsedAt).not.toBeNull(); // authenticated once above
    const text = JSON.stringify(body);
    expect(text).not.toContain(created.secret.split("_")[2]);
    expect(text).not.toMatch(/"hash"|"secret"/);
  });

  it("revokes at once (audited once, idempotent) and lists revoked keys last", async () => {
    const response = await revoke(created.key.id);
    expect(response.status).toBe(200);
    expect(ApiKeyRow.parse(await response.json()).revokedAt).not.toBeNull();
    expect(await authenticateApiKey(created.secret)).toBeUndefined();
    expect((await revoke(created.key.id)).status).toBe(200);
    expect(await prisma().auditEvent.count({ where: { action: "apikey.revoked", target: `apikey:${created.key.id}` } })).toBe(1);
    expect(ApiKeyList.parse(await (await list()).json()).keys.map((k) => k.name)).toEqual(["test-audit:read", "edr-scorer"]);
    expect((await revoke("no-such-key")).status).toBe(404);
  });

  it("refuses unknown or repeated scopes and empty names, writing nothing", async () => {
    const before = await prisma().apiKey.count();
    for (const body of [{ name: "x", scopes: [] }, { name: "x", scopes: ["alerts:read"] }, { name: "x", scopes: ["audit:read", "audit:read"] }, { name: " ", scopes: ["audit:read"] }]) {
      expect((await create(body)).status, JSON.stringify(body)).toBe(400);
    }
    expect(await prisma().apiKey.count()).toBe(before);
  });

  it("cannot be reached with an API key, even one with every scope", async () => {
    const key = await apiKey("predictions:write", "models:write", "labels:write", "metrics:read", "datasets:read", "datasets:write", "audit:read");
    expect((await listRoute(request("/api/v1/api-keys", { method: "GET", key }), noParams)).status).toBe(403);
  });
});
