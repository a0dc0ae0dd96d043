import { idParam } from "@/lib/api/params";
import { sessionUserOf } from "@/lib/api/principal";
import { withApi } from "@/lib/api/with-api";
import { ProposalDecisionIn } from "@/lib/registry/governance-schemas";
import { decideProposal } from "@/lib/registry/threshold-proposals";
import { versionParams } from "@/lib/registry/version-params";

// models:read lets the proposer withdraw; approving and rejecting are checked for
// models:threshold in the service, which knows which decision it is.
export const POST = withApi({
  permission: "models:read",
  body: ProposalDecisionIn,
  handler: ({ principal, params, body }) => {
    const { model, version } = versionParams(params);
    return decideProposal(model, version, idParam(params), body, sessionUserOf(principal));
  },
});
