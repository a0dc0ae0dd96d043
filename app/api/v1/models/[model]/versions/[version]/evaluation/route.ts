import { withApi } from "@/lib/api/with-api";
import { evaluateVersion } from "@/lib/evaluation/evaluate-version";
import { versionParams } from "@/lib/registry/version-params";
import { EvaluationQuery } from "@/lib/evaluation/schemas";

export const GET = withApi({
  permission: "metrics:read",
  query: EvaluationQuery,
  handler: ({ params, query }) => {
    const { model, version } = versionParams(params);
    return evaluateVersion(model, version, query);
  },
});
