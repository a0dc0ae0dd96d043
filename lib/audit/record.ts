import "server-only";
// Appends to the audit hash chain. Writes are serialised (PostgreSQL: an advisory lock;
// SQLite: one writer at a time) so every event links to exactly the one before it.
import { getDb, type Prisma } from "@/lib/db/client";
import { chainHash, GENESIS_HASH } from "./canonical";

export type Actor = { id?: string | null; label: string };

export type AuditInput = {
  actor: Actor;
  action: string;
  target?: string | null;
  details?: Record<string, unknown>;
};

const AUDIT_LOCK_KEY = 7_041_977;

type Tx = Parameters<Parameters<Prisma["$transaction"]>[0]>[0];

async function appendIn(tx: Tx, provider: string, input: AuditInput) {
  if (provider === "postgresql") await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
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
  return tx.auditEvent.create({
    data: { ...fields, details: fields.details as object, prevHash, hash: chainHash(prevHash, fields) },
  });
}

/** Records an action; pass `tx` to make it part of the caller's transaction. */
export async function recordAudit(input: AuditInput, tx?: Tx) {
  const { prisma, provider } = getDb();
  if (tx) return appendIn(tx, provider, input);
  return prisma.$transaction((inner) => appendIn(inner, provider, input));
}
