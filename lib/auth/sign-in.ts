import "server-only";
// Credential checks behind the sign-in form: throttled per account and per address,
// every outcome recorded in the audit trail.
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { verifyPassword } from "./password";
import { clearFailures, lockedUntil, recordFailure } from "./throttle";
import type { Role } from "./permissions";

export type SignedInUser = { id: string; email: string; name: string; role: Role; sessionVersion: number };
export type SignInOutcome = { ok: true; user: SignedInUser } | { ok: false; reason: "invalid" | "throttled" };

// Verifying against a real hash even for unknown emails keeps response times alike.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$pjaVoLc+29+GwmMpDB5CNQ$wbi6EyD+nE5zEwdCYUnBgs7rI/3Kwr9dCxTBHURHdeI";

export async function checkCredentials(emailInput: string, password: string, address: string): Promise<SignInOutcome> {
  const email = emailInput.trim().toLowerCase();
  const keys = [`email:${email}`, `ip:${address}`];
  if (await lockedUntil(keys)) {
    await recordAudit({ actor: { label: email }, action: "auth.sign_in_throttled", target: `user:${email}`, details: { address } });
    return { ok: false, reason: "throttled" };
  }
  const user = await prisma().user.findUnique({ where: { email } });
  const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !valid || user.disabledAt) {
    await recordFailure(keys);
    await recordAudit({
      actor: { id: user?.id, label: email },
      action: "auth.sign_in_failed",
      target: `user:${email}`,
      details: { address, reason: user?.disabledAt ? "disabled" : "invalid credentials" },
    });
    return { ok: false, reason: "invalid" };
  }
  await clearFailures(`email:${email}`);
  await recordAudit({ actor: { id: user.id, label: email }, action: "auth.sign_in", target: `user:${email}`, details: { address } });
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion },
  };
}

/** The user a session belongs to, if it may still act: not disabled, not signed out by an admin. */
export async function stillValid(userId: string, sessionVersion: number) {
  const row = await prisma().user.findUnique({
    where: { id: userId },
    select: { role: true, name: true, disabledAt: true, sessionVersion: true },
  });
  if (!row || row.disabledAt || row.sessionVersion !== sessionVersion) return undefined;
  return row;
}
