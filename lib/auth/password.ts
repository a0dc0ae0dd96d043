import "server-only";
import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (OWASP's minimum: 19 MiB, 2 passes).
export const hashPassword = (password: string) => hash(password);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** What a password must be; the same words in the CLI, the API and the admin screens. */
export function passwordProblem(password: string): string | undefined {
  if (password.length < 12) return "must be at least 12 characters";
  if (password.length > 256) return "must be at most 256 characters";
  if (!/[A-Za-z]/.test(password) || !/[^A-Za-z]/.test(password)) return "must mix letters with digits or symbols";
  return undefined;
}
