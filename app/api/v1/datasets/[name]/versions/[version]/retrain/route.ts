import { withApi } from "@/lib/api/with-api";
import { datasetParams } from "@/lib/datasets/route-params";
import { RetrainIn } from "@/lib/training/schemas";
import { startRetrain } from "@/lib/training/start";

export const POST = withApi({
  permission: "models:retrain",
  apiKeyScope: "models:write",
  body: RetrainIn,
  status: 202,
  handler: ({ params, body, principal }) => {
    const { name, version } = datasetParams(params);
    return startRetrain(name, version, body, principal);
  },
});
