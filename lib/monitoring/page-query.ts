// The monitoring page's URL: which version, which range and windows, what to compare against,
// and which window the distributions show. Client-safe: the controls write what this reads.
import { z } from "zod";
import { DriftQuery } from "./schemas";

export const PAGE_KEYS = ["model", "version", "window", "from", "to", "reference", "at", "feature"] as const;

export const MonitoringPageQuery = z.object({
  model: z.string().max(100).optional(),
  version: z.string().max(64).optional(),
  /** weeks by default: a week holds every weekday once, like the baseline */
  window: z.enum(["day", "week"]).default("week"),
  from: z.string().optional(),
  to: z.string().optional(),
  reference: z.string().optional(),
  /** first day of the window the distributions show (default: the latest complete one) */
  at: z.iso.date().optional(),
});
export type MonitoringPageQuery = z.infer<typeof MonitoringPageQuery>;

/** Search params (possibly repeated) to one value per key. */
export function firstValues(search: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(search)) {
    const v = Array.isArray(value) ? value[0] : value;
    if (v !== undefined && v !== "") out[key] = v;
  }
  return out;
}

/** The page's drift settings as the REST query parses them, with the message to show when wrong. */
export function pageDriftQuery(query: MonitoringPageQuery): { query: DriftQuery | null; error: string | null } {
  const parsed = DriftQuery.safeParse({ from: query.from, to: query.to, window: query.window, reference: query.reference });
  if (parsed.success) return { query: parsed.data, error: null };
  return { query: null, error: parsed.error.issues.map((i) => i.message).join("; ") };
}
