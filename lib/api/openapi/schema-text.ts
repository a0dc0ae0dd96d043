// Plain-language summaries of JSON Schema nodes for the API page: "string, date-time",
// "number, 0 – 1", "one of NEW | IN_PROGRESS". Client-safe and pure.
import type { JsonSchema } from "./json-schema";

export const refName = (schema: JsonSchema): string | undefined =>
  typeof schema.$ref === "string" ? schema.$ref.replace("#/components/schemas/", "") : undefined;

function range(schema: JsonSchema, low: string, high: string, unit = ""): string | undefined {
  const min = schema[low] ?? schema[`exclusive${low[0].toUpperCase()}${low.slice(1)}`];
  const max = schema[high] ?? schema[`exclusive${high[0].toUpperCase()}${high.slice(1)}`];
  if (min === undefined && max === undefined) return undefined;
  if (min !== undefined && max !== undefined) return min === max ? `exactly ${min}${unit}` : `${min} – ${max}${unit}`;
  return min !== undefined ? `≥ ${min}${unit}` : `≤ ${max}${unit}`;
}

/** One line describing the node's type and constraints (not its children). */
export function describeSchema(schema: JsonSchema): string {
  const ref = refName(schema);
  if (ref) return ref;
  if (Array.isArray(schema.enum)) return `one of ${(schema.enum as unknown[]).map((v) => JSON.stringify(v).replace(/^"|"$/g, "")).join(" | ")}`;
  if ("const" in schema) return `exactly ${JSON.stringify(schema.const)}`;
  const variants = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (variants) {
    const parts = [...new Set(variants.map(describeSchema))];
    return parts.length === 2 && parts.includes("null") ? `${parts.find((p) => p !== "null")}, or null` : parts.join(" or ");
  }
  if (Array.isArray(schema.type) && schema.type.includes("null") && schema.type.length > 1) {
    const others = (schema.type as string[]).filter((t) => t !== "null");
    return `${describeSchema({ ...schema, type: others.length === 1 ? others[0] : others })}, or null`;
  }
  const type = Array.isArray(schema.type) ? (schema.type as string[]).join(" | ") : (schema.type as string | undefined);
  const bits: string[] = [];
  switch (type) {
    case "string": {
      bits.push(typeof schema.format === "string" ? `string, ${schema.format}` : "string");
      const length = range(schema, "minLength", "maxLength", " chars");
      if (length) bits.push(length);
      if (typeof schema.pattern === "string") bits.push(`matching ${schema.pattern}`);
      break;
    }
    case "number":
    case "integer": {
      bits.push(type === "integer" ? "integer" : "number");
      const values = range(schema, "minimum", "maximum");
      if (values) bits.push(values);
      break;
    }
    case "array": {
      const items = schema.items as JsonSchema | undefined;
      bits.push(items ? `array of ${describeSchema(items)}` : "array");
      const count = range(schema, "minItems", "maxItems", " items");
      if (count) bits.push(count);
      break;
    }
    case "object":
      bits.push(schema.properties ? "object" : schema.additionalProperties && typeof schema.additionalProperties === "object" ? `map of ${describeSchema(schema.additionalProperties as JsonSchema)}` : "object");
      break;
    case undefined:
      bits.push("any JSON value");
      break;
    default:
      bits.push(type);
  }
  if (schema.default !== undefined) bits.push(`default ${JSON.stringify(schema.default)}`);
  return bits.join(", ");
}

export type SchemaRow = { name: string; required: boolean; type: string; description?: string; depth: number };

/** An object schema as rows of fields, nested fields indented, down to `maxDepth`. */
export function schemaRows(schema: JsonSchema, maxDepth = 4, depth = 0): SchemaRow[] {
  const target = schema.type === "array" && schema.items && !refName(schema.items as JsonSchema) ? (schema.items as JsonSchema) : schema;
  const properties = target.properties as Record<string, JsonSchema> | undefined;
  if (!properties || depth > maxDepth) return [];
  const required = new Set((target.required ?? []) as string[]);
  return Object.entries(properties).flatMap(([name, property]) => [
    {
      name,
      required: required.has(name),
      type: describeSchema(property),
      ...(typeof property.description === "string" ? { description: property.description } : {}),
      depth,
    },
    ...schemaRows(property, maxDepth, depth + 1),
  ]);
}
