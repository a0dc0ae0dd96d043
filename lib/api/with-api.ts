import "server-only";
// The one route-handler wrapper: authenticate (session or API key), authorise, parse and
// validate query and body with zod, call the handler, and map typed errors to HTTP.
// Handlers never catch-and-rethrow.
import { z } from "zod";
import type { ApiKeyScope, Permission } from "@/lib/auth/permissions";
import { appendOnlyViolation } from "@/lib/db/errors";
import { requireJsonBody } from "./content-type";
import { jsonDepth, MAX_JSON_DEPTH } from "./json-depth";
import { AppError, badRequest, forbidden, unauthorized, type ErrorBody, type ErrorIssue } from "./errors";
import { principalCan, resolvePrincipal, type Principal } from "./principal";
import { isCrossSiteRequest, isWrite } from "./same-origin";
import { hasUnstorableText, isUnstorableText } from "./unstorable-text";
import { readUtf8 } from "./strict-text";

type Params = Record<string, string | string[]>;

type Context<Q, B> = { principal: Principal; query: Q; body: B; params: Params; request: Request };

type Spec<Q extends z.ZodType, B extends z.ZodType> = {
  /** undefined: public (no authentication) */
  permission: Permission | undefined;
  /** the scope an API key needs instead of `permission` (see ApiRoute.apiKeyScope) */
  apiKeyScope?: ApiKeyScope;
  query?: Q;
  body?: B;
  status?: number;
  handler: (context: Context<z.infer<Q>, z.infer<B>>) => Promise<unknown>;
};

const JSON_BODY_LIMIT = 1024 * 1024;

export function issuesOf(error: z.ZodError, prefix: (string | number)[] = []): ErrorIssue[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))],
    message: issue.message,
  }));
}

/** The typed error behind a failure, if it is one the client caused or should hear about. */
function knownError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  const appendOnly = appendOnlyViolation(error);
  if (appendOnly) return new AppError(409, "append_only", appendOnly.message);
  // PostgreSQL refusing the client's text (NUL, lone surrogates): their input, not our fault.
  if (isUnstorableText(error)) return badRequest("The request holds text the database cannot store (a NUL character or invalid encoding)");
  // Only decodeURIComponent and its kin throw URIError: a parameter with broken %-encoding.
  if (error instanceof URIError) return badRequest("The address holds malformed percent-encoding");
  return undefined;
}

function errorResponse(error: unknown): Response {
  const known = knownError(error);
  if (!known) {
    console.error("[api] unexpected error", error);
    return Response.json({ error: { code: "internal", message: "Something went wrong on our side" } } satisfies ErrorBody, {
      status: 500,
    });
  }
  const body: ErrorBody = { error: { code: known.code, message: known.message, ...(known.issues ? { issues: known.issues } : {}) } };
  return Response.json(body, { status: known.status });
}

/**
 * Cookie-authenticated writes must come from this site (CSRF defence in depth). The rules are
 * in same-origin.ts: it also refuses `Origin: null` (which used to reach `new URL` and answer
 * 500) and, without an Origin, a Sec-Fetch-Site of cross-site.
 */
function checkOrigin(request: Request, principal: Principal): void {
  if (principal.kind !== "user" || !isWrite(request)) return;
  if (isCrossSiteRequest(request)) throw forbidden("Cross-origin request refused");
}

async function parseJsonBody<B extends z.ZodType>(request: Request, schema: B): Promise<z.infer<B>> {
  // A declared non-JSON type is a 415, and bytes that are not UTF-8 a 400 (not U+FFFD).
  requireJsonBody(request);
  const text = await readUtf8(request, JSON_BODY_LIMIT);
  if (jsonDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) throw badRequest(`The request body nests deeper than ${MAX_JSON_DEPTH} levels`);
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    throw badRequest("The request body is not valid JSON");
  }
  // PostgreSQL cannot store NUL or lone surrogates, SQLite can: refuse them alike on both.
  if (hasUnstorableText(json, text)) throw badRequest("The request body holds a NUL character or a lone UTF-16 surrogate, which text cannot store");
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw badRequest("The request body is invalid", issuesOf(parsed.error));
  return parsed.data;
}

export function withApi<Q extends z.ZodType = z.ZodUndefined, B extends z.ZodType = z.ZodUndefined>(spec: Spec<Q, B>) {
  return async (request: Request, context: { params: Promise<Params> }): Promise<Response> => {
    try {
      const principal = spec.permission ? await resolvePrincipal(request) : undefined;
      if (spec.permission) {
        if (!principal) throw unauthorized();
        if (!principalCan(principal, spec.permission, spec.apiKeyScope)) {
          throw forbidden(principal.kind === "apiKey" && spec.apiKeyScope ? `This needs an API key with the scope "${spec.apiKeyScope}"` : `This needs the permission "${spec.permission}"`);
        }
        checkOrigin(request, principal);
      }
      let query = undefined as z.infer<Q>;
      if (spec.query) {
        const parsed = spec.query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
        if (!parsed.success) throw badRequest("The query is invalid", issuesOf(parsed.error, ["query"]));
        query = parsed.data;
      }
      const body = spec.body ? await parseJsonBody(request, spec.body) : (undefined as z.infer<B>);
      const params = (await context.params) ?? {};
      const result = await spec.handler({ principal: principal as Principal, query, body, params, request });
      if (result instanceof Response) return result;
      return Response.json(result, { status: spec.status ?? 200 });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
