// What scoring services and ML pipelines call with API keys: ingest, labels, the registry. Client-safe.
import { z } from "zod";
import { LabelIn } from "@/lib/alerts/schemas";
import { IngestResult, PredictionIn } from "@/lib/ingest/schemas";
import { ModelName, ModelVersionIn } from "@/lib/registry/schemas";
import { OCSF_SCORER_EVENT } from "@/lib/ocsf/examples";
import { DetectionFindingIn, OcsfIngestQuery } from "@/lib/ocsf/schemas";
import { EXAMPLE_LABEL, EXAMPLE_MODEL_VERSION, EXAMPLE_PREDICTION } from "./examples";
import { LabelsRecorded, RegisteredVersion } from "./responses";
import type { ApiRoute } from "./types";

export const PIPELINE_ROUTES: ApiRoute[] = [
  {
    method: "POST",
    path: "/api/v1/predictions",
    tag: "Ingest",
    summary: "Stream predictions in",
    description:
      "A JSON array, or NDJSON (one prediction a line, `Content-Type: application/x-ndjson`). A batch is all-or-nothing and idempotent by (model, version, eventId): re-sending it inserts nothing twice. Each new prediction at or above its version's threshold raises an alert (shadow and archived versions score silently). At most VIGIL_MAX_BATCH rows and VIGIL_MAX_BODY_BYTES bytes a request.",
    permission: "predictions:write",
    body: { name: "PredictionIn", schema: PredictionIn, example: [EXAMPLE_PREDICTION], ndjson: true, array: { maxItems: "VIGIL_MAX_BATCH (10,000 by default)" } },
    response: { status: 200, description: "how many were new, already there, and alerted", name: "IngestResult", schema: IngestResult },
  },
  {
    method: "POST",
    path: "/api/v1/predictions/ocsf",
    tag: "Ingest",
    summary: "Stream OCSF Detection Findings in",
    description:
      "OCSF Detection Finding events (class_uid 2004) as a JSON array, NDJSON, or one event, mapped to predictions and ingested exactly as POST /api/v1/predictions (all-or-nothing, idempotent by model, version and finding_info.uid). Mapping: finding_info.uid → eventId; time_dt or time (epoch ms) → timestamp; model and version from ?model=&version=, else finding_info.analytic.name/.version, else metadata.product.name/.version; score from unmapped.score (0-1), else risk_score/100, else confidence_score/100; features and explanation from unmapped.features/.explanation or the enrichments named \"features\" and \"explanation\"; device.hostname (or device.name) → host; actor.user.name (or email_addr) → user; src_endpoint.ip → sourceIp; device.org.ou_name → business unit; the first MITRE tactic → attackType; the whole event is kept as rawEvent. Problems are reported at the OCSF path.",
    permission: "predictions:write",
    query: OcsfIngestQuery,
    queryDescriptions: { model: "the model every event in the batch belongs to, over what the events say", version: "its version" },
    body: { name: "OcsfDetectionFinding", schema: DetectionFindingIn, example: [OCSF_SCORER_EVENT], ndjson: true, array: { maxItems: "VIGIL_MAX_BATCH (10,000 by default)" } },
    response: { status: 200, description: "how many were new, already there, and alerted", name: "IngestResult", schema: IngestResult },
  },
  {
    method: "POST",
    path: "/api/v1/labels",
    tag: "Ingest",
    summary: "Import verdicts",
    description: "Verdicts from outside (a case-management system, a pipeline), matched to predictions by (model, version, eventId). A false positive needs a reason. Unknown predictions refuse the batch. Verdicts map to classes TRUE_POSITIVE → 1, FALSE_POSITIVE → 0; the others are excluded from training by default.",
    permission: "labels:write",
    body: { name: "LabelImport", schema: z.array(LabelIn).min(1).max(5000), example: [EXAMPLE_LABEL] },
    response: { status: 200, description: "how many verdicts were recorded", name: "LabelsRecorded", schema: LabelsRecorded },
  },
  {
    method: "POST",
    path: "/api/v1/models/{model}/versions",
    tag: "Models",
    summary: "Register a model version",
    description: "Creates the model on first use. The baseline (per-feature reference distributions on quantile bins) is what drift is measured against.",
    permission: "models:write",
    params: { model: { description: "the model's name (letters, digits and _ . : -)", schema: ModelName, example: "intrusion-detector" } },
    body: { name: "ModelVersionIn", schema: ModelVersionIn, example: EXAMPLE_MODEL_VERSION },
    response: { status: 201, description: "the registered version", name: "RegisteredVersion", schema: RegisteredVersion },
    errors: [{ status: 409, description: "the version is already registered" }],
  },
];
