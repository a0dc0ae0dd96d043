// What the OpenAPI registry says about one public route: enough to generate the document, the
// readable API page, curl examples, and the RBAC and hostile-payload tests. Client-safe.
import type { z } from "zod";
import type { ApiKeyScope, Permission } from "@/lib/auth/permissions";

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type PathParam = { description: string; schema: z.ZodType; example: string };

export type RequestBody = {
  /** the component name in `#/components/schemas` */
  name: string;
  schema: z.ZodType;
  /** a valid body: shown in curl examples, and the starting point of generated test payloads */
  example: unknown;
  description?: string;
  /** also accepts NDJSON (one JSON value a line) besides a JSON array */
  ndjson?: boolean;
  /** the body is a JSON array whose items `schema` describes (the ingest endpoints) */
  array?: { maxItems: string };
};

export type ResponseDoc = {
  status: number;
  description: string;
  name?: string;
  schema?: z.ZodType;
  /** a file download instead of JSON: media type → what the file holds */
  files?: Record<string, string>;
};

export type ApiRoute = {
  method: HttpMethod;
  /** OpenAPI style: `/api/v1/alerts/{id}` for `app/api/v1/alerts/[id]/route.ts` */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  /** undefined: public, no authentication */
  permission: Permission | undefined;
  /**
   * For an action people take under a role-only permission and pipelines under a key scope
   * (retraining: leads hold models:retrain, keys carry models:write): the scope API keys need.
   */
  apiKeyScope?: ApiKeyScope;
  /**
   * When the service checks more than the route for what the body asks (e.g. approving a
   * proposal needs models:threshold where withdrawing one does not): what the example needs.
   */
  examplePermission?: Permission;
  params?: Record<string, PathParam>;
  query?: z.ZodType;
  /** a few words per query parameter, where its name does not say enough */
  queryDescriptions?: Record<string, string>;
  body?: RequestBody;
  response: ResponseDoc;
  /** error statuses beyond those implied by auth, params and body (400/401/403/404/413/415) */
  errors?: { status: number; description: string }[];
};
