// Canonical JSON (keys sorted, no whitespace) so the same event always hashes the same,
// on either database and in any process. Client-safe and pure.
import { createHash } from "node:crypto";

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export const GENESIS_HASH = "0".repeat(64);

export type ChainedFields = {
  seq: number;
  at: Date;
  actorId: string | null;
  actor: string;
  action: string;
  target: string | null;
  details: unknown;
};

/** hash = sha256(prevHash ‖ canonical JSON of the event's fields). */
export function chainHash(prevHash: string, event: ChainedFields): string {
  return createHash("sha256").update(prevHash).update(canonicalJson(event)).digest("hex");
}
