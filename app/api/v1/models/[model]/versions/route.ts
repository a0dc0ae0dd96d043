import { withApi } from "@/lib/api/with-api";
import { actorOf } from "@/lib/api/principal";
import { registerVersionRequest } from "@/lib/registry/register-request";
import { ModelVersionIn } from "@/lib/registry/schemas";

export const POST = withApi({
  permission: "models:write",
  body: ModelVersionIn,
  status: 201,
  handler: ({ principal, params, body }) => registerVersionRequest(params.model, body, actorOf(principal)),
});
