// The canonical form of a dataset's content, which its sha256 is taken over. Pure, client-safe.
// Why a canonical form: the same rows must hash the same on SQLite and PostgreSQL, whatever
// order the database returns them in, however jsonb reorders feature keys, and whatever ids the
// rows got. So: rows sorted by (model, version, eventId) comparing UTF-16 code units (never a
// database collation), each row one line of JSON with keys sorted and no whitespace, numbers in
// ECMAScript shortest round-trip form (JSON.stringify's; -0 written as 0), times as ISO 8601 UTC
// with milliseconds, every line ending in "\n", UTF-8. Database ids are left out on purpose.
import { createHash } from "node:crypto";

export type DatasetRow = {
  eventId: string;
  model: string;
  version: string;
  time: Date;
  score: number;
  features: unknown;
  class: 0 | 1;
  verdict: string;
  source: string;
  labelledAt: Date;
};

export const HASH_ALGORITHM = "sha256 over UTF-8 canonical JSON lines sorted by (model, version, eventId)";

function canonicalValue(value: unknown): string {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "null";
    return Object.is(value, -0) ? "0" : String(value);
  }
  if (value === null || value === undefined) return "null";
  if (typeof value !== "object") return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalValue).join(",")}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalValue(record[key])}`).join(",")}}`;
}

/** Any JSON-like value in the canonical form (sorted keys, no whitespace): e.g. a manifest. */
export const canonicalJson = (value: unknown): string => canonicalValue(value);

/** One row as its canonical JSON line (with the trailing newline). */
export function canonicalLine(row: DatasetRow): string {
  return `${canonicalValue({
    class: row.class,
    eventId: row.eventId,
    features: row.features ?? null,
    labelledAt: row.labelledAt,
    model: row.model,
    score: row.score,
    source: row.source,
    time: row.time,
    verdict: row.verdict,
    version: row.version,
  })}\n`;
}

// Plain < on strings compares UTF-16 code units: the same in every process, unlike localeCompare.
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function compareRows(a: Pick<DatasetRow, "model" | "version" | "eventId">, b: Pick<DatasetRow, "model" | "version" | "eventId">): number {
  return cmp(a.model, b.model) || cmp(a.version, b.version) || cmp(a.eventId, b.eventId);
}

/** The row's identity across versions of a dataset (for the diff against the parent). */
export function rowKey(row: Pick<DatasetRow, "model" | "version" | "eventId">): string {
  return JSON.stringify([row.model, row.version, row.eventId]);
}

/** An incremental content hash: rows must be added in canonical order (compareRows). */
export function contentHasher(): { add(row: DatasetRow): void; digest(): string } {
  const hash = createHash("sha256");
  return {
    add: (row) => void hash.update(canonicalLine(row), "utf8"),
    digest: () => hash.digest("hex"),
  };
}

/** sha256 (hex) of the rows' canonical content; the input order does not matter. */
export function contentHash(rows: readonly DatasetRow[]): string {
  const hasher = contentHasher();
  for (const row of [...rows].sort(compareRows)) hasher.add(row);
  return hasher.digest();
}
