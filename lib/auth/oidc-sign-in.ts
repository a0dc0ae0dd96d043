import "server-only";
// A person arriving from the identity provider: the IdP vouches for who they are and, through
// their groups, for what role they hold. Vigil provisions them on first sign-in and re-applies
// the mapped role on every sign-in (the IdP is the source of truth for SSO roles; a change
// bumps sessionVersion so older sessions end). No mapped group, no unverified email, or a
// disabled account: no entry, and the refusal is in the audit trail.
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { SSO_PASSWORD_HASH } from "./password";
import { roleFromClaims, type OidcSettings } from "./oidc-settings";
import type { SignedInUser } from "./sign-in";

export type OidcOutcome = { ok: true; user: SignedInUser; created: boolean } | { ok: false; reason: "no_email" | "no_role" | "disabled" };

const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : undefined);

export async function signInWithOidc(claims: Record<string, unknown>, settings: Pick<OidcSettings, "roleClaim" | "roleMap" | "issuer">): Promise<OidcOutcome> {
  const email = text(claims.email)?.toLowerCase();
  const subject = text(claims.sub) ?? "?";
  const via = { method: "oidc", issuer: settings.issuer, subject };
  if (!email || claims.email_verified === false) {
    await recordAudit({ actor: { label: email ?? `oidc:${subject}` }, action: "auth.sign_in_failed", target: email ? `user:${email}` : null, details: { ...via, reason: "no verified email" } });
    return { ok: false, reason: "no_email" };
  }
  const role = roleFromClaims(claims, settings);
  if (!role) {
    await recordAudit({ actor: { label: email }, action: "auth.sign_in_failed", target: `user:${email}`, details: { ...via, reason: "no group maps to a role" } });
    return { ok: false, reason: "no_role" };
  }
  const name = text(claims.name) ?? text(claims.preferred_username) ?? email.split("@")[0];
  return prisma().$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email } });
    if (existing?.disabledAt) {
      await recordAudit({ actor: { id: existing.id, label: email }, action: "auth.sign_in_failed", target: `user:${email}`, details: { ...via, reason: "disabled" } }, tx);
      return { ok: false as const, reason: "disabled" as const };
    }
    let user = existing;
    if (!user) {
      user = await tx.user.create({ data: { email, name, role, passwordHash: SSO_PASSWORD_HASH } });
      await recordAudit({ actor: { label: `oidc:${settings.issuer}` }, action: "user.created", target: `user:${email}`, details: { role, via: "oidc" } }, tx);
    } else if (user.role !== role) {
      await recordAudit({ actor: { label: `oidc:${settings.issuer}` }, action: "user.role_changed", target: `user:${email}`, details: { from: user.role, to: role, via: "oidc" } }, tx);
      user = await tx.user.update({ where: { id: user.id }, data: { role, sessionVersion: { increment: 1 } } });
    }
    await recordAudit({ actor: { id: user.id, label: email }, action: "auth.sign_in", target: `user:${email}`, details: via }, tx);
    return {
      ok: true as const,
      created: !existing,
      user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion },
    };
  });
}
