import { badRequest } from "@/lib/api/errors";
import { sessionUserOf } from "@/lib/api/principal";
import { withApi } from "@/lib/api/with-api";
import { RollbackIn } from "@/lib/registry/governance-schemas";
import { rollbackModel } from "@/lib/registry/rollback";
import { ModelName } from "@/lib/registry/schemas";

export const POST = withApi({
  permission: "models:promote",
  body: RollbackIn,
  handler: ({ principal, params, body }) => {
    const model = ModelName.safeParse(params.model);
    if (!model.success) throw badRequest("The model name in the address is invalid", [{ path: ["params", "model"], message: model.error.issues[0].message }]);
    return rollbackModel(model.data, body ?? {}, sessionUserOf(principal));
  },
});
