import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./document";
import { API_ROUTES, routeFileOf } from "./registry";
import { routeExports, routeFilesUnder } from "./route-files";
import { curlExample } from "./curl";

const root = path.resolve(import.meta.dirname, "../../..");
const key = (method: string, file: string) => `${method} ${file}`;

describe("the OpenAPI registry", () => {
  const exported = routeFilesUnder(root, "app/api/v1").flatMap((file) => routeExports(root, file));

  it("finds the route files it checks (the walk itself works)", () => {
    expect(exported.length).toBeGreaterThan(10);
    expect(exported.map((e) => key(e.method, e.file))).toContain("POST app/api/v1/predictions/route.ts");
  });

  it("lists every method every app/api/v1 route file exports", () => {
    const documented = new Set(API_ROUTES.map((r) => key(r.method, routeFileOf(r.path))));
    const missing = exported.map((e) => key(e.method, e.file)).filter((k) => !documented.has(k));
    expect(missing, "add these to lib/api/openapi/routes-*.ts").toEqual([]);
  });

  it("documents no route that does not exist", () => {
    const real = new Set([...exported, ...routeExports(root, "app/api/health/route.ts")].map((e) => key(e.method, e.file)));
    const phantom = API_ROUTES.map((r) => key(r.method, routeFileOf(r.path))).filter((k) => !real.has(k));
    expect(phantom).toEqual([]);
  });

  it("names the same permission the route file's withApi call does", () => {
    const byKey = new Map(exported.map((e) => [key(e.method, e.file), e.permission]));
    const differing = API_ROUTES.filter((r) => byKey.has(key(r.method, routeFileOf(r.path))))
      .map((r) => ({ route: `${r.method} ${r.path}`, documented: r.permission, file: byKey.get(key(r.method, routeFileOf(r.path))) }))
      .filter((r) => r.documented !== r.file);
    expect(differing).toEqual([]);
  });

  it("names the same API-key scope the route file's withApi call does", () => {
    const byKey = new Map(exported.map((e) => [key(e.method, e.file), e.apiKeyScope]));
    const differing = API_ROUTES.filter((r) => byKey.has(key(r.method, routeFileOf(r.path))))
      .map((r) => ({ route: `${r.method} ${r.path}`, documented: r.apiKeyScope, file: byKey.get(key(r.method, routeFileOf(r.path))) }))
      .filter((r) => r.documented !== r.file);
    expect(differing).toEqual([]);
  });

  it("has one entry per method and path, and declares exactly the path's parameters", () => {
    const keys = API_ROUTES.map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const route of API_ROUTES) {
      const inPath = [...route.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort();
      expect(Object.keys(route.params ?? {}).sort(), route.path).toEqual(inPath);
      for (const [name, param] of Object.entries(route.params ?? {})) expect(param.schema.safeParse(param.example).success, `${route.path} ${name}`).toBe(true);
    }
  });

  it("gives each body an example its own schema accepts", () => {
    for (const route of API_ROUTES.filter((r) => r.body)) {
      const { schema, example, array } = route.body!;
      const rows = array ? (example as unknown[]) : [example];
      for (const row of rows) {
        const parsed = schema.safeParse(row);
        expect(parsed.success, `${route.method} ${route.path}: ${parsed.error?.message}`).toBe(true);
      }
    }
  });
});

describe("the OpenAPI document", () => {
  const doc = buildOpenApiDocument();

  it("is OpenAPI 3.1 with an operation for every registry entry", () => {
    expect(doc.openapi).toBe("3.1.0");
    for (const route of API_ROUTES) expect(doc.paths[route.path]?.[route.method.toLowerCase()], `${route.method} ${route.path}`).toBeDefined();
  });

  it("has unique operation ids and resolves every $ref", () => {
    const ops = Object.values(doc.paths).flatMap((p) => Object.values(p));
    const ids = ops.map((op) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) expect(doc.components.schemas[ref], ref).toBeDefined();
  });

  it("gives one component name one shape", () => {
    const seen = new Map<string, string>();
    for (const route of API_ROUTES) {
      for (const [name, schema] of [[route.body?.name, route.body?.schema], [route.response.name, route.response.schema]] as const) {
        if (!name || !schema) continue;
        const doc1 = buildOpenApiDocument([route]).components.schemas[name];
        const text = JSON.stringify(doc1);
        expect(seen.get(name) ?? text, name).toBe(text);
        seen.set(name, text);
      }
    }
  });

  it("describes request bodies from the handlers' zod schemas", () => {
    const predictionIn = doc.components.schemas.PredictionIn as { required: string[]; properties: Record<string, { minimum?: number; maximum?: number }> };
    expect(predictionIn.required).toEqual(expect.arrayContaining(["eventId", "model", "version", "timestamp", "score", "features"]));
    expect(predictionIn.properties.score).toMatchObject({ minimum: 0, maximum: 1 });
    const ingest = doc.paths["/api/v1/predictions"].post;
    expect(Object.keys((ingest.requestBody as { content: object }).content)).toEqual(["application/json", "application/x-ndjson"]);
    expect(ingest.security).toEqual([{ apiKey: [] }, { session: [] }]);
    expect(ingest["x-api-key-scope"]).toBe("predictions:write");
  });

  it("spells query parameters out, lists comma-separated", () => {
    const params = doc.paths["/api/v1/alerts"].get.parameters as { name: string; in: string; style?: string; required: boolean }[];
    expect(params.find((p) => p.name === "status")).toMatchObject({ in: "query", style: "form", required: false });
    expect(params.find((p) => p.name === "limit")).toMatchObject({ required: false });
  });

  it("marks session-only and public routes", () => {
    expect(doc.paths["/api/v1/alerts/bulk"].post.security).toEqual([{ session: [] }]);
    expect(doc.paths["/api/v1/alerts/bulk"].post["x-roles"]).toEqual(["ANALYST", "LEAD"]);
    expect(doc.paths["/api/v1/openapi.json"].get.security).toEqual([]);
  });

  it("names the scope keys need where it differs from people's permission", () => {
    const retrain = doc.paths["/api/v1/datasets/{name}/versions/{version}/retrain"].post;
    expect(retrain["x-permission"]).toBe("models:retrain");
    expect(retrain["x-roles"]).toEqual(["LEAD"]);
    expect(retrain["x-api-key-scope"]).toBe("models:write");
    expect(retrain.security).toEqual([{ apiKey: [] }, { session: [] }]);
  });
});

describe("curl examples", () => {
  it("send the key, the content type and a body the schema accepts", () => {
    const ingest = API_ROUTES.find((r) => r.path === "/api/v1/predictions")!;
    const line = curlExample(ingest, "http://localhost:3000");
    expect(line).toContain('-X POST "http://localhost:3000/api/v1/predictions"');
    expect(line).toContain("Authorization: Bearer $VIGIL_API_KEY");
    expect(line).toContain("application/x-ndjson");
    const body = /--data-binary '([^']*)'/.exec(line)![1];
    expect(JSON.parse(body.split("\n")[0]).eventId).toBe("evt-42");
  });

  it("fill path parameters and quote single quotes for the shell", () => {
    const route = API_ROUTES.find((r) => r.path === "/api/v1/alerts/{id}")!;
    expect(curlExample(route)).toContain('"$VIGIL_URL/api/v1/alerts/1"');
    const quoted = curlExample({ ...route, method: "POST", body: { name: "X", schema: route.params!.id.schema, example: { note: "it's" } } });
    expect(quoted).toContain(`'\\''`);
  });
});
