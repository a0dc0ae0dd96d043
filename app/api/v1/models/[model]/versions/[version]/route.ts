import { withApi } from "@/lib/api/with-api";
import { versionParams } from "@/lib/registry/version-params";
import { versionDetail } from "@/lib/registry/catalog";

export const GET = withApi({
  permission: "models:read",
  handler: ({ params }) => {
    const { model, version } = versionParams(params);
    return versionDetail(model, version);
  },
});
