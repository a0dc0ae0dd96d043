import { withApi } from "@/lib/api/with-api";
import { compareRequest } from "@/lib/evaluation/compare-versions";
import { ComparisonQuery } from "@/lib/evaluation/schemas";
import { versionParams } from "@/lib/registry/version-params";

export const GET = withApi({
  permission: "metrics:read",
  query: ComparisonQuery,
  handler: ({ params, query }) => {
    const { model, version } = versionParams(params);
    return compareRequest(model, version, query);
  },
});
