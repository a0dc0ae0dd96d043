// JSON endpoints take JSON. Refusing other declared types answers a client that sent a form or
// XML with a clear 415, and closes the "simple request" path (text/plain, form encodings) by
// which another site could post to the API without a CORS preflight. Pure.
import { unsupportedMediaType } from "./errors";

/** The media type without parameters, lower case; undefined when none is declared. */
export function mediaTypeOf(request: Request): string | undefined {
  const header = request.headers.get("content-type");
  return header ? header.split(";")[0].trim().toLowerCase() || undefined : undefined;
}

export const isJsonMediaType = (type: string) => type === "application/json" || /^application\/[\w.+-]+\+json$/.test(type);

/** Throws 415 unless the body is declared JSON (or not declared: curl --data-binary with no -H). */
export function requireJsonBody(request: Request, also: readonly string[] = []): void {
  const type = mediaTypeOf(request);
  if (type && !isJsonMediaType(type) && !also.includes(type)) {
    throw unsupportedMediaType(`The body must be JSON (Content-Type: application/json${also.length ? `, or ${also.join(", ")}` : ""}); this one is ${type}`);
  }
}
