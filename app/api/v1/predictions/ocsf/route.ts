import { withApi } from "@/lib/api/with-api";
import { ingestOcsfRequest } from "@/lib/ocsf/ocsf-request";
import { OcsfIngestQuery } from "@/lib/ocsf/schemas";

export const POST = withApi({
  permission: "predictions:write",
  query: OcsfIngestQuery,
  handler: ({ request, query }) => ingestOcsfRequest(request, query),
});
