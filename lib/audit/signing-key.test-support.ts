// Test support: sign checkpoints with a throwaway key instead of generating
// data/audit-signing-key in the working tree. Never imported by the application.
import { generateKeyPairSync } from "node:crypto";
import { signingKeyFrom, type SigningKey } from "./signing-key";

export function installTestSigningKey(): SigningKey {
  const key = signingKeyFrom(generateKeyPairSync("ed25519").privateKey);
  (globalThis as { vigilAuditSigningKey?: SigningKey }).vigilAuditSigningKey = key;
  return key;
}
