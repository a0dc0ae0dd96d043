import "server-only";
// An ingest request body → validated predictions → ingest. Bad input is refused whole, with
// the same strictness as every other JSON endpoint (lib/api/with-api.ts): UTF-8 only, bounded
// nesting, and no text one of the databases cannot store.
import { badRequest, payloadTooLarge } from "@/lib/api/errors";
import { jsonDepth, MAX_JSON_DEPTH } from "@/lib/api/json-depth";
import { readUtf8 } from "@/lib/api/strict-text";
import { hasUnstorableText } from "@/lib/api/unstorable-text";
import { env } from "@/lib/env";
import { ingestPredictions } from "./ingest";
import { parsePredictions } from "./parse";

export async function ingestRequest(request: Request) {
  const text = await readUtf8(request, env.VIGIL_MAX_BODY_BYTES);
  // NDJSON lines are each one value, so the whole body's depth bounds every line's.
  if (jsonDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) throw badRequest(`The request body nests deeper than ${MAX_JSON_DEPTH} levels`);
  const parsed = parsePredictions(text, env.VIGIL_MAX_BATCH);
  if (!parsed.ok) {
    if (parsed.tooMany) throw payloadTooLarge(`${parsed.message}; this one holds ${parsed.tooMany}`);
    throw badRequest(parsed.message, parsed.issues);
  }
  if (hasUnstorableText(parsed.rows, text)) throw badRequest("The request body holds a NUL character or a lone UTF-16 surrogate, which text cannot store");
  return ingestPredictions(parsed.rows);
}
