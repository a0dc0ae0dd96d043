// The Parquet encoder, read back with hyparquet (an independent reader): bytes go out one row
// group at a time, the file holds every row typed, and its footer carries the provenance.
import { createHash } from "node:crypto";
import { parquetMetadata, parquetReadObjects } from "hyparquet";
import { describe, expect, it } from "vitest";
import type { DatasetRow } from "./canonical";
import { PARQUET_METADATA_KEYS, ParquetEncoder } from "./parquet-encoder";

const FEATURES = [
  { name: "bytes_out", type: "numeric" as const },
  { name: "protocol", type: "categorical" as const },
];
const PROVENANCE = { manifest: { name: "ds", version: 3, sha256: "ab".repeat(32), counts: { rows: 25 } }, sha256: "ab".repeat(32) };

function rows(n: number): DatasetRow[] {
  return Array.from({ length: n }, (_, i) => ({
    eventId: `evt-${i}`,
    model: "intrusion-detector",
    version: i % 2 ? "1.1.0" : "1.0.0",
    time: new Date(Date.UTC(2026, 10, 1, 0, i)),
    score: i / 100,
    features: i === 3 ? { protocol: "udp" } : { bytes_out: i * 1000.5, protocol: i % 3 ? "tcp" : "icmp" },
    class: (i % 2) as 0 | 1,
    verdict: i % 2 ? "TRUE_POSITIVE" : "FALSE_POSITIVE",
    source: "ANALYST",
    labelledAt: new Date(Date.UTC(2026, 10, 2, 0, i, 30)),
  }));
}

function join(chunks: Uint8Array[]): ArrayBuffer {
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes.buffer;
}

/** Feeds rows in pages as the export stream does; answers the chunks and when they came out. */
function encode(all: DatasetRow[], pageRows: number, rowGroupRows: number) {
  const encoder = new ParquetEncoder(FEATURES, PROVENANCE, rowGroupRows);
  const chunks: Uint8Array[] = [...encoder.begin()];
  const emittedAfter: number[] = [];
  for (let i = 0; i < all.length; i += pageRows) {
    const out = encoder.rows(all.slice(i, i + pageRows));
    if (out.length) emittedAfter.push(Math.min(i + pageRows, all.length));
    chunks.push(...out);
  }
  chunks.push(...encoder.end());
  return { chunks, emittedAfter, file: join(chunks) };
}

const kv = (file: ArrayBuffer) => Object.fromEntries((parquetMetadata(file).key_value_metadata ?? []).map((entry) => [entry.key, entry.value]));

describe("ParquetEncoder", () => {
  it("sends bytes only when a row group is full, and the file holds every row, typed", async () => {
    const input = rows(25);
    const { emittedAfter, file } = encode(input, 4, 10);
    // pages of 4: the first group fills at row 12, the second at 20; the rest goes out at the end
    expect(emittedAfter).toEqual([12, 20]);
    const metadata = parquetMetadata(file);
    expect(metadata.row_groups.map((group) => Number(group.num_rows))).toEqual([10, 10, 5]);
    expect(Number(metadata.num_rows)).toBe(25);

    const read = await parquetReadObjects({ file });
    expect(read).toHaveLength(25);
    read.forEach((record, i) => {
      const source = input[i];
      const features = source.features as { bytes_out?: number; protocol: string };
      expect(record).toEqual({
        event_id: source.eventId,
        model: source.model,
        version: source.version,
        time: source.time,
        score: source.score,
        class: source.class,
        verdict: source.verdict,
        source: source.source,
        labelled_at: source.labelledAt,
        bytes_out: features.bytes_out ?? null,
        protocol: features.protocol,
      });
    });
  });

  it("carries the manifest (canonical JSON), its sha256, the content sha256 and the feature columns in the footer", () => {
    const metadata = kv(encode(rows(5), 1000, 10).file);
    const manifest = metadata[PARQUET_METADATA_KEYS.manifest]!;
    expect(JSON.parse(manifest)).toEqual(PROVENANCE.manifest);
    expect(manifest).toBe(`{"counts":{"rows":25},"name":"ds","sha256":"${"ab".repeat(32)}","version":3}`);
    expect(metadata[PARQUET_METADATA_KEYS.manifestSha256]).toBe(createHash("sha256").update(manifest).digest("hex"));
    expect(metadata[PARQUET_METADATA_KEYS.sha256]).toBe(PROVENANCE.sha256);
    expect(JSON.parse(metadata[PARQUET_METADATA_KEYS.features]!)).toEqual([
      { name: "bytes_out", type: "numeric", column: "bytes_out" },
      { name: "protocol", type: "categorical", column: "protocol" },
    ]);
    expect(JSON.parse(metadata[PARQUET_METADATA_KEYS.lostValues]!)).toEqual({});
  });

  it("counts the numeric values it could not write in the footer", async () => {
    const input = rows(3);
    input[1] = { ...input[1], features: { bytes_out: "lots", protocol: "tcp" } };
    const { file } = encode(input, 1000, 10);
    expect(JSON.parse(kv(file)[PARQUET_METADATA_KEYS.lostValues]!)).toEqual({ bytes_out: 1 });
    expect((await parquetReadObjects({ file })).map((record) => record.bytes_out)).toEqual([0, null, 2001]);
  });

  it("gives the same bytes for the same rows, however they are paged", () => {
    const input = rows(23);
    const a = new Uint8Array(encode(input, 5, 7).file);
    const b = new Uint8Array(encode(input, 3, 7).file);
    expect(b).toEqual(a);
    expect(new Uint8Array(encode(input, 5, 8).file)).not.toEqual(a);
  });

  it("writes a valid file with no rows", async () => {
    const { file } = encode([], 10, 10);
    expect(Number(parquetMetadata(file).num_rows)).toBe(0);
    expect(await parquetReadObjects({ file })).toEqual([]);
  });

  it("refuses a row group size that is not a positive whole number", () => {
    expect(() => new ParquetEncoder(FEATURES, PROVENANCE, 0)).toThrow(/positive whole number/);
  });
});
