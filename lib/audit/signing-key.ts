import "server-only";
// The Ed25519 key that signs audit checkpoints. From VIGIL_AUDIT_SIGNING_KEY when set;
// otherwise generated once into data/audit-signing-key (beside the default SQLite database),
// so a single-machine install signs with the same key across restarts.
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import { keyIdOf } from "./checkpoint-signature";

export type SigningKey = { privateKey: KeyObject; publicKeyPem: string; keyId: string };

// PKCS#8 wrapping of a bare 32-byte Ed25519 seed (RFC 8410): lets operators paste just the seed.
const ED25519_PKCS8_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");

/** Reads a private key given as PEM (literal "\n" allowed, as env files often hold it) or base64 DER / seed. */
export function parseSigningKey(text: string): KeyObject {
  const trimmed = text.trim();
  let key: KeyObject;
  if (trimmed.includes("-----BEGIN")) {
    key = createPrivateKey(trimmed.replaceAll("\\n", "\n"));
  } else {
    const bytes = Buffer.from(trimmed, "base64");
    const der = bytes.length === 32 ? Buffer.concat([ED25519_PKCS8_PREFIX, bytes]) : bytes;
    key = createPrivateKey({ key: der, format: "der", type: "pkcs8" });
  }
  if (key.asymmetricKeyType !== "ed25519") {
    throw new Error(`VIGIL_AUDIT_SIGNING_KEY must be an Ed25519 private key, not ${key.asymmetricKeyType ?? "an unknown type"}`);
  }
  return key;
}

export function signingKeyFrom(privateKey: KeyObject): SigningKey {
  const publicKeyPem = createPublicKey(privateKey).export({ type: "spki", format: "pem" }).toString();
  return { privateKey, publicKeyPem, keyId: keyIdOf(publicKeyPem) };
}

/** The generated key's file; relative to the working directory, as the default database is. */
export function generatedKeyPath(): string {
  return path.resolve("data/audit-signing-key");
}

/** The PEM in `file`, generating a new key into it first if there is none. */
export function loadOrCreateKeyFile(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    const { privateKey } = generateKeyPairSync("ed25519");
    const pem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    try {
      // "wx": if another process got there first, its key wins and we read it back.
      writeFileSync(file, pem, { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    return readFileSync(file, "utf8");
  }
}

const holder = globalThis as unknown as { vigilAuditSigningKey?: SigningKey };

export function signingKey(): SigningKey {
  holder.vigilAuditSigningKey ??= signingKeyFrom(parseSigningKey(env.VIGIL_AUDIT_SIGNING_KEY ?? loadOrCreateKeyFile(generatedKeyPath())));
  return holder.vigilAuditSigningKey;
}
