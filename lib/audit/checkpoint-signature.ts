// What a checkpoint signs and how the signature is checked: Ed25519 over the canonical JSON of
// { at, hash, seq }. No I/O, so the same code (or twenty lines of anyone's) can check an
// exported checkpoint far from the database.
import { createHash, createPublicKey, sign, verify, type KeyObject } from "node:crypto";
import { canonicalJson } from "./canonical";

export type CheckpointClaim = { seq: number; hash: string; at: Date | string };

/** The exact bytes signed: canonical JSON (sorted keys, no spaces), `at` as ISO 8601 UTC. */
export function checkpointPayload(claim: CheckpointClaim): string {
  const at = typeof claim.at === "string" ? new Date(claim.at).toISOString() : claim.at.toISOString();
  return canonicalJson({ at, hash: claim.hash, seq: claim.seq });
}

export function signClaim(claim: CheckpointClaim, privateKey: KeyObject): string {
  return sign(null, Buffer.from(checkpointPayload(claim)), privateKey).toString("base64");
}

export function verifyClaim(claim: CheckpointClaim, signature: string, publicKeyPem: string): boolean {
  try {
    return verify(null, Buffer.from(checkpointPayload(claim)), createPublicKey(publicKeyPem), Buffer.from(signature, "base64"));
  } catch {
    // a malformed key or signature is simply not a valid signature
    return false;
  }
}

/** sha256 of the public key's SPKI DER, hex: names a key without trusting any stored label. */
export function keyIdOf(publicKeyPem: string): string {
  const der = createPublicKey(publicKeyPem).export({ type: "spki", format: "der" });
  return createHash("sha256").update(der).digest("hex");
}
