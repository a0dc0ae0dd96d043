import { describe, expect, it } from "vitest";
import { EXPORT_FORMATS } from "@/lib/datasets/schemas";
import { countNewlines, DATASET_EXPORTS, formatBytes, progressLabel } from "./export-progress";

describe("export progress", () => {
  it("offers every export format the API serves", () => {
    expect(DATASET_EXPORTS.map((choice) => choice.format)).toEqual([...EXPORT_FORMATS]);
  });

  it("counts lines in a chunk", () => {
    expect(countNewlines(new TextEncoder().encode("a\nb\r\nc"))).toBe(2);
    expect(countNewlines(new Uint8Array())).toBe(0);
  });

  it("shows text formats as the share of lines received, header included", () => {
    const csv = { label: "Download CSV", headerLines: 1 };
    expect(progressLabel(csv, { bytes: 10, lines: 0, rows: 1999 })).toBe("Download CSV — 0 % of 1,999 rows");
    expect(progressLabel(csv, { bytes: 10, lines: 500, rows: 1999 })).toBe("Download CSV — 25 % of 1,999 rows");
    expect(progressLabel(csv, { bytes: 10, lines: 2000, rows: 1999 })).toBe("Download CSV — 100 % of 1,999 rows");
    // more lines than announced (a text value holding a newline) never shows over 100 %
    expect(progressLabel({ label: "Download JSONL", headerLines: 0 }, { bytes: 10, lines: 9, rows: 3 })).toBe("Download JSONL — 100 % of 3 rows");
  });

  it("shows a binary file as the bytes received beside the row count", () => {
    expect(progressLabel({ label: "Download Parquet", headerLines: null }, { bytes: 3_456_789, lines: 12, rows: 100_000 })).toBe("Download Parquet — 3.5 MB (100,000 rows)");
    expect([0, 999, 1000, 12_345, 2_500_000_000].map(formatBytes)).toEqual(["0 B", "999 B", "1.0 kB", "12.3 kB", "2.50 GB"]);
  });
});
