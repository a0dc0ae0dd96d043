import { withApi } from "@/lib/api/with-api";
import { getAlertDetail } from "@/lib/alerts/detail";
import { idParam } from "@/lib/api/params";

export const GET = withApi({
  permission: "alerts:read",
  handler: ({ params }) => getAlertDetail(idParam(params)),
});
