// A dataset export as a Parquet file, written one row group at a time. hyparquet-writer's
// ParquetWriter calls the writer's flush() after each row group; flushing here hands those
// bytes to the response and empties the buffer, so the server holds at most one row group
// (rows, their columns and its encoded bytes) whatever the dataset's size. Pure: no I/O.
// The file's key-value metadata carries the version's manifest and sha256 (its provenance);
// the footer is written last, so it can also say how many values did not fit their column.
import { createHash } from "node:crypto";
import { ByteWriter, ParquetWriter, type KeyValue } from "hyparquet-writer";
import { canonicalJson, type DatasetRow } from "./canonical";
import type { ExportEncoder } from "./export-format";
import { columnData, parquetLayout, type FeatureSpec, type ParquetLayout } from "./parquet-columns";

export const PARQUET_ROW_GROUP_ROWS = 10_000;
// Fixed, with no timestamp or random id: the same version always gives the same bytes.
const CREATED_BY = "Vigil dataset export (hyparquet-writer 0.17.0)";

export const PARQUET_METADATA_KEYS = {
  manifest: "vigil.dataset.manifest",
  manifestSha256: "vigil.dataset.manifest.sha256",
  sha256: "vigil.dataset.sha256",
  features: "vigil.dataset.features",
  lostValues: "vigil.export.unrepresentable_values",
} as const;

/** Keeps what each row group wrote until the stream takes it, then forgets it. */
class ChunkWriter extends ByteWriter {
  private chunks: Uint8Array[] = [];

  flush(): void {
    if (this.index) this.chunks.push(this.getBytes().slice());
    this.index = 0;
  }

  finish(): void {
    this.flush();
  }

  take(): Uint8Array[] {
    const chunks = this.chunks;
    this.chunks = [];
    return chunks;
  }
}

export type ParquetProvenance = { manifest: unknown; sha256: string };

export class ParquetEncoder implements ExportEncoder {
  private readonly writer = new ChunkWriter();
  private readonly parquet: ParquetWriter;
  private readonly layout: ParquetLayout;
  private readonly lost = new Map<string, number>();
  private pending: DatasetRow[] = [];

  constructor(
    features: readonly FeatureSpec[],
    private readonly provenance: ParquetProvenance,
    private readonly rowGroupRows = PARQUET_ROW_GROUP_ROWS,
  ) {
    if (!(Number.isSafeInteger(rowGroupRows) && rowGroupRows > 0)) throw new Error(`row groups need a positive whole number of rows, not ${rowGroupRows}`);
    this.layout = parquetLayout(features);
    this.parquet = new ParquetWriter({ writer: this.writer, schema: this.layout.schema, createdBy: CREATED_BY });
  }

  begin(): Uint8Array[] {
    // The "PAR1" magic the writer has buffered goes out with the first row group.
    return [];
  }

  rows(rows: readonly DatasetRow[]): Uint8Array[] {
    for (const row of rows) this.pending.push(row);
    while (this.pending.length >= this.rowGroupRows) {
      this.writeGroup(this.pending.slice(0, this.rowGroupRows));
      this.pending = this.pending.slice(this.rowGroupRows);
    }
    return this.writer.take();
  }

  end(): Uint8Array[] {
    if (this.pending.length) this.writeGroup(this.pending);
    this.pending = [];
    this.parquet.kvMetadata = this.metadata();
    void this.parquet.finish();
    return this.writer.take();
  }

  private writeGroup(rows: readonly DatasetRow[]): void {
    // ChunkWriter flushes synchronously, so write() returns nothing to wait for.
    void this.parquet.write({ columnData: columnData(this.layout, rows, this.lost), rowGroupSize: rows.length });
  }

  private metadata(): KeyValue[] {
    const manifest = canonicalJson(this.provenance.manifest);
    const lost = Object.fromEntries([...this.lost].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return [
      { key: PARQUET_METADATA_KEYS.manifest, value: manifest },
      { key: PARQUET_METADATA_KEYS.manifestSha256, value: createHash("sha256").update(manifest, "utf8").digest("hex") },
      { key: PARQUET_METADATA_KEYS.sha256, value: this.provenance.sha256 },
      { key: PARQUET_METADATA_KEYS.features, value: JSON.stringify(this.layout.features) },
      { key: PARQUET_METADATA_KEYS.lostValues, value: JSON.stringify(lost) },
    ];
  }
}
