// Single sign-on against the database. No identity provider runs here: these drive the step
// after the IdP has answered (its verified ID-token claims in hand). The redirect dance itself
// is Auth.js's and is not exercised.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createUser } from "@/lib/users/create-user";
import { oidcSettingsFrom } from "./oidc-settings";
import { signInWithOidc } from "./oidc-sign-in";
import { checkCredentials, stillValid } from "./sign-in";

const settings = oidcSettingsFrom({
  VIGIL_OIDC_ISSUER: "https://login.example.com/realms/soc",
  VIGIL_OIDC_CLIENT_ID: "vigil",
  VIGIL_OIDC_CLIENT_SECRET: "secret",
  VIGIL_OIDC_ROLE_MAP: "soc-admins=ADMIN,soc-leads=LEAD,soc-analysts=ANALYST",
})!;

const claims = (email: string, groups: string[], extra: Record<string, unknown> = {}) => ({ sub: `sub-${email}`, email, email_verified: true, name: "Kai Berg", groups, ...extra });

describe("single sign-on: after the identity provider answers", () => {
  it("provisions a new person with the mapped role and no usable password", async () => {
    const outcome = await signInWithOidc(claims("Kai@Example.com", ["everyone", "soc-analysts"]), settings);
    expect(outcome).toMatchObject({ ok: true, created: true, user: { email: "kai@example.com", role: "ANALYST", name: "Kai Berg" } });
    const row = await prisma().user.findUniqueOrThrow({ where: { email: "kai@example.com" } });
    expect((await checkCredentials("kai@example.com", row.passwordHash, "10.8.0.1")).ok).toBe(false);
    const actions = (await prisma().auditEvent.findMany({ where: { target: "user:kai@example.com" }, orderBy: { seq: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["user.created", "auth.sign_in", "auth.sign_in_failed"]);
  });

  it("re-applies the IdP's role on each sign-in, ending older sessions when it changes", async () => {
    const before = await prisma().user.findUniqueOrThrow({ where: { email: "kai@example.com" } });
    const same = await signInWithOidc(claims("kai@example.com", ["soc-analysts"]), settings);
    expect(same.ok && same.user.sessionVersion).toBe(before.sessionVersion);
    const promoted = await signInWithOidc(claims("kai@example.com", ["soc-analysts", "soc-leads"]), settings);
    expect(promoted).toMatchObject({ ok: true, created: false, user: { role: "LEAD", sessionVersion: before.sessionVersion + 1 } });
    expect(await stillValid(before.id, before.sessionVersion)).toBeUndefined();
    const change = await prisma().auditEvent.findFirstOrThrow({ where: { action: "user.role_changed", target: "user:kai@example.com" } });
    expect(change.details).toEqual({ from: "ANALYST", to: "LEAD", via: "oidc" });
  });

  it("refuses without a mapped group, without a verified email, and when disabled — each audited", async () => {
    const users = await prisma().user.count();
    expect(await signInWithOidc(claims("nogroup@example.com", ["finance"]), settings)).toEqual({ ok: false, reason: "no_role" });
    expect(await signInWithOidc(claims("unverified@example.com", ["soc-admins"], { email_verified: false }), settings)).toEqual({ ok: false, reason: "no_email" });
    expect(await signInWithOidc({ sub: "x", groups: ["soc-admins"] }, settings)).toEqual({ ok: false, reason: "no_email" });
    expect(await prisma().user.count()).toBe(users);
    await prisma().user.update({ where: { email: "kai@example.com" }, data: { disabledAt: new Date() } });
    expect(await signInWithOidc(claims("kai@example.com", ["soc-leads"]), settings)).toEqual({ ok: false, reason: "disabled" });
    const failures = await prisma().auditEvent.findMany({ where: { action: "auth.sign_in_failed" } });
    const reasons = failures.map((e) => e.details as { method?: string; reason: string }).filter((d) => d.method === "oidc").map((d) => d.reason);
    expect(reasons.sort()).toEqual(["disabled", "no group maps to a role", "no verified email", "no verified email"]);
  });

  it("signs an existing password account in by its verified email, keeping its password", async () => {
    await createUser({ email: "lin@example.com", role: "AUDITOR", password: "correct-horse-battery-1" }, { label: "test" });
    expect(await signInWithOidc(claims("lin@example.com", ["soc-analysts"]), settings)).toMatchObject({ ok: true, created: false, user: { role: "ANALYST" } });
    expect((await checkCredentials("lin@example.com", "correct-horse-battery-1", "10.8.0.2")).ok).toBe(true);
  });
});
