import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/users/route";
import { PATCH as patchRoute } from "@/app/api/v1/users/[id]/route";
import { prisma } from "@/lib/db/client";
import { checkCredentials, stillValid } from "@/lib/auth/sign-in";
import type { SessionUser } from "@/lib/auth/session";
import { noParams, request } from "@/test/helpers/fixtures";
import { createUser } from "./create-user";
import { UserList, UserRow } from "./schemas";

// The API authenticates people through Auth.js cookies; stand in a signed-in administrator.
const session = vi.hoisted(() => ({ user: undefined as SessionUser | undefined }));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => session.user }));

const PASSWORD = "correct-horse-battery-1";
const asSession = { cookie: "authjs.session-token=test", origin: "http://localhost" };
let admin: SessionUser;

const list = () => listRoute(request("/api/v1/users", { method: "GET", headers: asSession }), noParams);
const create = (body: unknown) => createRoute(request("/api/v1/users", { body: JSON.stringify(body), headers: asSession }), noParams);
const patch = (id: string, body: unknown, headers = asSession) =>
  patchRoute(request(`/api/v1/users/${id}`, { method: "PATCH", body: JSON.stringify(body), headers }), { params: Promise.resolve({ id }) });

async function sessionVersion(email: string) {
  return (await prisma().user.findUniqueOrThrow({ where: { email } })).sessionVersion;
}

beforeAll(async () => {
  const row = await createUser({ email: "root@example.org", name: "Root", role: "ADMIN", password: PASSWORD }, { label: "test" });
  admin = { id: row.id, email: row.email, name: row.name, role: "ADMIN" };
  session.user = admin;
});

describe("people, as administrators manage them", () => {
  it("creates a person (audited) under the password policy, and lists them", async () => {
    const response = await create({ email: "Ana@Example.org", name: "Ana", role: "ANALYST", password: PASSWORD });
    expect(response.status).toBe(201);
    const row = UserRow.parse(await response.json());
    expect(row).toMatchObject({ email: "ana@example.org", role: "ANALYST", disabledAt: null, sso: false, activeApiKeys: 0 });
    expect(await prisma().auditEvent.count({ where: { action: "user.created", target: "user:ana@example.org", actor: "root@example.org" } })).toBe(1);
    const listed = UserList.parse(await (await list()).json());
    expect(listed.users.map((u) => u.email)).toEqual(["ana@example.org", "root@example.org"]);
    expect(JSON.stringify(listed)).not.toMatch(/argon2|passwordHash/);
  });

  it("refuses weak passwords, the email as password, and duplicates, writing nothing", async () => {
    const before = await prisma().user.count();
    for (const password of ["Password2024!", "ben.rose@example.org-1", "short-1"]) {
      const response = await create({ email: "ben.rose@example.org", role: "ANALYST", password });
      expect(response.status, password).toBe(400);
      expect((await response.json()).error.message).toMatch(/password/i);
    }
    expect((await create({ email: "ANA@example.org", role: "LEAD", password: PASSWORD })).status).toBe(409);
    expect(await prisma().user.count()).toBe(before);
  });

  it("a role change takes effect and ends the person's sessions at the next re-check", async () => {
    const ana = await prisma().user.findUniqueOrThrow({ where: { email: "ana@example.org" } });
    const signedIn = await checkCredentials("ana@example.org", PASSWORD, "10.9.0.1");
    expect(signedIn.ok && (await stillValid(ana.id, signedIn.user.sessionVersion))).toBeTruthy();
    const response = await patch(ana.id, { role: "LEAD" });
    expect(response.status).toBe(200);
    expect(UserRow.parse(await response.json()).role).toBe("LEAD");
    expect(await stillValid(ana.id, ana.sessionVersion)).toBeUndefined();
    expect(await sessionVersion("ana@example.org")).toBe(ana.sessionVersion + 1);
    const event = await prisma().auditEvent.findFirstOrThrow({ where: { action: "user.role_changed", target: "user:ana@example.org" } });
    expect(event.details).toEqual({ from: "ANALYST", to: "LEAD" });
    // A fresh sign-in carries the new version and role.
    const again = await checkCredentials("ana@example.org", PASSWORD, "10.9.0.1");
    expect(again.ok && again.user.role).toBe("LEAD");
  });

  it("disabling ends sessions and refuses sign-in; enabling lets them back in", async () => {
    const ana = await prisma().user.findUniqueOrThrow({ where: { email: "ana@example.org" } });
    expect((await patch(ana.id, { disabled: true })).status).toBe(200);
    expect(await stillValid(ana.id, ana.sessionVersion)).toBeUndefined();
    expect(await checkCredentials("ana@example.org", PASSWORD, "10.9.0.2")).toEqual({ ok: false, reason: "invalid" });
    const enabled = UserRow.parse(await (await patch(ana.id, { disabled: false })).json());
    expect(enabled.disabledAt).toBeNull();
    expect((await checkCredentials("ana@example.org", PASSWORD, "10.9.0.3")).ok).toBe(true);
    const actions = (await prisma().auditEvent.findMany({ where: { target: "user:ana@example.org", action: { startsWith: "user." } }, orderBy: { seq: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["user.created", "user.role_changed", "user.disabled", "user.enabled"]);
  });

  it("renaming does not end sessions; a no-op changes and records nothing", async () => {
    const ana = await prisma().user.findUniqueOrThrow({ where: { email: "ana@example.org" } });
    expect(UserRow.parse(await (await patch(ana.id, { name: "Ana Lopez" })).json()).name).toBe("Ana Lopez");
    expect(await sessionVersion("ana@example.org")).toBe(ana.sessionVersion);
    const events = await prisma().auditEvent.count();
    expect((await patch(ana.id, { role: "LEAD", name: "Ana Lopez" })).status).toBe(200);
    expect(await prisma().auditEvent.count()).toBe(events);
  });

  it("keeps administrators from locking themselves out", async () => {
    expect((await patch(admin.id, { disabled: true })).status).toBe(409);
    expect((await patch(admin.id, { role: "ANALYST" })).status).toBe(409);
    // Another admin cannot demote the last remaining one either.
    const other = await createUser({ email: "second@example.org", role: "ADMIN", password: PASSWORD }, { label: "test" });
    session.user = { id: other.id, email: other.email, name: other.name, role: "ADMIN" };
    expect((await patch(admin.id, { role: "AUDITOR" })).status).toBe(200);
    session.user = admin;
    // root is an auditor now, but its session (re-checked only every minute) still says admin:
    // even so it cannot take away the last active administrator.
    const response = await patch(other.id, { disabled: true });
    expect(response.status).toBe(409);
    expect((await response.json()).error.message).toMatch(/last active administrator/);
    expect(await prisma().user.count({ where: { role: "ADMIN", disabledAt: null } })).toBe(1);
    await prisma().user.update({ where: { id: admin.id }, data: { role: "ADMIN" } });
  });

  it("validates the change and the id", async () => {
    const ana = await prisma().user.findUniqueOrThrow({ where: { email: "ana@example.org" } });
    expect((await patch(ana.id, {})).status).toBe(400);
    expect((await patch(ana.id, { role: "SUPERUSER" })).status).toBe(400);
    expect((await patch(ana.id, { sessionVersion: 0 })).status).toBe(400);
    expect((await patch("no-such-user", { role: "LEAD" })).status).toBe(404);
  });

  it("refuses cross-site writes and non-administrators", async () => {
    const ana = await prisma().user.findUniqueOrThrow({ where: { email: "ana@example.org" } });
    expect((await patch(ana.id, { role: "ANALYST" }, { ...asSession, origin: "https://evil.example" })).status).toBe(403);
    session.user = { id: ana.id, email: ana.email, name: ana.name, role: "LEAD" };
    expect((await list()).status).toBe(403);
    session.user = admin;
  });
});
