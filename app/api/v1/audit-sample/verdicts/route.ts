import { withApi } from "@/lib/api/with-api";
import { sessionUserOf } from "@/lib/api/principal";
import { AuditSampleLabelIn } from "@/lib/alerts/schemas";
import { labelAuditSample } from "@/lib/alerts/audit-sample";

export const POST = withApi({
  permission: "alerts:triage",
  body: AuditSampleLabelIn,
  handler: ({ body, principal }) => labelAuditSample(body, sessionUserOf(principal)),
});
