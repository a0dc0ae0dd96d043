import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { canonicalEventFrom, canonicalJson, chainHashOf, GENESIS_HASH } from "./canonical";
import { HASH_FUNCTIONS_SOURCE } from "./hash-worker-source";

type WorkerFunctions = {
  canonicalJson: (value: unknown) => string;
  firstMismatch: (rows: unknown[][], tryStoredText: boolean) => number;
};

// Evaluate the worker's functions here, as the worker thread would.
const worker = new Function("require", `${HASH_FUNCTIONS_SOURCE}; return { canonicalJson, firstMismatch };`)(createRequire(import.meta.url)) as WorkerFunctions;

function random(seed: number) {
  let state = seed >>> 0;
  return () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function value(next: () => number, depth: number): unknown {
  const kind = Math.floor(next() * (depth > 3 ? 5 : 8));
  if (kind === 0) return null;
  if (kind === 1) return next() < 0.5;
  if (kind === 2) return (next() - 0.5) * 10 ** Math.floor(next() * 30 - 10);
  if (kind === 3) return ["", "é", "😀", "\n\"\\", "\u0001", "a,b"][Math.floor(next() * 6)] + Math.floor(next() * 9);
  if (kind === 4) return undefined;
  if (kind === 5) return Array.from({ length: Math.floor(next() * 4) }, () => value(next, depth + 1));
  const object: Record<string, unknown> = {};
  for (let i = Math.floor(next() * 5); i > 0; i--) object[["b", "a", "10", "2", "Z", "é", "aa"][Math.floor(next() * 7)]] = value(next, depth + 1);
  return object;
}

describe("the verification worker's code", () => {
  it("canonicalises exactly as canonical.ts does", () => {
    const next = random(3);
    for (let i = 0; i < 20_000; i++) {
      const v = value(next, 0);
      expect(worker.canonicalJson(v)).toBe(canonicalJson(v));
    }
  });

  it("accepts intact events and finds the first altered one, from canonical or other stored text", () => {
    const rows: unknown[][] = [];
    let prevHash = GENESIS_HASH;
    for (let seq = 1; seq <= 50; seq++) {
      const details = { z: seq, a: { y: [1, "é"], b: null } };
      const atIso = new Date(Date.UTC(2026, 10, 1, 0, 0, seq)).toISOString();
      const hash = chainHashOf(prevHash, canonicalEventFrom("label.recorded", "ana", null, atIso, canonicalJson(details), seq, `alert:${seq}`));
      rows.push([seq, atIso, null, "ana", "label.recorded", `alert:${seq}`, seq % 2 ? canonicalJson(details) : JSON.stringify(details), prevHash, hash]);
      prevHash = hash;
    }
    expect(worker.firstMismatch(rows, true)).toBe(-1);
    expect(worker.firstMismatch(rows, false)).toBe(-1);
    rows[30] = [...rows[30]];
    rows[30][3] = "mallory";
    expect(worker.firstMismatch(rows, true)).toBe(30);
    rows[12] = [...rows[12]];
    rows[12][6] = "{broken";
    expect(worker.firstMismatch(rows, true)).toBe(12);
  });

  it("is not fooled by moving text between the stored details and the columns around them", () => {
    const details = canonicalJson({ verdict: "TRUE_POSITIVE" });
    const atIso = "2026-11-01T00:00:00.000Z";
    const hash = chainHashOf(GENESIS_HASH, canonicalEventFrom("label.recorded", "ana", null, atIso, details, 1, "alert:1"));
    const intact = [1, Date.parse(atIso), null, "ana", "label.recorded", "alert:1", details, GENESIS_HASH, hash];
    expect(worker.firstMismatch([intact], true)).toBe(-1);
    // the target moved into the details text: the concatenation cannot read the same
    const shifted = [...intact];
    shifted[5] = null;
    shifted[6] = `${details},"seq":1,"target":"alert:1"`;
    expect(worker.firstMismatch([shifted], true)).toBe(0);
  });

  it("reads the time as each database keeps it", () => {
    const details = "{}";
    const atIso = "2026-11-01T12:00:00.120Z";
    const hash = chainHashOf(GENESIS_HASH, canonicalEventFrom("a", "b", null, atIso, details, 1, null));
    const row = (at: unknown) => [1, at, null, "b", "a", null, details, GENESIS_HASH, hash];
    expect(worker.firstMismatch([row(Date.parse(atIso)), row("2026-11-01 12:00:00.12"), row(String(Date.parse(atIso)))], true)).toBe(-1);
    const whole = "2026-11-01T12:00:00.000Z";
    const hashWhole = chainHashOf(GENESIS_HASH, canonicalEventFrom("a", "b", null, whole, details, 1, null));
    expect(worker.firstMismatch([[1, "2026-11-01 12:00:00", null, "b", "a", null, details, GENESIS_HASH, hashWhole]], true)).toBe(-1);
  });
});
