// Retraining datasets: pipelines and leads build immutable versions from verdicts and pull
// them as files. Client-safe.
import { z } from "zod";
import { DatasetBuildIn, DatasetCreated, DatasetExportQuery, DatasetList, DatasetManifest, DatasetName, DatasetPreview } from "@/lib/datasets/schemas";
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
    summary: "Export a version (CSV or JSONL), streamed",
    description:
      "CSV: one column per field and per feature. JSONL: each line is the row's canonical JSON; sorted by (model, version, eventId) the lines are exactly the bytes the version's sha256 covers. The `X-Dataset-SHA256` header carries that hash. Parquet is not offered yet.",
    permission: "datasets:read",
    params: versionParams,
    query: DatasetExportQuery,
    response: { status: 200, description: "the file (text/csv or application/x-ndjson)" },
  },
];
