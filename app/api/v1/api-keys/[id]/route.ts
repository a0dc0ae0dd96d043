import { withApi } from "@/lib/api/with-api";
import { actorOf } from "@/lib/api/principal";
import { revokeApiKey } from "@/lib/auth/api-key-admin";

// DELETE revokes: the row stays, so its history (and the audit trail's references) remain.
export const DELETE = withApi({
  permission: "apikeys:manage",
  handler: ({ params, principal }) => revokeApiKey(String(params.id), actorOf(principal)),
});
