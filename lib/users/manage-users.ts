import "server-only";
// People as administrators manage them: list, create, re-role, rename, disable, enable.
// A role change or disabling bumps the user's sessionVersion, so every session they hold
// ends at its next re-check (VIGIL_SESSION_RECHECK_SECONDS, see lib/auth/sign-in.ts stillValid).
// Each change and its audit event commit together.
import { prisma } from "@/lib/db/client";
import { conflict, notFound } from "@/lib/api/errors";
import { recordAudit, type Actor, type Tx } from "@/lib/audit/record";
import { SSO_PASSWORD_HASH } from "@/lib/auth/password";
import type { UserCreateIn, UserList, UserRow, UserUpdateIn } from "./schemas";
import { createUser } from "./create-user";

const SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabledAt: true,
  passwordHash: true,
  createdAt: true,
  _count: { select: { apiKeys: { where: { revokedAt: null } } } },
} as const;

type Selected = {
  id: string;
  email: string;
  name: string;
  role: UserRow["role"];
  disabledAt: Date | null;
  passwordHash: string;
  createdAt: Date;
  _count: { apiKeys: number };
};

const toRow = (user: Selected): UserRow => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  disabledAt: user.disabledAt?.toISOString() ?? null,
  sso: user.passwordHash === SSO_PASSWORD_HASH,
  createdAt: user.createdAt.toISOString(),
  activeApiKeys: user._count.apiKeys,
});

/** Active people first, by email; disabled ones after. */
export async function listUsers(): Promise<UserList> {
  const rows = await prisma().user.findMany({ select: SELECT, orderBy: { email: "asc" } });
  const users = rows.map(toRow);
  return { users: [...users.filter((u) => !u.disabledAt), ...users.filter((u) => u.disabledAt)] };
}

export async function createUserAsAdmin(input: UserCreateIn, actor: Actor): Promise<UserRow> {
  const user = await createUser(input, actor);
  return toRow(await prisma().user.findUniqueOrThrow({ where: { id: user.id }, select: SELECT }));
}

async function activeAdminsOtherThan(tx: Tx, id: string): Promise<number> {
  return tx.user.count({ where: { role: "ADMIN", disabledAt: null, id: { not: id } } });
}

/**
 * Administrators cannot re-role or disable themselves (a slip would lock them out mid-task),
 * and the last active administrator cannot be removed: someone must be able to manage access.
 */
export async function updateUser(id: string, update: UserUpdateIn, actor: Actor & { id: string }): Promise<UserRow> {
  return prisma().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id } });
    if (!user) throw notFound("No such user");
    const roleChanges = update.role !== undefined && update.role !== user.role;
    const disables = update.disabled === true && !user.disabledAt;
    const enables = update.disabled === false && !!user.disabledAt;
    if ((roleChanges || disables) && id === actor.id) throw conflict("You cannot change your own role or disable yourself; ask another administrator");
    if (user.role === "ADMIN" && !user.disabledAt && (disables || roleChanges) && !(await activeAdminsOtherThan(tx, id))) {
      throw conflict("This is the last active administrator; make someone else an administrator first");
    }
    const renames = update.name !== undefined && update.name !== user.name;
    if (!roleChanges && !disables && !enables && !renames) return toRow(await tx.user.findUniqueOrThrow({ where: { id }, select: SELECT }));
    const endsSessions = roleChanges || disables;
    await tx.user.update({
      where: { id },
      data: {
        ...(roleChanges ? { role: update.role } : {}),
        ...(renames ? { name: update.name } : {}),
        ...(disables ? { disabledAt: new Date() } : enables ? { disabledAt: null } : {}),
        ...(endsSessions ? { sessionVersion: { increment: 1 } } : {}),
      },
    });
    const target = `user:${user.email}`;
    if (roleChanges) await recordAudit({ actor, action: "user.role_changed", target, details: { from: user.role, to: update.role } }, tx);
    if (disables) await recordAudit({ actor, action: "user.disabled", target }, tx);
    if (enables) await recordAudit({ actor, action: "user.enabled", target }, tx);
    if (renames) await recordAudit({ actor, action: "user.renamed", target, details: { from: user.name, to: update.name } }, tx);
    return toRow(await tx.user.findUniqueOrThrow({ where: { id }, select: SELECT }));
  });
}
