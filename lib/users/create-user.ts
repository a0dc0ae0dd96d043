import "server-only";
import { prisma } from "@/lib/db/client";
import { badRequest, conflict } from "@/lib/api/errors";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { isUniqueViolation } from "@/lib/db/errors";
import { hashPassword, passwordProblem } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/permissions";

export async function createUser(input: { email: string; name?: string; role: Role; password: string }, actor: Actor) {
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw badRequest(`"${input.email}" is not an email address`);
  const problem = passwordProblem(input.password, { email, name: input.name });
  if (problem) throw badRequest(`The password ${problem}`);
  try {
    const user = await prisma().user.create({
      data: { email, name: input.name?.trim() || email.split("@")[0], role: input.role, passwordHash: await hashPassword(input.password) },
    });
    await recordAudit({ actor, action: "user.created", target: `user:${email}`, details: { role: input.role } });
    return user;
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`A user with email ${email} already exists`);
    throw error;
  }
}
