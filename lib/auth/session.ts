import "server-only";
// What pages and handlers ask of the signed-in user. Permission checks live here and in the
// services; proxy.ts only redirects the signed-out.
import { forbidden, redirect } from "next/navigation";
import { auth } from "./config";
import { roleHas, type Permission, type Role } from "./permissions";

export type SessionUser = { id: string; email: string; name: string; role: Role };

export async function currentUser(): Promise<SessionUser | undefined> {
  const session = await auth();
  if (!session?.user?.id) return undefined;
  const { id, email, name, role } = session.user;
  return { id, email: email ?? "", name: name ?? email ?? "", role };
}

/** For server components: the user, after redirecting the signed-out and refusing the unpermitted (403). */
export async function requirePageUser(permission?: Permission): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/login");
  if (permission && !roleHas(user.role, permission)) forbidden();
  return user;
}
