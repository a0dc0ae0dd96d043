// How an exported prediction is written, and the running digest behind the manifest. Pure.
// Lines are canonical JSON and rows come newest first with ids breaking ties, so the same
// export (same filters, same asOf) always produces the same bytes and the same sha256.
import { createHash, type Hash } from "node:crypto";
import { canonicalJson } from "@/lib/audit/canonical";
import { csvLine } from "./csv";
import type { StoredPrediction } from "./search";

export const EXPORT_COLUMNS = [
  "id", "event_id", "model", "version", "time", "score", "threshold", "decision", "host", "user", "source_ip",
  "business_unit", "attack_type", "audit_sample", "inclusion_probability", "alert_id", "verdict", "ingested_at",
  "features", "explanation", "raw_event",
] as const;

export function csvHeader(): string {
  return csvLine([...EXPORT_COLUMNS]);
}

export function csvRow(row: StoredPrediction): string {
  return csvLine([
    row.id, row.eventId, row.model, row.version, row.time, row.score, row.threshold, row.decision, row.host, row.user, row.sourceIp,
    row.businessUnit, row.attackType, row.auditSample, row.inclusionProbability ?? null, row.alertId, row.verdict, row.ingestedAt ?? null,
    // JSON cells in canonical form, so they too are reproducible
    row.features == null ? null : canonicalJson(row.features),
    row.explanation == null ? null : canonicalJson(row.explanation),
    row.rawEvent == null ? null : canonicalJson(row.rawEvent),
  ]);
}

export function jsonlRow(row: StoredPrediction): string {
  return `${canonicalJson({
    id: row.id,
    eventId: row.eventId,
    model: row.model,
    version: row.version,
    time: row.time,
    score: row.score,
    threshold: row.threshold,
    decision: row.decision,
    entity: { host: row.host, user: row.user, sourceIp: row.sourceIp, businessUnit: row.businessUnit },
    attackType: row.attackType,
    auditSample: row.auditSample,
    inclusionProbability: row.inclusionProbability ?? null,
    alertId: row.alertId,
    verdict: row.verdict,
    ingestedAt: row.ingestedAt ?? null,
    features: row.features ?? null,
    explanation: row.explanation ?? null,
    rawEvent: row.rawEvent ?? null,
  })}\n`;
}

const encoder = new TextEncoder();

/** Counts and hashes exactly the bytes handed to the client. */
export class ExportDigest {
  private readonly hash: Hash = createHash("sha256");
  bytes = 0;
  rows = 0;

  /** Encodes a chunk of text, adds it to the digest, and returns the bytes to send. */
  add(text: string, rows = 0): Uint8Array {
    const chunk = encoder.encode(text);
    this.hash.update(chunk);
    this.bytes += chunk.byteLength;
    this.rows += rows;
    return chunk;
  }

  /** sha256 of everything added, hex (once: the digest is final afterwards). */
  finish(): string {
    return this.hash.digest("hex");
  }
}
