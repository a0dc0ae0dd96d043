import "server-only";
// API keys as administrators manage them: list (never the secret or its hash), create (the
// secret is returned once), revoke. Each change lands in the audit trail in the same
// transaction, so a key never exists without the record of who made it.
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/api/errors";
import { recordAudit, type Actor } from "@/lib/audit/record";
import type { ApiKeyCreated, ApiKeyCreateIn, ApiKeyList, ApiKeyRow } from "@/lib/users/schemas";
import { createApiKey } from "./api-keys";

const SELECT = {
  id: true,
  name: true,
  prefix: true,
  scopes: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
  createdBy: { select: { email: true } },
} as const;

type Selected = { id: string; name: string; prefix: string; scopes: unknown; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null; createdBy: { email: string } | null };

const toRow = (key: Selected): ApiKeyRow => ({
  id: key.id,
  name: key.name,
  prefix: key.prefix,
  scopes: Array.isArray(key.scopes) ? (key.scopes as string[]) : [],
  createdBy: key.createdBy?.email ?? null,
  createdAt: key.createdAt.toISOString(),
  lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
  revokedAt: key.revokedAt?.toISOString() ?? null,
});

/** Active keys first (newest first), then revoked ones. */
export async function listApiKeys(): Promise<ApiKeyList> {
  const rows = await prisma().apiKey.findMany({ select: SELECT, orderBy: { createdAt: "desc" } });
  const keys = rows.map(toRow);
  return { keys: [...keys.filter((k) => !k.revokedAt), ...keys.filter((k) => k.revokedAt)] };
}

export async function createApiKeyFor(input: ApiKeyCreateIn, actor: Actor & { id: string }): Promise<ApiKeyCreated> {
  return prisma().$transaction(async (tx) => {
    const created = await createApiKey({ name: input.name, scopes: input.scopes, createdById: actor.id }, tx);
    await recordAudit({ actor, action: "apikey.created", target: `apikey:${created.id}`, details: { name: input.name, scopes: input.scopes } }, tx);
    const row = await tx.apiKey.findUniqueOrThrow({ where: { id: created.id }, select: SELECT });
    return { key: toRow(row), secret: created.key };
  });
}

/** Revoking is immediate (every request re-reads the key) and final; revoking twice changes nothing. */
export async function revokeApiKey(id: string, actor: Actor): Promise<ApiKeyRow> {
  return prisma().$transaction(async (tx) => {
    const { count } = await tx.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
    const row = await tx.apiKey.findUnique({ where: { id }, select: SELECT });
    if (!row) throw notFound("No such API key");
    if (count) await recordAudit({ actor, action: "apikey.revoked", target: `apikey:${id}`, details: { name: row.name, prefix: row.prefix } }, tx);
    return toRow(row);
  });
}
