import { withApi } from "@/lib/api/with-api";
import { fairnessReport } from "@/lib/monitoring/fairness";
import { FairnessQuery } from "@/lib/monitoring/fairness-schemas";
import { versionParams } from "@/lib/registry/version-params";

export const GET = withApi({
  permission: "metrics:read",
  query: FairnessQuery,
  handler: ({ params, query }) => {
    const { model, version } = versionParams(params);
    return fairnessReport(model, version, query);
  },
});
