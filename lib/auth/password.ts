import "server-only";
import { hash, verify } from "@node-rs/argon2";

/**
 * Stored instead of a hash for people who sign in through the identity provider: it is no
 * argon2 hash, so no password ever verifies against it.
 */
export const SSO_PASSWORD_HASH = "sso:no-password";

// argon2id with the library's defaults (OWASP's minimum: 19 MiB, 2 passes).
export const hashPassword = (password: string) => hash(password);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// The policy itself is pure and client-safe (forms check as the user types); re-exported here
// for the server-side callers that have always imported it from this module.
export { passwordProblem, type PasswordContext } from "./password-policy";
