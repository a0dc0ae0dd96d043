// The readable API page: the OpenAPI document rendered for people, grouped by tag, with each
// schema it references. Server-rendered; only the copy buttons hydrate.
import { Download } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { OpenApiDocument } from "@/lib/api/openapi/document";
import { Endpoint } from "./endpoint";
import { MethodBadge } from "./method-badge";
import { SchemaView } from "./schema-view";

type Entry = { method: string; path: string; op: OpenApiDocument["paths"][string][string] };

function entriesByTag(document: OpenApiDocument): Map<string, Entry[]> {
  const byTag = new Map<string, Entry[]>(document.tags.map((t) => [t.name, []]));
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const tag = op.tags[0];
      if (!byTag.has(tag)) byTag.set(tag, []);
      byTag.get(tag)!.push({ method: method.toUpperCase(), path, op });
    }
  }
  return byTag;
}

export function ApiReference({ document, curl, keysHref }: { document: OpenApiDocument; curl: Record<string, string>; keysHref?: string }) {
  const byTag = entriesByTag(document);
  const descriptions = new Map(document.tags.map((t) => [t.name, t.description]));
  return (
    <div className="grid gap-4 lg:grid-cols-[14rem_minmax(0,1fr)]" data-testid="api-reference">
      <nav aria-label="Endpoints" className="hidden lg:block">
        <ul className="sticky top-0 space-y-3 text-xs">
          {[...byTag].map(([tag, entries]) => (
            <li key={tag}>
              <a href={`#tag-${tag}`} className="font-semibold text-fg hover:underline">{tag}</a>
              <ul className="mt-1 space-y-0.5">
                {entries.map(({ method, path, op }) => (
                  <li key={op.operationId}>
                    <a href={`#${op.operationId}`} className="flex items-center gap-1.5 text-muted hover:text-fg">
                      <MethodBadge method={method} className="h-4 w-11 text-[10px]" />
                      <span className="truncate font-mono">{path.replace(/^\/api\/v1/, "")}</span>
                    </a>
                  </li>
                ))}
              </ul>
            </li>
          ))}
          <li>
            <a href="#schemas" className="font-semibold text-fg hover:underline">Schemas</a>
          </li>
        </ul>
      </nav>
      <div className="min-w-0 space-y-4">
        <Card>
          <CardHeader>
            <div className="space-y-0.5">
              <CardTitle>{document.info.title}, version {document.info.version}</CardTitle>
              <CardDescription>OpenAPI {document.openapi}, generated from the zod schemas the handlers validate with.</CardDescription>
            </div>
            <Button asChild variant="secondary" size="sm">
              <a href="/api/v1/openapi.json" download="vigil-openapi.json" data-testid="openapi-download">
                <Download aria-hidden /> openapi.json
              </a>
            </Button>
          </CardHeader>
          <CardContent className="space-y-2 text-sm text-muted">
            {document.info.description.split("\n\n").map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
            <p>
              In the examples, <code className="font-mono text-fg">$VIGIL_URL</code> is this server&apos;s address and{" "}
              <code className="font-mono text-fg">$VIGIL_API_KEY</code> a key with the endpoint&apos;s scope
              {keysHref ? (
                <>
                  {" "}(<a className="text-accent hover:underline" href={keysHref}>create one</a>)
                </>
              ) : (
                " (an administrator creates them)"
              )}
              .
            </p>
          </CardContent>
        </Card>
        {[...byTag].map(([tag, entries]) => (
          <Card key={tag} id={`tag-${tag}`} className="scroll-mt-4">
            <CardHeader>
              <div className="space-y-0.5">
                <CardTitle>{tag}</CardTitle>
                {descriptions.get(tag) ? <CardDescription>{descriptions.get(tag)}</CardDescription> : null}
              </div>
            </CardHeader>
            {entries.map(({ method, path, op }) => (
              <Endpoint key={op.operationId} method={method} path={path} op={op} curl={curl[op.operationId]} />
            ))}
          </Card>
        ))}
        <Card id="schemas" className="scroll-mt-4">
          <CardHeader>
            <div className="space-y-0.5">
              <CardTitle>Schemas</CardTitle>
              <CardDescription>Request and response bodies. <span className="text-danger">*</span> marks a required field.</CardDescription>
            </div>
          </CardHeader>
          <CardContent className="space-y-2">
            {Object.entries(document.components.schemas).map(([name, schema]) => (
              <details key={name} id={`schema-${name}`} className="scroll-mt-4 rounded-md border border-border px-3 py-2">
                <summary className="cursor-pointer font-mono text-sm">{name}</summary>
                <div className="mt-2">
                  <SchemaView schema={schema} testId={`schema-${name}`} />
                </div>
              </details>
            ))}
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
