// Calls any registered API route the way Next.js would, as any principal: the generated RBAC
// and hostile-payload tests drive every route in lib/api/openapi from here. Pair it with
//   vi.mock("@/lib/auth/session", () => ({ currentUser: async () => signedIn.user }))
// so a "session" principal is whoever `signedIn.user` names.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { examplePath, routeFileOf } from "@/lib/api/openapi/registry";
import type { ApiRoute } from "@/lib/api/openapi/types";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const root = path.resolve(import.meta.dirname, "../..");
const cache = new Map<string, Handler>();

/** The exported handler of the route's file, for its method. */
export async function handlerOf(route: ApiRoute): Promise<Handler> {
  const key = `${route.method} ${route.path}`;
  if (!cache.has(key)) {
    const file = pathToFileURL(path.join(root, routeFileOf(route.path))).href;
    const module = (await import(/* @vite-ignore */ file)) as Record<string, Handler>;
    if (typeof module[route.method] !== "function") throw new Error(`${routeFileOf(route.path)} exports no ${route.method}`);
    cache.set(key, module[route.method]);
  }
  return cache.get(key)!;
}

export type Caller =
  | { kind: "anonymous" }
  | { kind: "session"; origin?: string }
  | { kind: "apiKey"; key: string };

/** The route's path parameters, from its examples unless overridden. */
export function paramsOf(route: ApiRoute, overrides: Record<string, string> = {}): Record<string, string> {
  return Object.fromEntries(Object.entries(route.params ?? {}).map(([name, param]) => [name, overrides[name] ?? param.example]));
}

export type CallOptions = {
  caller: Caller;
  /** raw body: a string or bytes; objects are JSON-encoded */
  body?: unknown;
  contentType?: string | null;
  params?: Record<string, string>;
  query?: string;
  headers?: Record<string, string>;
};

export async function callRoute(route: ApiRoute, options: CallOptions): Promise<Response> {
  const params = paramsOf(route, options.params);
  const pathname = route.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(params[name]));
  const headers: Record<string, string> = {};
  const { caller } = options;
  if (caller.kind === "session") {
    headers.cookie = "authjs.session-token=test";
    headers.origin = caller.origin ?? "http://localhost";
  }
  if (caller.kind === "apiKey") headers.authorization = `Bearer ${caller.key}`;
  let body: BodyInit | undefined;
  if (options.body !== undefined && route.method !== "GET") {
    body = typeof options.body === "string" || options.body instanceof Uint8Array ? (options.body as BodyInit) : JSON.stringify(options.body);
    if (options.contentType !== null) headers["content-type"] = options.contentType ?? "application/json";
  }
  const request = new Request(`http://localhost${pathname}${options.query ?? ""}`, { method: route.method, headers: { ...headers, ...options.headers }, body });
  return (await handlerOf(route))(request, { params: Promise.resolve(params) });
}

/** The example request the registry documents, as JSON. */
export const exampleBody = (route: ApiRoute) => route.body?.example;
export { examplePath };
