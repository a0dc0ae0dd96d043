import "server-only";
// An ingest request body → validated predictions → ingest. Bad input is refused whole.
import { readText } from "@/lib/api/body";
import { badRequest, payloadTooLarge } from "@/lib/api/errors";
import { env } from "@/lib/env";
import { ingestPredictions } from "./ingest";
import { parsePredictions } from "./parse";

export async function ingestRequest(request: Request) {
  const text = await readText(request, env.VIGIL_MAX_BODY_BYTES);
  const parsed = parsePredictions(text, env.VIGIL_MAX_BATCH);
  if (!parsed.ok) {
    if (parsed.tooMany) throw payloadTooLarge(`${parsed.message}; this one holds ${parsed.tooMany}`);
    throw badRequest(parsed.message, parsed.issues);
  }
  return ingestPredictions(parsed.rows);
}
