import { withApi } from "@/lib/api/with-api";
import { actorOf } from "@/lib/api/principal";
import { listCheckpoints } from "@/lib/audit/checkpoint-store";
import { verifyAuditTrail } from "@/lib/audit/verify-trail";

export const GET = withApi({ permission: "audit:read", handler: async () => ({ checkpoints: await listCheckpoints(100) }) });

/** On demand: verify the chain and sign its head (nothing is signed if verification fails). */
export const POST = withApi({
  permission: "audit:read",
  status: 201,
  handler: ({ principal }) => verifyAuditTrail({ actor: actorOf(principal), trigger: "on_demand" }),
});
