// Turns an ingest body (a JSON array, or NDJSON: one object per line) into validated
// predictions, or every problem with its row's path. Pure.
import { fastValidate } from "./fast-validate";
import { PredictionIn } from "./schemas";
import type { ErrorIssue } from "@/lib/api/errors";

export type ParseOutcome = { ok: true; rows: PredictionIn[] } | { ok: false; message: string; issues: ErrorIssue[] };

const MAX_REPORTED_ISSUES = 100;

function splitBody(text: string): { ok: true; items: unknown[] } | { ok: false; message: string; issues: ErrorIssue[] } {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, message: "The body is empty: send a JSON array or NDJSON", issues: [] };
  if (trimmed.startsWith("[")) {
    try {
      const items = JSON.parse(trimmed);
      if (Array.isArray(items)) return { ok: true, items };
    } catch {
      // falls through to the message below
    }
    return { ok: false, message: "The body is not a valid JSON array", issues: [] };
  }
  const items: unknown[] = [];
  const issues: ErrorIssue[] = [];
  trimmed.split("\n").forEach((line, index) => {
    if (!line.trim()) return;
    try {
      items.push(JSON.parse(line));
    } catch {
      issues.push({ path: [index], message: `line ${index + 1} is not valid JSON` });
      items.push(undefined);
    }
  });
  if (issues.length) return { ok: false, message: "Some NDJSON lines are not valid JSON", issues: issues.slice(0, MAX_REPORTED_ISSUES) };
  return { ok: true, items };
}

export function parsePredictions(text: string, maxRows: number): ParseOutcome & { tooMany?: number } {
  const split = splitBody(text);
  if (!split.ok) return split;
  if (split.items.length > maxRows) {
    return { ok: false, message: `A batch holds at most ${maxRows} predictions`, issues: [], tooMany: split.items.length };
  }
  if (split.items.length === 0) return { ok: false, message: "The batch is empty", issues: [] };
  const rows: PredictionIn[] = [];
  const issues: ErrorIssue[] = [];
  split.items.forEach((item, index) => {
    // Well-formed rows (nearly all) take the fast path; zod settles the rest and words the errors.
    const fast = fastValidate(item);
    if (fast) {
      rows.push(fast);
      return;
    }
    const parsed = PredictionIn.safeParse(item);
    if (parsed.success) rows.push(parsed.data);
    else if (issues.length < MAX_REPORTED_ISSUES) {
      for (const issue of parsed.error.issues) {
        issues.push({ path: [index, ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))], message: issue.message });
      }
    }
  });
  if (issues.length) return { ok: false, message: "Some predictions are invalid; nothing was written", issues: issues.slice(0, MAX_REPORTED_ISSUES) };
  return { ok: true, rows };
}
