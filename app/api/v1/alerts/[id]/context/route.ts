import { withApi } from "@/lib/api/with-api";
import { idParam } from "@/lib/api/params";
import { relatedAlerts, similarAlerts } from "@/lib/alerts/context";
import { AlertContextQuery, type AlertContext } from "@/lib/alerts/context-schemas";

export const GET = withApi({
  permission: "alerts:read",
  query: AlertContextQuery,
  handler: async ({ params, query }): Promise<AlertContext> => {
    const id = idParam(params);
    const [related, similar] = await Promise.all([relatedAlerts(id), similarAlerts(id, query.k)]);
    return { related, similar };
  },
});
