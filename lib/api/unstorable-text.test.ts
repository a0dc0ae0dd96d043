import { describe, expect, it } from "vitest";
import { hasUnstorableText, isUnstorableText } from "./unstorable-text";

describe("hasUnstorableText", () => {
  it("finds U+0000 in any string or key, however deep", () => {
    expect(hasUnstorableText({ a: [{ b: "ok" }, "fine"] })).toBe(false);
    expect(hasUnstorableText({ a: [{ b: "x\u0000y" }] })).toBe(true);
    expect(hasUnstorableText({ ["k\u0000"]: 1 })).toBe(true);
    expect(hasUnstorableText(["\u0000"])).toBe(true);
    expect(hasUnstorableText(null)).toBe(false);
    expect(hasUnstorableText(JSON.parse('{"a":"\\u0000"}'))).toBe(true);
  });

  it("finds lone surrogates, and leaves real astral characters alone", () => {
    expect(hasUnstorableText(JSON.parse('["\\ud800"]'))).toBe(true);
    expect(hasUnstorableText(["tail \udc00"])).toBe(true);
    expect(hasUnstorableText(["emoji 🛡️ and 中文"])).toBe(false);
  });
});

describe("isUnstorableText", () => {
  it("recognises PostgreSQL's refusals, directly or wrapped by Prisma's driver adapter", () => {
    expect(isUnstorableText({ code: "22021", message: "x" })).toBe(true);
    expect(isUnstorableText(new Error("wrapped", { cause: { message: 'invalid byte sequence for encoding "UTF8": 0x00' } }))).toBe(true);
    expect(isUnstorableText({ code: "P2010", meta: { message: "unsupported Unicode escape sequence" } })).toBe(true);
    expect(isUnstorableText({ code: "22P02", message: "invalid input syntax for type json", detail: "Unicode low surrogate must follow a high surrogate." })).toBe(true);
  });

  it("leaves every other error alone", () => {
    expect(isUnstorableText(new Error("connection refused"))).toBe(false);
    expect(isUnstorableText({ code: "23505" })).toBe(false);
    expect(isUnstorableText({ code: "22P02", message: 'invalid input syntax for type integer: "x"' })).toBe(false);
    expect(isUnstorableText(undefined)).toBe(false);
  });
});
