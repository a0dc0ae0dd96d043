// The OpenAPI 3.1 document, generated from the registry's zod schemas: the same schemas the
// handlers validate with, so the document cannot describe a different API. Client-safe and pure.
import { API_KEY_SCOPES, ROLES, roleHas, type Permission } from "@/lib/auth/permissions";
import { API_ROUTES } from "./registry";
import { queryParameters, toJsonSchema, type JsonSchema } from "./json-schema";
import type { ApiRoute } from "./types";

export type OpenApiDocument = {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  tags: { name: string; description: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, JsonSchema>; securitySchemes: Record<string, JsonSchema> };
};

export type Operation = {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  security: Record<string, string[]>[];
  parameters?: JsonSchema[];
  requestBody?: JsonSchema;
  responses: Record<string, JsonSchema>;
  "x-permission"?: Permission;
  "x-roles"?: string[];
  "x-api-key-scope"?: string;
};

const TAGS: Record<string, string> = {
  Ingest: "Predictions and verdicts in, from scoring services and case-management systems (API keys).",
  Models: "The model registry, evaluation, drift and governance (thresholds, promotions, rollback).",
  Alerts: "The alert queue and triage, as the console uses them.",
  Team: "Reports for team leads.",
  History: "Every prediction ever made, for auditors: search, full records, exports with manifests.",
  Audit: "The tamper-evident audit trail: events, verification, signed checkpoints.",
  Admin: "Users and API keys (administrators, signed in).",
  Meta: "The API itself.",
};

const DESCRIPTION = [
  "Vigil's REST API, version 1. Bodies are JSON; errors are `{ \"error\": { \"code\", \"message\", \"issues\"?: [{ \"path\", \"message\" }] } }`.",
  "Time ranges are half-open [from, to) in UTC; a date means its midnight.",
  "Authenticate with an API key (`Authorization: Bearer vgl_…`, scopes instead of roles) or, from the console, the session cookie; cookie-authenticated writes must come from the console's own origin.",
  "Additive changes only: fields are never renamed or removed within v1.",
].join("\n\n");

const ERROR_TEXT: Record<number, string> = {
  400: "the request is invalid; `issues` names each bad field by its path",
  401: "no valid session or API key",
  403: "authenticated, but without the permission (or from another origin)",
  404: "no such resource",
  413: "the body is too large",
  415: "the body is not JSON (send Content-Type: application/json)",
};

const isScope = (permission: Permission) => (API_KEY_SCOPES as readonly string[]).includes(permission);

/** The scope an API key needs for the route, if keys may call it at all. */
const keyScopeOf = (route: ApiRoute): Permission | undefined => route.apiKeyScope ?? (route.permission && isScope(route.permission) ? route.permission : undefined);

function security(route: ApiRoute): Record<string, string[]>[] {
  if (!route.permission) return [];
  return keyScopeOf(route) ? [{ apiKey: [] }, { session: [] }] : [{ session: [] }];
}

export const operationIdOf = (route: ApiRoute) =>
  route.method.toLowerCase() +
  route.path
    .replace(/^\/api(\/v1)?/, "")
    .split(/[/.{}-]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join("");

const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });

function parametersOf(route: ApiRoute): JsonSchema[] {
  const path = Object.entries(route.params ?? {}).map(([name, param]) => ({
    name,
    in: "path",
    required: true,
    description: param.description,
    schema: toJsonSchema(param.schema, "input"),
    example: param.example,
  }));
  const query = route.query
    ? queryParameters(route.query).map(({ name, required, schema }) => ({
        name,
        in: "query",
        required,
        ...(route.queryDescriptions?.[name] ? { description: route.queryDescriptions[name] } : {}),
        schema,
        // lists travel comma-separated: ?status=NEW,IN_PROGRESS
        ...(schema.type === "array" ? { style: "form", explode: false } : {}),
      }))
    : [];
  return [...path, ...query];
}

function operationOf(route: ApiRoute, schemas: Record<string, JsonSchema>): Operation {
  const ref = (name: string, schema: JsonSchema) => {
    schemas[name] ??= schema;
    return { $ref: `#/components/schemas/${name}` };
  };
  const op: Operation = { operationId: operationIdOf(route), summary: route.summary, tags: [route.tag], security: security(route), responses: {} };
  if (route.description) op.description = route.description;
  if (route.permission) {
    op["x-permission"] = route.permission;
    op["x-roles"] = ROLES.filter((role) => roleHas(role, route.permission!));
    const keyScope = keyScopeOf(route);
    if (keyScope) op["x-api-key-scope"] = keyScope;
  }
  const parameters = parametersOf(route);
  if (parameters.length) op.parameters = parameters;
  if (route.body) {
    const { name, schema, example, ndjson, array, description } = route.body;
    const item = ref(name, toJsonSchema(schema, "input"));
    const content: JsonSchema = {
      "application/json": { schema: array ? { type: "array", minItems: 1, items: item, description: `at most ${array.maxItems} items` } : item, example },
    };
    if (ndjson) content["application/x-ndjson"] = { schema: item, description: "one JSON object a line" };
    op.requestBody = { required: true, content, ...(description ? { description } : {}) };
  }
  const { response } = route;
  op.responses[String(response.status)] = {
    description: response.description,
    ...(response.schema && response.name ? { content: { "application/json": { schema: ref(response.name, toJsonSchema(response.schema, "output")) } } } : {}),
    ...(response.files
      ? { content: Object.fromEntries(Object.entries(response.files).map(([mediaType, description]) => [mediaType, { schema: { type: "string", format: "binary", description } }])) }
      : {}),
  };
  const statuses = new Set<number>();
  if (route.query || route.body || route.params) statuses.add(400);
  if (route.permission) [401, 403].forEach((s) => statuses.add(s));
  if (route.params) statuses.add(404);
  if (route.body) statuses.add(413);
  if (route.body && !route.body.ndjson) statuses.add(415);
  for (const status of [...statuses].sort()) op.responses[String(status)] = errorResponse(ERROR_TEXT[status]);
  for (const extra of route.errors ?? []) op.responses[String(extra.status)] = errorResponse(extra.description);
  return op;
}

const ERROR_SCHEMA: JsonSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string", examples: ["bad_request", "unauthorized", "forbidden", "not_found", "conflict", "payload_too_large"] },
        message: { type: "string" },
        issues: {
          type: "array",
          items: {
            type: "object",
            required: ["path", "message"],
            properties: { path: { type: "array", items: { type: ["string", "integer"] } }, message: { type: "string" } },
          },
        },
      },
    },
  },
};

export function buildOpenApiDocument(routes: readonly ApiRoute[] = API_ROUTES): OpenApiDocument {
  const schemas: Record<string, JsonSchema> = { Error: ERROR_SCHEMA };
  const paths: OpenApiDocument["paths"] = {};
  for (const route of routes) {
    paths[route.path] ??= {};
    paths[route.path][route.method.toLowerCase()] = operationOf(route, schemas);
  }
  const used = new Set(routes.map((r) => r.tag));
  return {
    openapi: "3.1.0",
    info: { title: "Vigil API", version: "1", description: DESCRIPTION },
    servers: [{ url: "/" }],
    tags: Object.entries(TAGS)
      .filter(([name]) => used.has(name))
      .map(([name, description]) => ({ name, description })),
    paths,
    components: {
      schemas,
      securitySchemes: {
        apiKey: { type: "http", scheme: "bearer", bearerFormat: "vgl_<prefix>_<secret>", description: "An API key; it carries scopes, not a role. Admins create them under Admin → API keys, or `npm run cli -- api-key create`." },
        session: { type: "apiKey", in: "cookie", name: "authjs.session-token", description: "The console's session (signed in with a password or single sign-on); permissions follow the user's role." },
      },
    },
  };
}

let cached: OpenApiDocument | undefined;

/** The document for this process: the registry does not change while it runs. */
export function openApiDocument(): OpenApiDocument {
  cached ??= buildOpenApiDocument();
  return cached;
}
