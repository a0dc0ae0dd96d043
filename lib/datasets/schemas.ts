// Dataset builder inputs and the shapes the API answers with. Client-safe (zod only).
import { z } from "zod";

export const VERDICTS = ["TRUE_POSITIVE", "FALSE_POSITIVE", "BENIGN_POSITIVE", "UNDETERMINED"] as const;
export const LABEL_SOURCES = ["ANALYST", "AUDIT_SAMPLE", "IMPORT", "ACTIVE_LEARNING"] as const;
export type LabelSource = (typeof LABEL_SOURCES)[number];

// Same alphabet as model names: it appears in URLs and file names.
export const DatasetName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/, "letters, digits and _ . : - (up to 100)");

const ClassOf = z.union([z.literal(0), z.literal(1), z.null()]);

/** Verdict → class; null leaves the verdict out of the dataset. Recorded with every version. */
export const VerdictMapping = z
  .object({ TRUE_POSITIVE: ClassOf, FALSE_POSITIVE: ClassOf, BENIGN_POSITIVE: ClassOf, UNDETERMINED: ClassOf })
  .strict();
export type VerdictMapping = z.infer<typeof VerdictMapping>;

export const DEFAULT_MAPPING: VerdictMapping = { TRUE_POSITIVE: 1, FALSE_POSITIVE: 0, BENIGN_POSITIVE: null, UNDETERMINED: null };

const instant = z.iso.datetime({ offset: true }).or(z.iso.date());

export const DatasetBuildIn = z
  .object({
    name: DatasetName,
    model: z.string().min(1).max(200),
    version: z.string().min(1).max(100).optional(),
    from: instant.optional(),
    to: instant.optional(),
    sources: z.array(z.enum(LABEL_SOURCES)).min(1).max(LABEL_SOURCES.length).optional(),
    mapping: VerdictMapping.optional(),
    includeAuditNegatives: z.boolean().optional(),
    dedupeByEvent: z.boolean().optional(),
  })
  .strict()
  .refine((input) => !input.from || !input.to || new Date(input.from) < new Date(input.to), { message: "from must be before to", path: ["to"] });
export type DatasetBuildIn = z.infer<typeof DatasetBuildIn>;

/** The filter with every default filled in, as the manifest records it. */
export type DatasetFilter = {
  model: string;
  version: string | null;
  from: string | null;
  to: string | null;
  sources: LabelSource[];
  includeAuditNegatives: boolean;
  dedupeByEvent: boolean;
};

export const DatasetCreated = z.object({ name: z.string(), version: z.number().int(), rows: z.number().int(), positives: z.number().int(), sha256: z.string() });
export type DatasetCreated = z.infer<typeof DatasetCreated>;

const Counts = z.object({
  rows: z.number().int(),
  positives: z.number().int(),
  negatives: z.number().int(),
  bySource: z.record(z.string(), z.number().int()),
  byVerdict: z.record(z.string(), z.number().int()),
  /** latest verdicts that matched the filter but were left out, by why */
  excluded: z.object({ unmapped: z.number().int(), auditNegatives: z.number().int(), duplicateEvents: z.number().int() }),
});

export const DatasetPreview = Counts.extend({
  classBalance: z.number().nullable(),
  labelDelayMinutes: z.object({ median: z.number().nullable(), p90: z.number().nullable() }),
  modelVersions: z.array(z.object({ model: z.string(), version: z.string(), rows: z.number().int() })),
  sha256: z.string(),
});
export type DatasetPreview = z.infer<typeof DatasetPreview>;

export const DatasetDiff = z.object({ added: z.number().int(), removed: z.number().int(), relabelled: z.number().int() });
export type DatasetDiff = z.infer<typeof DatasetDiff>;

export const DatasetManifest = z.object({
  name: z.string(),
  version: z.number().int(),
  sha256: z.string(),
  hashAlgorithm: z.string(),
  filter: z.record(z.string(), z.unknown()),
  mapping: VerdictMapping,
  counts: Counts,
  classBalance: z.number().nullable(),
  labelDelayMinutes: z.object({ median: z.number().nullable(), p90: z.number().nullable() }),
  timeRange: z.object({ from: z.string().nullable(), to: z.string().nullable(), firstEvent: z.string().nullable(), lastEvent: z.string().nullable() }),
  modelVersions: z.array(z.object({ model: z.string(), version: z.string(), rows: z.number().int() })),
  labellers: z.array(z.object({ labeller: z.string(), rows: z.number().int() })),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  parent: z.object({ version: z.number().int(), sha256: z.string() }).nullable(),
  diff: DatasetDiff.nullable(),
});
export type DatasetManifest = z.infer<typeof DatasetManifest>;

export const DatasetSummary = z.object({
  name: z.string(),
  description: z.string().nullable(),
  createdAt: z.string(),
  versions: z.array(z.object({ version: z.number().int(), rows: z.number().int(), positives: z.number().int(), sha256: z.string(), createdBy: z.string().nullable(), createdAt: z.string() })),
});
export type DatasetSummary = z.infer<typeof DatasetSummary>;
export const DatasetList = z.object({ datasets: z.array(DatasetSummary) });
export type DatasetList = z.infer<typeof DatasetList>;

export const EXPORT_FORMATS = ["csv", "jsonl", "parquet"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** The Content-Type each export format is served with (Parquet's is IANA-registered). */
export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  jsonl: "application/x-ndjson; charset=utf-8",
  parquet: "application/vnd.apache.parquet",
};
export const DatasetExportQuery = z.object({ format: z.enum(EXPORT_FORMATS).default("csv") }).strict();
export type DatasetExportQuery = z.infer<typeof DatasetExportQuery>;
