import { withApi } from "@/lib/api/with-api";
import { AuditEventQuery } from "@/lib/audit/schemas";
import { listAuditEvents } from "@/lib/audit/events";

export const GET = withApi({ permission: "audit:read", query: AuditEventQuery, handler: ({ query }) => listAuditEvents(query) });
