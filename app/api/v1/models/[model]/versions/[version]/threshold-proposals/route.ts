import { sessionUserOf } from "@/lib/api/principal";
import { withApi } from "@/lib/api/with-api";
import { ThresholdProposalIn } from "@/lib/registry/governance-schemas";
import { listProposals, proposeThreshold } from "@/lib/registry/threshold-proposals";
import { versionParams } from "@/lib/registry/version-params";

export const GET = withApi({
  permission: "models:read",
  handler: ({ params }) => {
    const { model, version } = versionParams(params);
    return listProposals(model, version);
  },
});

export const POST = withApi({
  permission: "models:threshold",
  body: ThresholdProposalIn,
  status: 201,
  handler: ({ principal, params, body }) => {
    const { model, version } = versionParams(params);
    return proposeThreshold(model, version, body, sessionUserOf(principal));
  },
});
