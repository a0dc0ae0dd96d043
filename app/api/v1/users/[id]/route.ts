import { withApi } from "@/lib/api/with-api";
import { actorOf, sessionUserOf } from "@/lib/api/principal";
import { updateUser } from "@/lib/users/manage-users";
import { UserUpdateIn } from "@/lib/users/schemas";

export const PATCH = withApi({
  permission: "users:manage",
  body: UserUpdateIn,
  handler: ({ body, params, principal }) => updateUser(String(params.id), body, { ...actorOf(principal), id: sessionUserOf(principal).id }),
});
