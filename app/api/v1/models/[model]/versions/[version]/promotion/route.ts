import { sessionUserOf } from "@/lib/api/principal";
import { withApi } from "@/lib/api/with-api";
import { PromotionIn } from "@/lib/registry/governance-schemas";
import { promoteVersion } from "@/lib/registry/promote";
import { versionParams } from "@/lib/registry/version-params";

export const POST = withApi({
  permission: "models:promote",
  body: PromotionIn,
  status: 201,
  handler: ({ principal, params, body }) => {
    const { model, version } = versionParams(params);
    return promoteVersion(model, version, body, sessionUserOf(principal));
  },
});
