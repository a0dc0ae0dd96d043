import { withApi } from "@/lib/api/with-api";
import { sessionUserOf } from "@/lib/api/principal";
import { deleteView } from "@/lib/alerts/saved-views";

export const DELETE = withApi({
  permission: "alerts:read",
  handler: ({ principal, params }) => deleteView(sessionUserOf(principal).id, String(params.id)),
});
