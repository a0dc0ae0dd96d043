// One operation of the OpenAPI document: who may call it, its parameters, body, responses
// and a curl line to start from.
import { Badge } from "@/components/ui/badge";
import type { JsonSchema } from "@/lib/api/openapi/json-schema";
import type { Operation } from "@/lib/api/openapi/document";
import { CodeBlock } from "./code-block";
import { MethodBadge } from "./method-badge";
import { SchemaLink, SchemaView } from "./schema-view";

type Parameter = { name: string; in: string; required?: boolean; description?: string; schema: JsonSchema };
type Content = Record<string, { schema: JsonSchema }>;

function Access({ op }: { op: Operation }) {
  if (!op.security.length) return <Badge tone="outline">public</Badge>;
  return (
    <div className="flex flex-wrap items-center gap-1.5 text-xs text-muted">
      <span>permission</span>
      <Badge tone="accent" className="font-mono">{op["x-permission"]}</Badge>
      <span>· roles {op["x-roles"]?.map((r) => r.toLowerCase()).join(", ") || "none"}</span>
      {op["x-api-key-scope"] ? (
        <span>
          · API keys with scope <span className="font-mono text-fg">{op["x-api-key-scope"]}</span>
        </span>
      ) : (
        <span>· signed-in people only (no API keys)</span>
      )}
    </div>
  );
}

function Parameters({ parameters }: { parameters: Parameter[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-xs">
        <thead className="text-muted">
          <tr>
            <th scope="col" className="py-1 pr-4 font-medium">name</th>
            <th scope="col" className="py-1 pr-4 font-medium">in</th>
            <th scope="col" className="py-1 font-medium">type</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {parameters.map((p) => (
            <tr key={`${p.in}-${p.name}`}>
              <td className="py-1 pr-4 align-top font-mono whitespace-nowrap">
                {p.name}
                {p.required ? <span className="text-danger" title="required"> *</span> : null}
              </td>
              <td className="py-1 pr-4 align-top text-muted">{p.in}</td>
              <td className="py-1 align-top text-muted">
                <SchemaLink schema={p.schema} />
                {p.description ? <span className="block text-subtle">{p.description}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Endpoint({ method, path, op, curl }: { method: string; path: string; op: Operation; curl?: string }) {
  const body = op.requestBody as { content: Content } | undefined;
  return (
    <article id={op.operationId} className="scroll-mt-4 space-y-3 border-b border-border px-4 py-4 last:border-b-0" data-testid={`endpoint-${op.operationId}`}>
      <header className="space-y-1.5">
        <div className="flex flex-wrap items-center gap-2">
          <MethodBadge method={method} />
          <code className="font-mono text-sm break-all">{path}</code>
        </div>
        <h3 className="text-sm font-semibold">{op.summary}</h3>
        {op.description ? <p className="max-w-3xl text-sm text-muted">{op.description}</p> : null}
        <Access op={op} />
      </header>
      {op.parameters?.length ? (
        <section className="space-y-1">
          <h4 className="text-xs font-semibold text-muted uppercase">Parameters</h4>
          <Parameters parameters={op.parameters as Parameter[]} />
        </section>
      ) : null}
      {body ? (
        <section className="space-y-1">
          <h4 className="text-xs font-semibold text-muted uppercase">Request body</h4>
          <p className="text-xs text-muted">{Object.keys(body.content).join(" or ")}</p>
          <SchemaView schema={Object.values(body.content)[0].schema} />
        </section>
      ) : null}
      <section className="space-y-1">
        <h4 className="text-xs font-semibold text-muted uppercase">Responses</h4>
        <ul className="space-y-0.5 text-xs">
          {Object.entries(op.responses).map(([status, response]) => {
            const content = (response as { content?: Content }).content;
            const schema = content?.["application/json"]?.schema;
            return (
              <li key={status} className="flex flex-wrap gap-2">
                <span className={`w-9 font-mono font-semibold ${status.startsWith("2") ? "text-status-resolved" : "text-muted"}`}>{status}</span>
                <span className="text-muted">{String((response as { description: string }).description)}</span>
                {schema && status.startsWith("2") ? <SchemaLink schema={schema} /> : null}
              </li>
            );
          })}
        </ul>
      </section>
      {curl ? (
        <section className="space-y-1">
          <h4 className="text-xs font-semibold text-muted uppercase">Example</h4>
          <CodeBlock code={curl} testId={`curl-${op.operationId}`} />
        </section>
      ) : null}
    </article>
  );
}
