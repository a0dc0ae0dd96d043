import "server-only";
// Signed checkpoints: created after a successful verification, checked by every later one.
// A checkpoint pins (seq, hash) under a signature the database cannot forge, so a chain that
// was rewritten consistently from some point on, or cut short at the end, still shows up.
import { getDb } from "@/lib/db/client";
import { lockAuditChain, recordAudit, type Actor } from "./record";
import { decodeTime, rawRead } from "./raw-read";
import { keyIdOf, signClaim, verifyClaim } from "./checkpoint-signature";
import { signingKey } from "./signing-key";
import type { ChainBreak } from "./chain-check";
import type { CheckpointProblem, CheckpointView } from "./schemas";

export type { CheckpointProblem, CheckpointView };

export type CheckpointCheck = {
  total: number;
  /** signature valid and (when the chain reached it) hash equal to the chain's */
  verified: number;
  /** signed by a key other than this installation's current one (e.g. before a key rotation) */
  otherKey: number;
  problems: CheckpointProblem[];
};

type CheckpointRow = { id: number; seq: number; hash: string; at: unknown; keyId: string; publicKey: string; signature: string; createdBy: string };

const SELECT = `SELECT "id", "seq", "hash", "at", "keyId", "publicKey", "signature", "createdBy" FROM "AuditCheckpoint"`;

function view(row: CheckpointRow): CheckpointView {
  return {
    id: Number(row.id),
    seq: Number(row.seq),
    hash: row.hash,
    at: decodeTime(row.at).toISOString(),
    keyId: row.keyId,
    signature: row.signature,
    createdBy: row.createdBy,
  };
}

/** Checkpoints with their signatures already checked; the chain walk asks about each seq. */
export async function loadCheckpointsForVerify() {
  const rows = await rawRead<CheckpointRow>(`${SELECT} ORDER BY "seq", "id"`);
  const current = signingKey().keyId;
  const problems: CheckpointProblem[] = [];
  const bySeq = new Map<number, CheckpointView[]>();
  let otherKey = 0;
  for (const row of rows) {
    const checkpoint = view(row);
    // A stored keyId could be relabelled: derive it from the stored key instead.
    const keyId = (() => {
      try {
        return keyIdOf(row.publicKey);
      } catch {
        return "";
      }
    })();
    if (keyId !== row.keyId || !verifyClaim(checkpoint, row.signature, row.publicKey)) {
      problems.push({ id: checkpoint.id, seq: checkpoint.seq, problem: `checkpoint #${checkpoint.id} (event ${checkpoint.seq}) has an invalid signature: it was altered` });
      continue;
    }
    if (keyId !== current) otherKey++;
    const list = bySeq.get(checkpoint.seq) ?? [];
    list.push(checkpoint);
    bySeq.set(checkpoint.seq, list);
  }
  return {
    /** The break a checkpoint reveals at this event, if its signed hash differs from the chain's. */
    against(seq: number, hash: string): ChainBreak | undefined {
      const pinned = bySeq.get(seq);
      if (!pinned) return undefined;
      const differing = pinned.find((checkpoint) => checkpoint.hash !== hash);
      if (differing) {
        return {
          seq,
          reason: `event ${seq} differs from signed checkpoint #${differing.id} (${differing.at}): the chain up to it was rewritten`,
        };
      }
      return undefined;
    },
    /** The break a checkpoint past the chain's end reveals: events removed from the end. */
    beyond(lastSeq: number): ChainBreak | undefined {
      const past = [...bySeq.keys()].filter((seq) => seq > lastSeq).sort((a, b) => a - b)[0];
      if (past === undefined) return undefined;
      const checkpoint = bySeq.get(past)![0];
      return {
        seq: lastSeq + 1,
        reason: `signed checkpoint #${checkpoint.id} vouches for event ${past} but the chain ends at ${lastSeq}: events were removed from the end`,
      };
    },
    /** `confirmedSeq`: the last event confirmed; every valid checkpoint up to it matched the chain. */
    summary(confirmedSeq: number): CheckpointCheck {
      let verified = 0;
      for (const [seq, pinned] of bySeq) if (seq <= confirmedSeq) verified += pinned.length;
      return { total: rows.length, verified, otherKey, problems };
    },
  };
}

export async function listCheckpoints(limit = 50): Promise<CheckpointView[]> {
  const rows = await rawRead<CheckpointRow>(`${SELECT} ORDER BY "id" DESC LIMIT ?`, [limit]);
  return rows.map(view);
}

/**
 * Signs the verified head of the chain and records that in the chain itself, in one
 * transaction. Nothing new since the last checkpoint (other than recording that checkpoint):
 * no new checkpoint, so polling verification does not grow the table.
 */
export async function createCheckpoint(
  head: { seq: number; hash: string; action: string },
  actor: Actor,
  trigger: "verify" | "on_demand",
): Promise<{ checkpoint: CheckpointView; created: boolean }> {
  const key = signingKey();
  const { prisma } = getDb();
  return prisma.$transaction(async (tx) => {
    await lockAuditChain(tx);
    const last = await tx.auditCheckpoint.findFirst({ orderBy: { id: "desc" } });
    const nothingNew = last && (head.seq <= last.seq || (head.seq === last.seq + 1 && head.action === CHECKPOINT_ACTION));
    if (last && nothingNew) return { checkpoint: view({ ...last, at: last.at }), created: false };
    const at = new Date();
    const row = await tx.auditCheckpoint.create({
      data: {
        seq: head.seq,
        hash: head.hash,
        at,
        keyId: key.keyId,
        publicKey: key.publicKeyPem,
        signature: signClaim({ seq: head.seq, hash: head.hash, at }, key.privateKey),
        createdBy: actor.label,
      },
    });
    await recordAudit(
      { actor, action: CHECKPOINT_ACTION, target: `audit-checkpoint:${row.id}`, details: { seq: row.seq, hash: row.hash, keyId: row.keyId, trigger } },
      tx,
    );
    return { checkpoint: view({ ...row, at: row.at }), created: true };
  });
}

export const CHECKPOINT_ACTION = "audit.checkpoint_created";
