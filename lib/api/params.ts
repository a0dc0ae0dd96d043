// Route parameters, validated the same way everywhere. Client-safe.
import { badRequest } from "./errors";

/** A positive integer id from the route's `[id]` segment. */
export function idParam(params: Record<string, string | string[]>, name = "id"): number {
  const raw = params[name];
  const id = typeof raw === "string" && /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id) || id <= 0) throw badRequest(`The ${name} in the address is not a valid id`, [{ path: ["params", name], message: "a positive whole number" }]);
  return id;
}
