import { withApi } from "@/lib/api/with-api";
import { datasetManifest } from "@/lib/datasets/read";
import { datasetParams } from "@/lib/datasets/route-params";

export const dynamic = "force-dynamic";

export const GET = withApi({
  permission: "datasets:read",
  handler: ({ params }) => {
    const { name, version } = datasetParams(params);
    return datasetManifest(name, version);
  },
});
