import { withApi } from "@/lib/api/with-api";
import { openAlertGroups } from "@/lib/alerts/groups";
import { AlertGroupsQuery } from "@/lib/alerts/context-schemas";

export const GET = withApi({
  permission: "alerts:read",
  query: AlertGroupsQuery,
  handler: ({ query }) => openAlertGroups(query),
});
