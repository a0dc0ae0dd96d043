import { withApi } from "@/lib/api/with-api";
import { actorOf } from "@/lib/api/principal";
import { VerifyQuery } from "@/lib/audit/schemas";
import { verifyAsStream } from "@/lib/audit/verify-stream";
import { verifyAuditTrail } from "@/lib/audit/verify-trail";

export const dynamic = "force-dynamic";

export const GET = withApi({
  permission: "audit:read",
  query: VerifyQuery,
  handler: ({ query, principal, request }) =>
    query.stream
      ? Promise.resolve(verifyAsStream(actorOf(principal), query.checkpoint, request.signal))
      : verifyAuditTrail({ actor: actorOf(principal), checkpoint: query.checkpoint, signal: request.signal }),
});
