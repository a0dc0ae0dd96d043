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

describe("hasUnstorableText given the JSON text", () => {
  const texts = [
    String.raw`{"host":"ws-1","note":"plain text, emoji 🛡️ and 中文"}`,
    String.raw`{"note":"nul \u0000 here"}`,
    String.raw`{"k\u0000ey":1}`,
    String.raw`["lone high \ud800"]`,
    String.raw`["lone low \uDC00 upper-case"]`,
    String.raw`["a pair \ud83d\ude00 is fine"]`,
    String.raw`["an escaped backslash \\u0000 is not a NUL"]`,
    String.raw`{"deep":[{"x":["\u0041\u00e9"]}]}`,
  ];

  it("answers as the full walk does, for every text", () => {
    for (const text of texts) expect(hasUnstorableText(JSON.parse(text), text), text).toBe(hasUnstorableText(JSON.parse(text)));
  });

  it("finds escaped NULs and lone surrogates, and passes the rest", () => {
    expect(texts.map((text) => hasUnstorableText(JSON.parse(text), text))).toEqual([false, true, true, true, true, false, false, false]);
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
