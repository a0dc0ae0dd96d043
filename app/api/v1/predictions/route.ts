import { withApi } from "@/lib/api/with-api";
import { ingestRequest } from "@/lib/ingest/ingest-request";

export const POST = withApi({
  permission: "predictions:write",
  handler: ({ request }) => ingestRequest(request),
});
