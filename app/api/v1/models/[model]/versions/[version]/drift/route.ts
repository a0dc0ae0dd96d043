import { actorOf } from "@/lib/api/principal";
import { withApi } from "@/lib/api/with-api";
import { driftRequest } from "@/lib/monitoring/drift-request";
import { versionParams } from "@/lib/registry/version-params";
import { DriftQuery } from "@/lib/monitoring/schemas";

export const GET = withApi({
  permission: "metrics:read",
  query: DriftQuery,
  handler: ({ params, query, principal }) => driftRequest(versionParams(params), query, actorOf(principal)),
});
