import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalEvent, canonicalJson, chainHash, GENESIS_HASH, type ChainedFields } from "./canonical";

// The straightforward definition the chain was first written with: the oracle for the fast one.
function reference(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(reference).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${reference(v)}`).join(",")}}`;
}

// A small seeded generator, so failures reproduce.
function random(seed: number) {
  let state = seed >>> 0;
  return () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const ATOMS = ["", "a", "é", "✓", "😀", "\u0000", "\n\"\\", "10", "Z", "z", "aa", "ab", "B"];

function randomValue(next: () => number, depth: number): unknown {
  const kind = Math.floor(next() * (depth > 3 ? 6 : 9));
  switch (kind) {
    case 0: return null;
    case 1: return next() < 0.5;
    case 2: return (next() - 0.5) * 10 ** Math.floor(next() * 20 - 5);
    case 3: return Math.floor(next() * 1000) - 500;
    case 4: return ATOMS[Math.floor(next() * ATOMS.length)] + String(Math.floor(next() * 3));
    case 5: return undefined;
    case 6: return new Date(Math.floor(next() * 4e12));
    case 7: return Array.from({ length: Math.floor(next() * 4) }, () => randomValue(next, depth + 1));
    default: {
      const object: Record<string, unknown> = {};
      for (let i = Math.floor(next() * 6); i > 0; i--) object[ATOMS[Math.floor(next() * ATOMS.length)] + (next() < 0.3 ? "x" : "")] = randomValue(next, depth + 1);
      return object;
    }
  }
}

describe("canonicalJson", () => {
  it("sorts keys by code unit, drops undefined members, writes no whitespace", () => {
    expect(canonicalJson({ b: 1, a: [3, { d: undefined, c: "x" }], "😀": true, Z: null })).toBe('{"Z":null,"a":[3,{"c":"x"}],"b":1,"😀":true}');
    expect(canonicalJson([undefined, new Date(Date.UTC(2026, 10, 1))])).toBe('[null,"2026-11-01T00:00:00.000Z"]');
    expect(canonicalJson(Number.NaN)).toBe("null");
  });

  it("equals the straightforward definition on 20,000 random values", () => {
    const next = random(42);
    for (let i = 0; i < 20_000; i++) {
      const value = randomValue(next, 0);
      expect(canonicalJson(value)).toBe(reference(value));
    }
  });

  it("is the same for the same content whatever the key order", () => {
    expect(canonicalJson({ a: 1, b: { c: 2, d: 3 } })).toBe(canonicalJson({ b: { d: 3, c: 2 }, a: 1 }));
  });
});

describe("chainHash", () => {
  const event: ChainedFields = {
    seq: 7,
    at: new Date("2026-11-01T12:00:00.123Z"),
    actorId: null,
    actor: "ana@example.org",
    action: "label.recorded",
    target: "alert:42",
    details: { verdict: "TRUE_POSITIVE", note: "line\nbreak" },
  };

  it("writes the event's fields exactly as canonicalJson would", () => {
    const next = random(7);
    for (let i = 0; i < 2_000; i++) {
      const fields: ChainedFields = {
        seq: Math.floor(next() * 1e9),
        at: new Date(Math.floor(next() * 4e12)),
        actorId: next() < 0.5 ? null : String(randomValue(next, 4)),
        actor: String(randomValue(next, 4)),
        action: String(randomValue(next, 4)),
        target: next() < 0.3 ? null : String(randomValue(next, 4)),
        details: randomValue(next, 0),
      };
      expect(canonicalEvent(fields)).toBe(reference(fields));
    }
  });

  it("is sha256(prevHash ‖ canonical JSON), independent of the implementation", () => {
    const expected = createHash("sha256").update(GENESIS_HASH).update(reference(event)).digest("hex");
    expect(chainHash(GENESIS_HASH, event)).toBe(expected);
    expect(chainHash(GENESIS_HASH, { ...event, actor: "mallory" })).not.toBe(expected);
    expect(chainHash("1".repeat(64), event)).not.toBe(expected);
  });
});
