// Routes about the API itself. Client-safe.
import { Health, OpenApiDocument } from "./responses";
import type { ApiRoute } from "./types";

export const META_ROUTES: ApiRoute[] = [
  {
    method: "GET",
    path: "/api/v1/openapi.json",
    tag: "Meta",
    summary: "This document",
    description: "The OpenAPI 3.1 description of the v1 API, generated from the same zod schemas the handlers validate with.",
    permission: undefined,
    response: { status: 200, description: "an OpenAPI 3.1 document", name: "OpenApiDocument", schema: OpenApiDocument },
  },
  {
    method: "GET",
    path: "/api/health",
    tag: "Meta",
    summary: "Liveness and database reachability",
    description: "For load balancers: 200 when the database answers, 503 when it does not.",
    permission: undefined,
    response: { status: 200, description: "the server and its database are up", name: "Health", schema: Health },
    errors: [{ status: 503, description: "the database does not answer" }],
  },
];
