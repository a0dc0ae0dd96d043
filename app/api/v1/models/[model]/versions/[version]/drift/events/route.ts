import { withApi } from "@/lib/api/with-api";
import { driftEventsRequest } from "@/lib/monitoring/drift-request";
import { versionParams } from "@/lib/registry/version-params";

export const GET = withApi({ permission: "metrics:read", handler: ({ params }) => driftEventsRequest(versionParams(params)) });
