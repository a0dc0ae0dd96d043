// A JSON Schema as a table of fields: name, type and constraints in plain words, nested
// fields indented. References link to the schema's own entry further down the page.
import type { JsonSchema } from "@/lib/api/openapi/json-schema";
import { describeSchema, refName, schemaRows } from "@/lib/api/openapi/schema-text";

export function SchemaLink({ schema }: { schema: JsonSchema }) {
  const ref = refName(schema);
  const text = describeSchema(schema);
  if (ref) return <a className="font-mono text-accent hover:underline" href={`#schema-${ref}`}>{text}</a>;
  const itemRef = schema.type === "array" && schema.items ? refName(schema.items as JsonSchema) : undefined;
  if (itemRef) {
    return (
      <span>
        array of <a className="font-mono text-accent hover:underline" href={`#schema-${itemRef}`}>{itemRef}</a>
      </span>
    );
  }
  return <span className="font-mono">{text}</span>;
}

export function SchemaView({ schema, testId }: { schema: JsonSchema; testId?: string }) {
  const rows = schemaRows(schema);
  if (!rows.length) return <p className="text-xs text-muted" data-testid={testId}><SchemaLink schema={schema} /></p>;
  return (
    <div className="overflow-x-auto" data-testid={testId}>
      <table className="w-full text-left text-xs">
        <thead className="text-muted">
          <tr>
            <th scope="col" className="py-1 pr-4 font-medium">field</th>
            <th scope="col" className="py-1 font-medium">type</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {rows.map((row, i) => (
            <tr key={i}>
              <td className="py-1 pr-4 align-top font-mono whitespace-nowrap" style={{ paddingLeft: `${row.depth * 1.25}rem` }}>
                {row.name}
                {row.required ? <span className="text-danger" title="required"> *</span> : null}
              </td>
              <td className="py-1 align-top break-all text-muted">
                {row.type}
                {row.description ? <span className="block text-subtle">{row.description}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
