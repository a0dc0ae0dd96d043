import { beforeAll, describe, expect, it } from "vitest";
import { POST as registerVersion } from "@/app/api/v1/models/[model]/versions/route";
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import { checkCredentials, stillValid } from "@/lib/auth/sign-in";
import { createUser } from "@/lib/users/create-user";
import { apiKey, request, versionInput } from "@/test/helpers/fixtures";

const PASSWORD = "correct-horse-42";

beforeAll(async () => {
  await createUser({ email: "Ana@Example.org", role: "ANALYST", password: PASSWORD }, { label: "test" });
  await createUser({ email: "lee@example.org", role: "LEAD", password: PASSWORD }, { label: "test" });
});

describe("sign-in", () => {
  it("accepts the right password (email case-insensitive) and records it in the audit trail", async () => {
    const outcome = await checkCredentials("ana@example.ORG", PASSWORD, "10.0.0.1");
    expect(outcome).toMatchObject({ ok: true, user: { email: "ana@example.org", role: "ANALYST" } });
    expect(await prisma().auditEvent.count({ where: { action: "auth.sign_in", target: "user:ana@example.org" } })).toBe(1);
  });

  it("refuses a wrong password and an unknown user alike", async () => {
    expect(await checkCredentials("ana@example.org", "wrong-password-1", "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
    expect(await checkCredentials("nobody@example.org", PASSWORD, "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
    expect(await prisma().auditEvent.count({ where: { action: "auth.sign_in_failed" } })).toBe(2);
  });

  it("throttles repeated failures, even with the right password afterwards", async () => {
    for (let i = 0; i < env.VIGIL_SIGNIN_MAX_FAILURES; i++) {
      expect((await checkCredentials("lee@example.org", `wrong-${i}-password`, "10.0.0.3")).ok).toBe(false);
    }
    expect(await checkCredentials("lee@example.org", PASSWORD, "10.0.0.4")).toEqual({ ok: false, reason: "throttled" });
  });

  it("refuses a disabled user, and ends sessions on disable or sign-out-everywhere", async () => {
    const user = await prisma().user.findUniqueOrThrow({ where: { email: "ana@example.org" } });
    expect(await stillValid(user.id, user.sessionVersion)).toMatchObject({ role: "ANALYST" });
    await prisma().user.update({ where: { id: user.id }, data: { role: "AUDITOR" } });
    expect(await stillValid(user.id, user.sessionVersion)).toMatchObject({ role: "AUDITOR" });
    await prisma().user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await stillValid(user.id, user.sessionVersion)).toBeUndefined();
    await prisma().user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await stillValid(user.id, user.sessionVersion + 1)).toBeUndefined();
    expect(await checkCredentials("ana@example.org", PASSWORD, "10.0.0.5")).toEqual({ ok: false, reason: "invalid" });
  });

  it("enforces the password policy", async () => {
    await expect(createUser({ email: "x@example.org", role: "ANALYST", password: "short1" }, { label: "test" })).rejects.toThrow(/12 characters/);
    await expect(createUser({ email: "y@example.org", role: "ANALYST", password: "onlyletterslong" }, { label: "test" })).rejects.toThrow(/mix/);
  });
});

describe("API keys and scopes", () => {
  const register = (key: string | undefined, body = versionInput({ version: "3.1.0" }), model = "scoped-model") =>
    registerVersion(request(`/api/v1/models/${model}/versions`, { key, body: JSON.stringify(body) }), {
      params: Promise.resolve({ model }),
    });

  it("registers a version with the models:write scope (201), once (409)", async () => {
    const key = await apiKey("models:write");
    const created = await register(key);
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ model: "scoped-model", version: "3.1.0", stage: "PRODUCTION" });
    const again = await register(key);
    expect(again.status).toBe(409);
    const changes = await prisma().stageChange.findMany({ where: { modelVersion: { version: "3.1.0" } } });
    expect(changes).toHaveLength(1);
  });

  it("refuses missing (401), revoked (401) and under-scoped (403) keys", async () => {
    expect((await register(undefined)).status).toBe(401);
    const revoked = await apiKey("models:write");
    await prisma().apiKey.updateMany({ where: { prefix: revoked.split("_")[1] }, data: { revokedAt: new Date() } });
    expect((await register(revoked)).status).toBe(401);
    expect((await register(await apiKey("predictions:write"))).status).toBe(403);
  });

  it("stores only a hash of the secret", async () => {
    const key = await apiKey("audit:read");
    const secret = key.split("_").slice(2).join("_");
    const row = await prisma().apiKey.findUniqueOrThrow({ where: { prefix: key.split("_")[1] } });
    expect(row.hash).not.toContain(secret);
    expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("validates the body with field paths", async () => {
    const response = await register(await apiKey("models:write"), { ...versionInput(), threshold: 2, features: [] } as never, "bad-model");
    expect(response.status).toBe(400);
    const paths = (await response.json()).error.issues.map((i: { path: unknown[] }) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["threshold", "features"]));
  });
});
