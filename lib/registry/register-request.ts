import "server-only";
import { badRequest } from "@/lib/api/errors";
import type { Actor } from "@/lib/audit/record";
import { registerModelVersion } from "./register";
import { ModelName, type ModelVersionIn } from "./schemas";

export function registerVersionRequest(model: string | string[] | undefined, body: ModelVersionIn, actor: Actor) {
  const name = ModelName.safeParse(model);
  if (!name.success) throw badRequest("The model name is invalid", [{ path: ["model"], message: name.error.issues[0].message }]);
  return registerModelVersion(name.data, body, actor);
}
