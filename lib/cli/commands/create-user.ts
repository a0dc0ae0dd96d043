import { ROLES, type Role } from "@/lib/auth/permissions";
import { createUser } from "@/lib/users/create-user";
import { UsageError } from "../usage-error";

export async function runCreateUser(input: { email: string; role: string; password: string; name?: string }): Promise<void> {
  const role = input.role.toUpperCase();
  if (!(ROLES as readonly string[]).includes(role)) throw new UsageError(`--role must be one of ${ROLES.map((r) => r.toLowerCase()).join(", ")}`);
  const user = await createUser({ ...input, role: role as Role }, { label: "cli" });
  console.error(`created ${user.role.toLowerCase()} ${user.email}`);
  console.log(user.id);
}
