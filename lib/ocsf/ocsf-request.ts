import "server-only";
// POST /api/v1/predictions/ocsf: OCSF Detection Findings (a JSON array, NDJSON, or one event)
// → validated → mapped (map.ts) → the same ingest as POST /api/v1/predictions, all-or-nothing
// and idempotent by (model, version, finding_info.uid). Problems are reported at the OCSF path
// the producer wrote.
import { requireJsonBody } from "@/lib/api/content-type";
import { AppError, badRequest, payloadTooLarge, type ErrorIssue } from "@/lib/api/errors";
import { jsonDepth, MAX_JSON_DEPTH } from "@/lib/api/json-depth";
import { readUtf8 } from "@/lib/api/strict-text";
import { hasUnstorableText } from "@/lib/api/unstorable-text";
import { issuesOf } from "@/lib/api/with-api";
import { env } from "@/lib/env";
import { ingestPredictions } from "@/lib/ingest/ingest";
import { PredictionIn, type IngestResult } from "@/lib/ingest/schemas";
import { mapDetectionFinding, ocsfPathOf, type Mapped } from "./map";
import { DetectionFindingIn, type OcsfIngestQuery } from "./schemas";

const MAX_REPORTED_ISSUES = 100;
export const OCSF_CONTENT_TYPES = ["application/x-ndjson", "application/jsonl", "application/json-seq"] as const;

/** The events in a body: a JSON array, one JSON object, or NDJSON (one event a line). */
export function splitEvents(text: string): unknown[] {
  const trimmed = text.trim();
  if (!trimmed) throw badRequest("The body is empty: send a JSON array of OCSF events, or NDJSON");
  if (trimmed.startsWith("[")) {
    try {
      const parsed = JSON.parse(trimmed);
      if (Array.isArray(parsed)) return parsed;
    } catch {
      // reported below
    }
    throw badRequest("The body is not a valid JSON array");
  }
  const lines = trimmed.split(/\r?\n/).filter((line) => line.trim());
  const issues: ErrorIssue[] = [];
  const events = lines.map((line, index) => {
    try {
      return JSON.parse(line);
    } catch {
      issues.push({ path: [index], message: `line ${index + 1} is not valid JSON` });
      return undefined;
    }
  });
  if (issues.length) throw badRequest(lines.length === 1 ? "The body is not valid JSON" : "Some NDJSON lines are not valid JSON", issues.slice(0, MAX_REPORTED_ISSUES));
  return events;
}

/** Every event validated and mapped, or every problem at its OCSF path; nothing partial. */
export function mapEvents(events: unknown[], query: OcsfIngestQuery): { predictions: PredictionIn[]; sources: Mapped["sources"][] } {
  const issues: ErrorIssue[] = [];
  const predictions: PredictionIn[] = [];
  const sources: Mapped["sources"][] = [];
  events.forEach((event, index) => {
    if (issues.length >= MAX_REPORTED_ISSUES) return;
    const parsed = DetectionFindingIn.safeParse(event);
    if (!parsed.success) return issues.push(...issuesOf(parsed.error, [index]));
    const mapped = mapDetectionFinding(parsed.data, query, event);
    if (!mapped.ok) return issues.push(...mapped.issues.map((i) => ({ path: [index, ...i.path], message: i.message })));
    const valid = PredictionIn.safeParse(mapped.mapped.prediction);
    if (!valid.success) {
      return issues.push(...valid.error.issues.map((i) => ({ path: [index, ...ocsfPathOf(mapped.mapped.sources, i.path as (string | number)[])], message: i.message })));
    }
    predictions.push(valid.data);
    sources.push(mapped.mapped.sources);
  });
  if (issues.length) throw badRequest("Some OCSF events are invalid; nothing was written", issues.slice(0, MAX_REPORTED_ISSUES));
  return { predictions, sources };
}

export async function ingestOcsfRequest(request: Request, query: OcsfIngestQuery): Promise<IngestResult> {
  requireJsonBody(request, OCSF_CONTENT_TYPES);
  const text = await readUtf8(request, env.VIGIL_MAX_BODY_BYTES);
  if (jsonDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) throw badRequest(`The body nests deeper than ${MAX_JSON_DEPTH} levels`);
  const events = splitEvents(text);
  if (!events.length) throw badRequest("The batch is empty");
  if (events.length > env.VIGIL_MAX_BATCH) throw payloadTooLarge(`A batch holds at most ${env.VIGIL_MAX_BATCH} events; this one holds ${events.length}`);
  if (hasUnstorableText(events, text)) throw badRequest("The body holds a NUL character or a lone UTF-16 surrogate, which text cannot store");
  const { predictions, sources } = mapEvents(events, query);
  try {
    return await ingestPredictions(predictions);
  } catch (error) {
    // Ingest names prediction fields ([row, "version"]); say where that is in the OCSF event.
    if (error instanceof AppError && error.issues) {
      const issues = error.issues.map((issue) => {
        const [row, ...rest] = issue.path;
        return typeof row === "number" && sources[row] ? { ...issue, path: [row, ...ocsfPathOf(sources[row], rest)] } : issue;
      });
      throw new AppError(error.status, error.code, error.message, issues);
    }
    throw error;
  }
}
