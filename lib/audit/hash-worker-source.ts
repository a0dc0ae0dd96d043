// The code a verification worker thread runs: re-hash a batch of audit events and report the
// first whose content no longer matches its hash. Kept as source text and started with
// `eval`, so it needs no separate bundle entry in the Next.js server build. It mirrors
// canonical.ts (canonicalJson, canonicalEventFrom, chainHashOf); hash-worker-source.test.ts
// checks the two agree on random values.

/** Function definitions only: evaluated by the worker and by the test. */
export const HASH_FUNCTIONS_SOURCE = String.raw`
const { hash: oneShot, createHash } = require("node:crypto");
const sha256Hex = typeof oneShot === "function" ? (data) => oneShot("sha256", data, "hex") : (data) => createHash("sha256").update(data).digest("hex");
function canonicalObject(value) {
  const keys = Object.keys(value);
  for (let i = 1; i < keys.length; i++) {
    if (keys[i - 1] > keys[i]) { keys.sort(); break; }
  }
  let out = "{";
  let first = true;
  for (const key of keys) {
    const item = value[key];
    if (item === undefined) continue;
    out += (first ? "" : ",") + JSON.stringify(key) + ":" + canonicalJson(item);
    first = false;
  }
  return out + "}";
}
function canonicalJson(value) {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) {
    let out = "[";
    for (let i = 0; i < value.length; i++) out += (i ? "," : "") + canonicalJson(value[i]);
    return out + "]";
  }
  return canonicalObject(value);
}
function canonicalEventFrom(action, actor, actorId, atIso, detailsJson, seq, target) {
  return '{"action":' + JSON.stringify(action) + ',"actor":' + JSON.stringify(actor) + ',"actorId":' + JSON.stringify(actorId) +
    ',"at":"' + atIso + '","details":' + detailsJson + ',"seq":' + JSON.stringify(seq) + ',"target":' + JSON.stringify(target) + "}";
}
// PostgreSQL prints timestamp(3) as "2026-11-01 12:00:00.12" (fraction trimmed, or absent);
// SQLite (through Prisma) keeps epoch milliseconds.
const PG_TIMESTAMP = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,6})?$/;
function atToIso(at) {
  if (typeof at === "number") return new Date(at).toISOString();
  const text = String(at);
  if (PG_TIMESTAMP.test(text)) return text.slice(0, 10) + "T" + text.slice(11, 19) + "." + text.slice(20, 23).padEnd(3, "0") + "Z";
  return (/^\d+$/.test(text) ? new Date(Number(text)) : new Date(text.includes("T") ? text : text.replace(" ", "T") + "Z")).toISOString();
}
/** row, as read: [seq, at, actorId, actor, action, target, detailsText, prevHash, hash] */
function rowMatches(row, tryStoredText) {
  const [seqRaw, at, actorId, actor, action, target, detailsText, prevHash, hash] = row;
  const seq = Number(seqRaw);
  let atIso;
  try { atIso = atToIso(at); } catch { return false; }
  if (tryStoredText && sha256Hex(prevHash + canonicalEventFrom(action, actor, actorId, atIso, detailsText, seq, target)) === hash) return true;
  let details;
  try { details = JSON.parse(detailsText); } catch { return false; }
  return sha256Hex(prevHash + canonicalEventFrom(action, actor, actorId, atIso, canonicalJson(details), seq, target)) === hash;
}
/** Index of the first row that fails, or -1. */
function firstMismatch(rows, tryStoredText) {
  for (let i = 0; i < rows.length; i++) if (!rowMatches(rows[i], tryStoredText)) return i;
  return -1;
}
`;

export const HASH_WORKER_SOURCE = `${HASH_FUNCTIONS_SOURCE}
const { parentPort } = require("node:worker_threads");
parentPort.on("message", ({ id, rows, tryStoredText }) => {
  parentPort.postMessage({ id, bad: firstMismatch(rows, tryStoredText) });
});
`;
