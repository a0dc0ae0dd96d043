import "server-only";
// API keys: `vgl_<prefix>_<secret>`. Only sha256(secret) is stored; the whole key is shown once.
// A key is high-entropy, so a fast hash suffices and ingest stays fast.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { prisma } from "@/lib/db/client";
import type { Tx } from "@/lib/audit/record";
import { API_KEY_SCOPES, type ApiKeyScope } from "./permissions";

const KEY_PATTERN = /^vgl_([a-z0-9]{10})_([A-Za-z0-9_-]{43})$/;
const LAST_USED_RESOLUTION_MS = 60_000;

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

export type ApiKeyPrincipal = { id: string; name: string; scopes: ApiKeyScope[] };

export function isApiKeyScope(scope: string): scope is ApiKeyScope {
  return (API_KEY_SCOPES as readonly string[]).includes(scope);
}

/** Pass `tx` to create the key in the caller's transaction (with its audit event). */
export async function createApiKey(input: { name: string; scopes: ApiKeyScope[]; createdById?: string }, tx?: Tx) {
  const prefix = randomBytes(8).toString("hex").slice(0, 10);
  const secret = randomBytes(32).toString("base64url");
  const row = await (tx ?? prisma()).apiKey.create({
    data: { name: input.name, prefix, hash: sha256(secret), scopes: input.scopes, createdById: input.createdById },
  });
  return { id: row.id, name: row.name, scopes: input.scopes, key: `vgl_${prefix}_${secret}` };
}

/** The key's principal, or undefined for a malformed, unknown, wrong or revoked key. */
export async function authenticateApiKey(key: string): Promise<ApiKeyPrincipal | undefined> {
  const match = KEY_PATTERN.exec(key);
  if (!match) return undefined;
  const [, prefix, secret] = match;
  const row = await prisma().apiKey.findUnique({ where: { prefix } });
  if (!row || row.revokedAt) return undefined;
  const expected = Buffer.from(row.hash, "hex");
  const actual = Buffer.from(sha256(secret), "hex");
  if (!timingSafeEqual(expected, actual)) return undefined;
  const now = Date.now();
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await prisma().apiKey.update({ where: { id: row.id }, data: { lastUsedAt: new Date(now) } });
  }
  const scopes = (row.scopes as string[]).filter(isApiKeyScope);
  return { id: row.id, name: row.name, scopes };
}
