import "server-only";
// The one route-handler wrapper: authenticate (session or API key), authorise, parse and
// validate query and body with zod, call the handler, and map typed errors to HTTP.
// Handlers never catch-and-rethrow.
import { z } from "zod";
import type { Permission } from "@/lib/auth/permissions";
import { appendOnlyViolation } from "@/lib/db/errors";
import { readText } from "./body";
import { AppError, badRequest, forbidden, unauthorized, type ErrorBody, type ErrorIssue } from "./errors";
import { principalCan, resolvePrincipal, type Principal } from "./principal";

type Params = Record<string, string | string[]>;

type Context<Q, B> = { principal: Principal; query: Q; body: B; params: Params; request: Request };

type Spec<Q extends z.ZodType, B extends z.ZodType> = {
  /** undefined: public (no authentication) */
  permission: Permission | undefined;
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

function errorResponse(error: unknown): Response {
  const appendOnly = appendOnlyViolation(error);
  const known =
    error instanceof AppError ? error : appendOnly ? new AppError(409, "append_only", appendOnly.message) : undefined;
  if (!known) {
    console.error("[api] unexpected error", error);
    return Response.json({ error: { code: "internal", message: "Something went wrong on our side" } } satisfies ErrorBody, {
      status: 500,
    });
  }
  const body: ErrorBody = { error: { code: known.code, message: known.message, ...(known.issues ? { issues: known.issues } : {}) } };
  return Response.json(body, { status: known.status });
}

/** Cookie-authenticated writes must come from this site (CSRF defence in depth). */
function checkOrigin(request: Request, principal: Principal): void {
  if (principal.kind !== "user" || ["GET", "HEAD", "OPTIONS"].includes(request.method)) return;
  const origin = request.headers.get("origin");
  if (origin && new URL(origin).host !== new URL(request.url).host && origin !== `http://${request.headers.get("host")}`) {
    throw forbidden("Cross-origin request refused");
  }
}

async function parseJsonBody<B extends z.ZodType>(request: Request, schema: B): Promise<z.infer<B>> {
  const text = await readText(request, JSON_BODY_LIMIT);
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    throw badRequest("The request body is not valid JSON");
  }
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
        if (!principalCan(principal, spec.permission)) throw forbidden(`This needs the permission "${spec.permission}"`);
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
