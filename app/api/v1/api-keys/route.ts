import { withApi } from "@/lib/api/with-api";
import { actorOf, sessionUserOf } from "@/lib/api/principal";
import { createApiKeyFor, listApiKeys } from "@/lib/auth/api-key-admin";
import { ApiKeyCreateIn } from "@/lib/users/schemas";

export const GET = withApi({ permission: "apikeys:manage", handler: () => listApiKeys() });

export const POST = withApi({
  permission: "apikeys:manage",
  body: ApiKeyCreateIn,
  status: 201,
  handler: ({ body, principal }) => createApiKeyFor(body, { ...actorOf(principal), id: sessionUserOf(principal).id }),
});
