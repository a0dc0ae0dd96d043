import { describe, expect, it } from "vitest";
import { jsonDepth } from "./json-depth";

describe("jsonDepth", () => {
  it("counts nesting of arrays and objects", () => {
    expect(jsonDepth("1")).toBe(0);
    expect(jsonDepth("[]")).toBe(1);
    expect(jsonDepth('{"a":[1,{"b":[]}]}')).toBe(4);
    expect(jsonDepth('[{"a":1},{"b":2}]')).toBe(2);
  });

  it("ignores brackets inside strings, escaped quotes included", () => {
    expect(jsonDepth('{"a":"[[[[{{{{"}')).toBe(1);
    expect(jsonDepth('{"a":"quote \\" [[[ still a string"}')).toBe(1);
    expect(jsonDepth('["\\\\", [1]]')).toBe(2);
  });

  it("stops early past the limit, however deep the text goes", () => {
    const deep = "[".repeat(1_000_000) + "]".repeat(1_000_000);
    expect(jsonDepth(deep, 64)).toBe(65);
    expect(jsonDepth(deep)).toBe(1_000_000);
  });

  it("agrees with the structure JSON.parse sees, for each NDJSON line alike", () => {
    const lines = ['{"x":{"y":{"z":[1]}}}', '{"x":1}'].join("\n");
    expect(jsonDepth(lines)).toBe(4);
  });
});
