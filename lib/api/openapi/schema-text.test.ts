import { describe, expect, it } from "vitest";
import { z } from "zod";
import { toJsonSchema } from "./json-schema";
import { describeSchema, schemaRows } from "./schema-text";

describe("describeSchema", () => {
  it("says type and constraints in plain words", () => {
    expect(describeSchema(toJsonSchema(z.number().min(0).max(1), "input"))).toBe("number, 0 – 1");
    expect(describeSchema(toJsonSchema(z.string().min(1).max(64), "input"))).toBe("string, 1 – 64 chars");
    expect(describeSchema(toJsonSchema(z.iso.datetime({ offset: true }), "input"))).toBe("string, date-time");
    expect(describeSchema(toJsonSchema(z.enum(["NEW", "RESOLVED"]), "input"))).toBe("one of NEW | RESOLVED");
    expect(describeSchema(toJsonSchema(z.string().nullable(), "output"))).toBe("string, or null");
    expect(describeSchema(toJsonSchema(z.array(z.number().int()).max(3), "input"))).toBe("array of integer, ≤ 3 items");
    expect(describeSchema(toJsonSchema(z.coerce.number().int().min(1).default(50), "input"))).toBe("integer, ≥ 1, default 50");
    expect(describeSchema({ $ref: "#/components/schemas/AlertRow" })).toBe("AlertRow");
    expect(describeSchema(toJsonSchema(z.record(z.string(), z.number()), "input"))).toBe("map of number");
  });
});

describe("schemaRows", () => {
  it("lists fields depth-first with required marks", () => {
    const schema = toJsonSchema(z.object({ a: z.string(), b: z.object({ c: z.number().optional() }).optional() }), "input");
    expect(schemaRows(schema)).toEqual([
      { name: "a", required: true, type: "string", depth: 0 },
      { name: "b", required: false, type: "object", depth: 0 },
      { name: "c", required: false, type: "number", depth: 1 },
    ]);
  });
});
