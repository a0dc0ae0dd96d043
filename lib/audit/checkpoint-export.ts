import "server-only";
// Checkpoints as a self-contained JSON document: with the public keys and the exact signed
// message, anyone can check them with any Ed25519 library, far from Vigil and its database.
import { recordAudit, type Actor } from "./record";
import { decodeTime, rawRead } from "./raw-read";
import { signingKey } from "./signing-key";
import type { CheckpointExport } from "./schemas";

type Row = { id: number; seq: number; hash: string; at: unknown; keyId: string; publicKey: string; signature: string; createdBy: string };

export async function exportCheckpoints(actor: Actor): Promise<CheckpointExport> {
  const rows = await rawRead<Row>(
    `SELECT "id", "seq", "hash", "at", "keyId", "publicKey", "signature", "createdBy" FROM "AuditCheckpoint" ORDER BY "id"`,
  );
  const keys = new Map<string, string>();
  for (const row of rows) keys.set(row.keyId, row.publicKey);
  const current = signingKey();
  keys.set(current.keyId, current.publicKeyPem);
  const exportedAt = new Date().toISOString();
  await recordAudit({ actor, action: "audit.checkpoints_exported", target: "audit-checkpoints", details: { count: rows.length, keyId: current.keyId } });
  return {
    format: "vigil.audit-checkpoints.v1",
    exportedAt,
    exportedBy: actor.label,
    algorithm: "Ed25519",
    signedMessage: 'UTF-8 bytes of {"at":"<at>","hash":"<hash>","seq":<seq>} — keys in this order, no spaces, at as ISO 8601 UTC with milliseconds',
    currentKeyId: current.keyId,
    keys: [...keys].map(([keyId, publicKey]) => ({ keyId, publicKey })),
    checkpoints: rows.map((row) => ({
      id: Number(row.id),
      seq: Number(row.seq),
      hash: row.hash,
      at: decodeTime(row.at).toISOString(),
      keyId: row.keyId,
      signature: row.signature,
      createdBy: row.createdBy,
    })),
    howToVerify: [
      "Keep this file (or at least its keys) somewhere the database administrators cannot change.",
      "For each checkpoint: build the signed message from its at, hash and seq, and check the base64 signature with the PEM public key whose keyId matches (Ed25519).",
      "keyId is the hex SHA-256 of the public key in DER (SPKI) form: openssl pkey -pubin -outform DER | sha256sum.",
      "Then compare with the live chain: the audit event with that seq must still carry that hash (GET /api/v1/audit/events?…, or the Audit page).",
      "Node: crypto.verify(null, Buffer.from(message), crypto.createPublicKey(pem), Buffer.from(signature, 'base64')).",
    ],
  };
}
