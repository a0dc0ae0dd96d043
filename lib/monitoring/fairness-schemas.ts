// The fairness resource: GET /api/v1/models/{model}/versions/{version}/fairness?from&to&groupBy&minN
// — false-positive and false-negative rates per entity group with Wilson intervals, the
// four-fifths parity band and a minimum-n guard (definitions in lib/stats/group-rates.ts). Client-safe.
import { z } from "zod";

const instant = z.iso
  .datetime({ offset: true, error: "use an ISO instant like 2026-11-01T00:00:00Z or a date like 2026-11-01" })
  .or(z.iso.date())
  .transform((text) => new Date(text.length === 10 ? `${text}T00:00:00Z` : text).getTime());

export const FairnessGroupBy = z.enum(["businessUnit"]);
export type FairnessGroupBy = z.infer<typeof FairnessGroupBy>;

/** `?from&to`: half-open [from, to) in UTC by event time; a date means its midnight. */
export const FairnessQuery = z
  .object({
    from: instant.optional(),
    to: instant.optional(),
    groupBy: FairnessGroupBy.default("businessUnit"),
    /** labelled rows per class and group below which a rate is "not enough labels" */
    minN: z.coerce.number().int().min(1).max(100_000).default(30),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from < q.to, { path: ["to"], message: "to must be after from" });
export type FairnessQuery = z.infer<typeof FairnessQuery>;

export const FairnessRate = z.object({
  /** weighted rate; null when the group has no labelled rows of the class */
  rate: z.number().nullable(),
  /** Wilson score 95 % interval on the Kish effective sample size */
  ci: z.object({ low: z.number(), high: z.number() }).nullable(),
  /** labelled rows of the class in the group */
  n: z.number().int(),
  /** (Σw)² / Σw² */
  nEff: z.number(),
  /** rate / the reference (lowest) group's rate; null when not comparable */
  ratio: z.number().nullable(),
  /** "insufficient": fewer than minN labelled rows — shown, never flagged */
  status: z.enum(["ok", "flagged", "insufficient"]),
});
export type FairnessRate = z.infer<typeof FairnessRate>;

export const FairnessGroup = z.object({ group: z.string(), fpr: FairnessRate, fnr: FairnessRate });
export type FairnessGroup = z.infer<typeof FairnessGroup>;

export const FairnessResponse = z.object({
  model: z.string(),
  version: z.string(),
  from: z.string(),
  to: z.string(),
  groupBy: FairnessGroupBy,
  minN: z.number().int(),
  /** a rate is flagged above band × the reference group's rate (four-fifths rule: 1 / 0.8) */
  band: z.number(),
  reference: z.object({ fpr: z.string().nullable(), fnr: z.string().nullable() }),
  /** verdict → class, as used here */
  mapping: z.record(z.string(), z.number().nullable()),
  groups: z.array(FairnessGroup),
});
export type FairnessResponse = z.infer<typeof FairnessResponse>;

/** The label for rows without a business unit. */
export const UNASSIGNED_GROUP = "(unassigned)";
