import { withApi } from "@/lib/api/with-api";
import { actorOf } from "@/lib/api/principal";
import { createUserAsAdmin, listUsers } from "@/lib/users/manage-users";
import { UserCreateIn } from "@/lib/users/schemas";

export const GET = withApi({ permission: "users:manage", handler: () => listUsers() });

export const POST = withApi({
  permission: "users:manage",
  body: UserCreateIn,
  status: 201,
  handler: ({ body, principal }) => createUserAsAdmin(body, actorOf(principal)),
});
