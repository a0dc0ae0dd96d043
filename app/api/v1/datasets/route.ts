import { withApi } from "@/lib/api/with-api";
import { actorOf } from "@/lib/api/principal";
import { createDatasetVersion } from "@/lib/datasets/create";
import { listDatasets } from "@/lib/datasets/read";
import { DatasetBuildIn } from "@/lib/datasets/schemas";

export const dynamic = "force-dynamic";

export const GET = withApi({ permission: "datasets:read", handler: () => listDatasets() });

export const POST = withApi({
  permission: "datasets:write",
  body: DatasetBuildIn,
  status: 201,
  handler: ({ body, principal }) => createDatasetVersion(body, actorOf(principal)),
});
