// zod → JSON Schema (draft 2020-12, the dialect OpenAPI 3.1 uses), tidied for reading. Client-safe.
import { z } from "zod";

export type JsonSchema = { [key: string]: unknown };

/**
 * `io: "input"` describes what a client sends (defaults optional, before transforms);
 * "output" what the server returns. Values JSON cannot carry (dates, preprocessors) are
 * described as "any" rather than failing the whole document.
 */
export function toJsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const json = z.toJSONSchema(schema, { io, target: "draft-2020-12", unrepresentable: "any", reused: "inline" }) as JsonSchema;
  delete json.$schema;
  return tidy(json) as JsonSchema;
}

// zod spells each date-time format out as a long regular expression too (the format says it),
// and bounds every integer by the safe-integer range (JSON numbers say nothing else).
function tidy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(tidy);
  if (!value || typeof value !== "object") return value;
  const out: JsonSchema = {};
  for (const [key, inner] of Object.entries(value)) out[key] = tidy(inner);
  if (typeof out.format === "string" && typeof out.pattern === "string") delete out.pattern;
  if (out.minimum === Number.MIN_SAFE_INTEGER) delete out.minimum;
  if (out.maximum === Number.MAX_SAFE_INTEGER) delete out.maximum;
  return out;
}

export type QueryParameter = { name: string; required: boolean; schema: JsonSchema };

/** A query object schema as individual parameters, in declaration order. */
export function queryParameters(schema: z.ZodType): QueryParameter[] {
  const json = toJsonSchema(schema, "input");
  // z.intersection (filters & paging) is an allOf of objects: its parameters are theirs together.
  const parts = Array.isArray(json.allOf) ? (json.allOf as JsonSchema[]) : [json];
  const properties: Record<string, JsonSchema> = Object.assign({}, ...parts.map((p) => p.properties ?? {}));
  const required = new Set(parts.flatMap((p) => (p.required ?? []) as string[]));
  return Object.entries(properties).map(([name, property]) => ({ name, required: required.has(name), schema: property }));
}
