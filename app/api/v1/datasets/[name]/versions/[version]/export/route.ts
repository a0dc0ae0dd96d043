import { withApi } from "@/lib/api/with-api";
import { exportDataset } from "@/lib/datasets/export-stream";
import { datasetParams } from "@/lib/datasets/route-params";
import { DatasetExportQuery } from "@/lib/datasets/schemas";

export const dynamic = "force-dynamic";

export const GET = withApi({
  permission: "datasets:read",
  query: DatasetExportQuery,
  handler: ({ params, query }) => {
    const { name, version } = datasetParams(params);
    return exportDataset(name, version, query);
  },
});
