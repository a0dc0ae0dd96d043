// Prediction history and the audit trail: what auditors read, export and verify. Client-safe.
import { z } from "zod";
import { AuditEventPage, AuditEventQuery, CheckpointExport, CheckpointView, VerifyQuery, VerifyResult } from "@/lib/audit/schemas";
import { ExportManifest, PredictionExportQuery, PredictionPage, PredictionSearchQuery } from "@/lib/predictions/schemas";
import { numericId } from "./path-params";
import type { ApiRoute } from "./types";

export const OVERSIGHT_ROUTES: ApiRoute[] = [
  {
    method: "GET",
    path: "/api/v1/predictions/search",
    tag: "History",
    summary: "Search the prediction history",
    description: "By event id, host, user, source IP, model version, decision and time range [from, to), newest first.",
    permission: "predictions:history",
    query: PredictionSearchQuery,
    response: { status: 200, description: "a page of predictions", name: "PredictionPage", schema: PredictionPage },
  },
  {
    method: "GET",
    path: "/api/v1/predictions/{id}",
    tag: "History",
    summary: "Read one prediction's full record",
    description: "Inputs, score, threshold, the model version and its lineage, explanation, verdict history and every action taken on it.",
    permission: "predictions:history",
    params: { id: numericId("prediction") },
    response: { status: 200, description: "the record" },
  },
  {
    method: "GET",
    path: "/api/v1/predictions/export",
    tag: "History",
    summary: "Export a result set (CSV or JSONL)",
    description: "Streams the search's predictions as a file; the export is audited, and its manifest (count, sha256 of the bytes) is kept under the exportId the client chose.",
    permission: "exports:create",
    query: PredictionExportQuery,
    response: { status: 200, description: "the file (text/csv or application/x-ndjson)" },
  },
  {
    method: "GET",
    path: "/api/v1/predictions/export/{id}",
    tag: "History",
    summary: "Read an export's manifest",
    permission: "predictions:history",
    params: { id: { description: "the exportId the client chose (a UUID)", schema: z.uuid(), example: "0f8fad5b-d9cb-469f-a165-70867728950e" } },
    response: { status: 200, description: "the manifest", name: "ExportManifest", schema: ExportManifest },
  },
  {
    method: "GET",
    path: "/api/v1/audit/events",
    tag: "Audit",
    summary: "List audit events",
    permission: "audit:read",
    query: AuditEventQuery,
    response: { status: 200, description: "a page of events, newest first", name: "AuditEventPage", schema: AuditEventPage },
  },
  {
    method: "GET",
    path: "/api/v1/audit/verify",
    tag: "Audit",
    summary: "Verify the audit hash chain",
    description: "Walks the chain end to end and checks the signed checkpoints; `firstBadSeq` points at the first broken link. `stream=true` answers NDJSON progress lines, then the result.",
    permission: "audit:read",
    query: VerifyQuery,
    response: { status: 200, description: "the verification", name: "VerifyResult", schema: VerifyResult },
  },
  {
    method: "GET",
    path: "/api/v1/audit/checkpoints",
    tag: "Audit",
    summary: "List signed checkpoints",
    permission: "audit:read",
    response: { status: 200, description: "the latest checkpoints", name: "CheckpointList", schema: z.object({ checkpoints: z.array(CheckpointView) }) },
  },
  {
    method: "POST",
    path: "/api/v1/audit/checkpoints",
    tag: "Audit",
    summary: "Verify the chain and sign its head",
    description: "Nothing is signed when verification fails.",
    permission: "audit:read",
    response: { status: 201, description: "the verification, with the new checkpoint", name: "VerifyResult", schema: VerifyResult },
  },
  {
    method: "GET",
    path: "/api/v1/audit/checkpoints/export",
    tag: "Audit",
    summary: "Export the checkpoints with their public keys",
    description: "A file to check outside the database: each checkpoint's Ed25519 signature over its canonical JSON.",
    permission: "audit:read",
    response: { status: 200, description: "the export", name: "CheckpointExport", schema: CheckpointExport },
  },
];
