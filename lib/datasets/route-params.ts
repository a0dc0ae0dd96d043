// The dataset name and version from a route's address, validated. Client-safe.
import { badRequest } from "@/lib/api/errors";
import { idParam } from "@/lib/api/params";
import { DatasetName } from "./schemas";

export function datasetParams(params: Record<string, string | string[]>): { name: string; version: number } {
  // Names cannot hold "%", so decoding is safe whether or not the framework already did it
  // (a ":" arrives as %3A from encodeURIComponent). Broken encoding throws URIError: a 400.
  const raw = params.name;
  const name = DatasetName.safeParse(typeof raw === "string" ? decodeURIComponent(raw) : raw);
  if (!name.success) throw badRequest("The dataset name in the address is not valid", [{ path: ["params", "name"], message: "letters, digits and _ . : -" }]);
  return { name: name.data, version: idParam(params, "version") };
}
