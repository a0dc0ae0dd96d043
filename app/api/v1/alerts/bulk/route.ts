import { withApi } from "@/lib/api/with-api";
import { triageAlerts } from "@/lib/alerts/triage";
import { TriageRequest } from "@/lib/alerts/triage-rules";
import { sessionUserOf } from "@/lib/api/principal";

// One alert or a selection: claim, assign, status or verdict, all-or-nothing.
export const POST = withApi({
  permission: "alerts:triage",
  body: TriageRequest,
  handler: ({ body, principal }) => triageAlerts(body, sessionUserOf(principal)),
});
