import { createHash, createPublicKey, generateKeyPairSync, verify } from "node:crypto";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkpointPayload, keyIdOf, signClaim, verifyClaim } from "./checkpoint-signature";
import { loadOrCreateKeyFile, parseSigningKey, signingKeyFrom } from "./signing-key";

const { privateKey } = generateKeyPairSync("ed25519");
const pem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
const key = signingKeyFrom(parseSigningKey(pem));
const claim = { seq: 1234, hash: "a".repeat(64), at: new Date("2026-11-24T09:00:00.123Z") };

describe("checkpoint signatures", () => {
  it("sign exactly {at, hash, seq} as canonical JSON", () => {
    expect(checkpointPayload(claim)).toBe(`{"at":"2026-11-24T09:00:00.123Z","hash":"${"a".repeat(64)}","seq":1234}`);
    expect(checkpointPayload({ ...claim, at: "2026-11-24T10:00:00.123+01:00" })).toBe(checkpointPayload(claim));
  });

  it("check out with nothing but the public key and the documented message (as outside Vigil)", () => {
    const signature = signClaim(claim, key.privateKey);
    const message = `{"at":"2026-11-24T09:00:00.123Z","hash":"${claim.hash}","seq":${claim.seq}}`;
    expect(verify(null, Buffer.from(message), createPublicKey(key.publicKeyPem), Buffer.from(signature, "base64"))).toBe(true);
    expect(verifyClaim(claim, signature, key.publicKeyPem)).toBe(true);
  });

  it("fail for any change to the claim, another key, or garbage", () => {
    const signature = signClaim(claim, key.privateKey);
    expect(verifyClaim({ ...claim, seq: 1235 }, signature, key.publicKeyPem)).toBe(false);
    expect(verifyClaim({ ...claim, hash: "b".repeat(64) }, signature, key.publicKeyPem)).toBe(false);
    expect(verifyClaim({ ...claim, at: new Date(claim.at.getTime() + 1) }, signature, key.publicKeyPem)).toBe(false);
    const other = signingKeyFrom(generateKeyPairSync("ed25519").privateKey);
    expect(verifyClaim(claim, signature, other.publicKeyPem)).toBe(false);
    expect(verifyClaim(claim, "not base64 at all", key.publicKeyPem)).toBe(false);
    expect(verifyClaim(claim, signature, "not a key")).toBe(false);
  });

  it("name a key by the sha256 of its DER public key", () => {
    const der = createPublicKey(key.publicKeyPem).export({ type: "spki", format: "der" });
    expect(key.keyId).toBe(createHash("sha256").update(der).digest("hex"));
    expect(keyIdOf(key.publicKeyPem)).toBe(key.keyId);
  });
});

describe("VIGIL_AUDIT_SIGNING_KEY", () => {
  it("is read as PEM, PEM with escaped newlines, base64 DER, or a base64 32-byte seed", () => {
    const der = privateKey.export({ type: "pkcs8", format: "der" });
    const seed = der.subarray(der.length - 32);
    for (const text of [pem, pem.replaceAll("\n", "\\n"), der.toString("base64"), seed.toString("base64")]) {
      expect(signingKeyFrom(parseSigningKey(text)).keyId).toBe(key.keyId);
    }
  });

  it("refuses a key that is not Ed25519", () => {
    const rsa = generateKeyPairSync("rsa", { modulusLength: 1024 }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    expect(() => parseSigningKey(rsa)).toThrow(/Ed25519/);
  });
});

describe("the generated key file", () => {
  it("is created once, private to its owner, and read back on every later start", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "vigil-key-"));
    try {
      const file = path.join(dir, "data", "audit-signing-key");
      const first = loadOrCreateKeyFile(file);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(loadOrCreateKeyFile(file)).toBe(first);
      expect(parseSigningKey(first).asymmetricKeyType).toBe("ed25519");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
