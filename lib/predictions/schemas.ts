// Prediction history for auditors: the search query and its pages, the full record, and the
// export's manifest (client-safe).
import { z } from "zod";

const isoInstant = z.iso
  .datetime({ offset: true })
  .or(z.iso.date())
  .transform((text) => new Date(text.length === 10 ? `${text}T00:00:00Z` : text));
const text = (max: number) => z.string().trim().min(1).max(max);

export const DECISIONS = ["alerted", "not_alerted"] as const;

/** Every filter is optional and they combine with AND. Time ranges are half-open [from, to) in UTC. */
export const PredictionFilters = z
  .object({
    eventId: text(200).optional(),
    host: text(200).optional(),
    user: text(200).optional(),
    sourceIp: text(200).optional(),
    model: text(200).optional(),
    version: text(64).optional(),
    /** alerted: the score reached the threshold in force when it was scored */
    decision: z.enum(DECISIONS).optional(),
    from: isoInstant.optional(),
    to: isoInstant.optional(),
  })
  .refine((query) => !query.from || !query.to || query.from < query.to, { path: ["to"], message: "to must be after from" })
  .refine((query) => !query.version || !!query.model, { path: ["version"], message: "a version needs its model" });
export type PredictionFilters = z.infer<typeof PredictionFilters>;

/** The filter keys as they appear in URLs (search page, API, export). */
export const PREDICTION_FILTER_KEYS = ["eventId", "host", "user", "sourceIp", "model", "version", "decision", "from", "to"] as const;
export type PredictionFilterParams = Partial<Record<(typeof PREDICTION_FILTER_KEYS)[number], string>>;

export const PredictionSearchQuery = z.intersection(
  PredictionFilters,
  z.object({
    /** from the previous page's nextCursor */
    cursor: z.string().regex(/^\d{1,15}\.\d{1,15}$/, "not a cursor this search issued").optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  }),
);
export type PredictionSearchQuery = z.infer<typeof PredictionSearchQuery>;

export const PredictionRow = z.object({
  id: z.number(),
  eventId: z.string(),
  time: z.string(),
  score: z.number(),
  threshold: z.number(),
  decision: z.boolean(),
  model: z.string(),
  version: z.string(),
  host: z.string().nullable(),
  user: z.string().nullable(),
  sourceIp: z.string().nullable(),
  businessUnit: z.string().nullable(),
  attackType: z.string().nullable(),
  auditSample: z.boolean(),
  alertId: z.number().nullable(),
  /** the verdict in force (the latest label), if any */
  verdict: z.string().nullable(),
});
export type PredictionRow = z.infer<typeof PredictionRow>;

export const PredictionPage = z.object({
  rows: z.array(PredictionRow),
  nextCursor: z.string().nullable(),
  /** server time spent on the search, for the budget (≤ 300 ms) */
  tookMs: z.number(),
});
export type PredictionPage = z.infer<typeof PredictionPage>;

export const EXPORT_FORMATS = ["csv", "jsonl"] as const;

export const PredictionExportQuery = z.intersection(
  PredictionFilters,
  z.object({
    format: z.enum(EXPORT_FORMATS).default("csv"),
    /** chosen by the client (a UUID) so it can fetch the manifest once the download ends */
    exportId: z.uuid().optional(),
  }),
);
export type PredictionExportQuery = z.infer<typeof PredictionExportQuery>;

export const ExportManifest = z.object({
  exportId: z.string(),
  format: z.enum(EXPORT_FORMATS),
  fileName: z.string(),
  /** the filters as applied (UTC instants) */
  filters: z.record(z.string(), z.union([z.string(), z.null()])),
  /** predictions ingested after this instant are left out, so the same export can be re-run */
  asOf: z.string(),
  columns: z.array(z.string()),
  count: z.number(),
  bytes: z.number(),
  /** sha256 of the file's exact bytes, hex */
  sha256: z.string(),
  /** false when the download stopped early: count, bytes and sha256 cover what was sent */
  complete: z.boolean(),
  createdBy: z.string(),
  createdAt: z.string(),
  completedAt: z.string(),
  /** the audit event that records this export */
  auditSeq: z.number().optional(),
  notes: z.array(z.string()),
});
export type ExportManifest = z.infer<typeof ExportManifest>;
