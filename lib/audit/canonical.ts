// Canonical JSON (keys sorted, no whitespace) so the same event always hashes the same,
// on either database and in any process. Client-safe and pure.
// Written for speed, as verification canonicalises a million events in a few seconds: no
// intermediate arrays of entries, keys sorted only when they are not in order already. The
// output is exactly that of the straightforward definition (canonical.test.ts checks it).
import { createHash, hash as oneShotHash } from "node:crypto";

function canonicalObject(value: Record<string, unknown>): string {
  const keys = Object.keys(value);
  for (let i = 1; i < keys.length; i++) {
    // Default sort compares UTF-16 code units, the order the chain has always used.
    if (keys[i - 1] > keys[i]) {
      keys.sort();
      break;
    }
  }
  let out = "{";
  let first = true;
  for (const key of keys) {
    const item = value[key];
    if (item === undefined) continue;
    out += `${first ? "" : ","}${JSON.stringify(key)}:${canonicalJson(item)}`;
    first = false;
  }
  return `${out}}`;
}

export function canonicalJson(value: unknown): string {
  // Finite numbers print as JSON.stringify prints them; strings still need its escaping.
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) {
    let out = "[";
    for (let i = 0; i < value.length; i++) out += `${i ? "," : ""}${canonicalJson(value[i])}`;
    return `${out}]`;
  }
  return canonicalObject(value as Record<string, unknown>);
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

/**
 * canonicalJson of the chained fields from parts already in canonical form (`atIso` from
 * toISOString, `detailsJson` canonical JSON), keys written in sorted order directly.
 */
export function canonicalEventFrom(
  action: string,
  actor: string,
  actorId: string | null,
  atIso: string,
  detailsJson: string,
  seq: number,
  target: string | null,
): string {
  return (
    `{"action":${JSON.stringify(action)},"actor":${JSON.stringify(actor)},"actorId":${JSON.stringify(actorId)},` +
    `"at":"${atIso}","details":${detailsJson},"seq":${JSON.stringify(seq)},"target":${JSON.stringify(target)}}`
  );
}

/** canonicalJson of the chained fields. */
export function canonicalEvent(event: ChainedFields): string {
  // An undefined member is left out; rare enough to take the general path.
  if (event.details === undefined || event.actorId === undefined || event.target === undefined) return canonicalJson(event);
  const { action, actor, actorId, at, details, seq, target } = event;
  return canonicalEventFrom(action, actor, actorId, at.toISOString(), canonicalJson(details), seq, target);
}

// node:crypto's one-shot hash (Node ≥ 20.12) skips creating a Hash object per event.
const sha256Hex: (data: string) => string =
  typeof oneShotHash === "function" ? (data) => oneShotHash("sha256", data, "hex") : (data) => createHash("sha256").update(data).digest("hex");

/** hash = sha256(prevHash ‖ canonical JSON of the event's fields). */
export function chainHash(prevHash: string, event: ChainedFields): string {
  return sha256Hex(prevHash + canonicalEvent(event));
}

/** chainHash when the canonical JSON is already built (see canonicalEventFrom). */
export function chainHashOf(prevHash: string, canonicalEventJson: string): string {
  return sha256Hex(prevHash + canonicalEventJson);
}
