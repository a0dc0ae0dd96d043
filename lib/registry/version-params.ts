// The model and version named in a route's address, validated as the registry names them.
// Client-safe.
import { badRequest } from "@/lib/api/errors";
import { ModelName } from "@/lib/registry/schemas";

const VERSION = /^[A-Za-z0-9_.+-]{1,64}$/;

export function versionParams(params: Record<string, string | string[]>): { model: string; version: string } {
  const model = ModelName.safeParse(typeof params.model === "string" ? decodeURIComponent(params.model) : "");
  if (!model.success) throw badRequest("The model name in the address is invalid", [{ path: ["params", "model"], message: model.error.issues[0].message }]);
  const version = typeof params.version === "string" ? decodeURIComponent(params.version) : "";
  if (!VERSION.test(version)) throw badRequest("The version in the address is invalid", [{ path: ["params", "version"], message: "letters, digits and _ . + - only" }]);
  return { model: model.data, version };
}
