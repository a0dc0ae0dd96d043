import { withApi } from "@/lib/api/with-api";
import { idParam } from "@/lib/api/params";
import { getAuditSamplePrediction } from "@/lib/alerts/audit-sample";

export const GET = withApi({ permission: "alerts:read", handler: ({ params }) => getAuditSamplePrediction(idParam(params)) });
