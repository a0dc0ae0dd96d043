// Retraining datasets: pipelines and leads build immutable versions from verdicts and pull
// them as files. Client-safe.
import { z } from "zod";
import { DatasetBuildIn, DatasetCreated, DatasetExportQuery, DatasetList, DatasetManifest, DatasetName, DatasetPreview, EXPORT_MEDIA_TYPES } from "@/lib/datasets/schemas";
import type { ApiRoute } from "./types";

const EXAMPLE_BUILD = {
  name: "intrusion-fp-retrain",
  model: "intrusion-detector",
  version: "1.0.0",
  from: "2026-11-01",
  to: "2026-12-01",
  mapping: { TRUE_POSITIVE: 1, FALSE_POSITIVE: 0, BENIGN_POSITIVE: null, UNDETERMINED: null },
};

const versionParams = {
  name: { description: "the dataset's name", schema: DatasetName, example: "intrusion-fp-retrain" },
  version: { description: "the version number (1, 2, …)", schema: z.string().regex(/^\d+$/), example: "1" },
};

const BUILD_DESCRIPTION =
  "Rows are the latest verdict of each prediction of the model (or one version) in [from, to), from the chosen sources (all by default), mapped to classes by `mapping` (null leaves a verdict out; default TRUE_POSITIVE → 1, FALSE_POSITIVE → 0, the others out). `includeAuditNegatives` (default true) keeps negatives from the random audit sample; `dedupeByEvent` (default true) keeps one row per event across versions.";

export const DATASET_ROUTES: ApiRoute[] = [
  {
    method: "GET",
    path: "/api/v1/datasets",
    tag: "Datasets",
    summary: "List datasets and their versions",
    permission: "datasets:read",
    response: { status: 200, description: "every dataset, versions newest first", name: "DatasetList", schema: DatasetList },
  },
  {
    method: "POST",
    path: "/api/v1/datasets",
    tag: "Datasets",
    summary: "Build a new immutable dataset version",
    description: `${BUILD_DESCRIPTION} The version's sha256 is taken over the canonical content (rows sorted by model, version, eventId; canonical JSON lines), so the same content always hashes the same on either database. The manifest records the filter, mapping, counts, labellers, parent version and the diff against it.`,
    permission: "datasets:write",
    body: { name: "DatasetBuildIn", schema: DatasetBuildIn, example: EXAMPLE_BUILD },
    response: { status: 201, description: "the new version", name: "DatasetCreated", schema: DatasetCreated },
    errors: [{ status: 409, description: "another version of the dataset was created at the same moment" }],
  },
  {
    method: "POST",
    path: "/api/v1/datasets/preview",
    tag: "Datasets",
    summary: "Preview a dataset without creating it",
    description: `${BUILD_DESCRIPTION} Answers the counts, class balance, sources, label delay and the sha256 the version would have.`,
    permission: "datasets:write",
    body: { name: "DatasetBuildIn", schema: DatasetBuildIn, example: EXAMPLE_BUILD },
    response: { status: 200, description: "what the version would hold", name: "DatasetPreview", schema: DatasetPreview },
  },
  {
    method: "GET",
    path: "/api/v1/datasets/{name}/versions/{version}",
    tag: "Datasets",
    summary: "Read a version's manifest",
    permission: "datasets:read",
    params: versionParams,
    response: { status: 200, description: "the manifest", name: "DatasetManifest", schema: DatasetManifest },
  },
  {
    method: "GET",
    path: "/api/v1/datasets/{name}/versions/{version}/export",
    tag: "Datasets",
    summary: "Export a version (CSV, JSONL or Parquet), streamed",
    description:
      "CSV: one column per field and per feature. JSONL: each line is the row's canonical JSON; sorted by (model, version, eventId) the lines are exactly the bytes the version's sha256 covers. Parquet: the CSV's columns, typed (times as UTC millisecond timestamps, score DOUBLE, class INT32, numeric features DOUBLE and categorical ones UTF-8 text, features nullable), written in row groups of 10,000 rows that stream out as each is done; the file's key-value metadata carries the manifest (`vigil.dataset.manifest`, canonical JSON, and its sha256 `vigil.dataset.manifest.sha256`), the content sha256 (`vigil.dataset.sha256`), the feature → column map (`vigil.dataset.features`) and, per feature, how many values a numeric column could not hold and wrote as null (`vigil.export.unrepresentable_values`). The `X-Dataset-SHA256` header carries the content hash and `X-Dataset-Rows` the row count. The same version always exports the same bytes.",
    permission: "datasets:read",
    params: versionParams,
    query: DatasetExportQuery,
    response: {
      status: 200,
      description: `the file: ${Object.values(EXPORT_MEDIA_TYPES).join(", ")}`,
      files: {
        [EXPORT_MEDIA_TYPES.csv]: "format=csv: a header line, then one CRLF-terminated line a row",
        [EXPORT_MEDIA_TYPES.jsonl]: "format=jsonl: one canonical JSON object a line",
        [EXPORT_MEDIA_TYPES.parquet]: "format=parquet: an Apache Parquet file",
      },
    },
  },
];
