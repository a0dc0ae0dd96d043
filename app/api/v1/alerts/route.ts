import { withApi } from "@/lib/api/with-api";
import { AlertListQuery } from "@/lib/alerts/schemas";
import { listAlerts } from "@/lib/alerts/queue";

export const GET = withApi({
  permission: "alerts:read",
  query: AlertListQuery,
  handler: ({ query, principal }) => listAlerts(query, principal.kind === "user" ? principal.user : undefined),
});
