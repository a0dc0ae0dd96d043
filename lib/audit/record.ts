import "server-only";
// Appends to the audit hash chain. Writes are serialised (PostgreSQL: an advisory lock;
// SQLite: one writer at a time) so every event links to exactly the one before it.
import { getDb, type Prisma } from "@/lib/db/client";
import { canonicalJson, chainHash, GENESIS_HASH } from "./canonical";

export type Actor = { id?: string | null; label: string };

export type AuditInput = {
  actor: Actor;
  action: string;
  target?: string | null;
  details?: Record<string, unknown>;
};

const AUDIT_LOCK_KEY = 7_041_977;

export type Tx = Parameters<Parameters<Prisma["$transaction"]>[0]>[0];

/**
 * Holds the chain's write lock until `tx` ends (PostgreSQL; SQLite has one writer anyway), for
 * work that must see the chain's head and append after it without a writer in between.
 */
export async function lockAuditChain(tx: Tx): Promise<void> {
  if (getDb().provider === "postgresql") await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
}

async function appendIn(tx: Tx, input: AuditInput) {
  await lockAuditChain(tx);
  const last = await tx.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
  const fields = {
    seq: (last?.seq ?? 0) + 1,
    at: new Date(),
    actorId: input.actor.id ?? null,
    actor: input.actor.label,
    action: input.action,
    target: input.target ?? null,
    details: input.details ?? {},
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  // Stored with its keys in canonical order: on SQLite the text is then exactly what was
  // hashed, and verification hashes it without parsing it.
  const details = JSON.parse(canonicalJson(fields.details)) as object;
  return tx.auditEvent.create({
    data: { ...fields, details, prevHash, hash: chainHash(prevHash, fields) },
  });
}

/** Records an action; pass `tx` to make it part of the caller's transaction. */
export async function recordAudit(input: AuditInput, tx?: Tx) {
  const { prisma } = getDb();
  if (tx) return appendIn(tx, input);
  return prisma.$transaction((inner) => appendIn(inner, input));
}
