import { withApi } from "@/lib/api/with-api";
import { AuditSampleQuery } from "@/lib/alerts/schemas";
import { listAuditSample } from "@/lib/alerts/audit-sample";

export const GET = withApi({ permission: "alerts:read", query: AuditSampleQuery, handler: ({ query }) => listAuditSample(query) });
