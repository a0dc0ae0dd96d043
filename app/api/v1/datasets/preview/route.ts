import { withApi } from "@/lib/api/with-api";
import { previewDataset } from "@/lib/datasets/preview";
import { DatasetBuildIn } from "@/lib/datasets/schemas";

export const dynamic = "force-dynamic";

export const POST = withApi({
  permission: "datasets:write",
  body: DatasetBuildIn,
  handler: ({ body }) => previewDataset(body),
});
