import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { csvCell, csvLine } from "./csv";
import { csvHeader, csvRow, EXPORT_COLUMNS, ExportDigest, jsonlRow } from "./export-format";
import type { StoredPrediction } from "./search";

const row: StoredPrediction = {
  id: 7,
  eventId: "evt-7",
  time: "2026-11-01T12:00:00.000Z",
  score: 0.93,
  threshold: 0.8,
  decision: true,
  model: "intrusion-detector",
  version: "1.0.0",
  host: "ws-0142",
  user: 'd"oe, john',
  sourceIp: "10.1.4.7",
  businessUnit: null,
  attackType: "=HYPERLINK(\"http://evil\")",
  auditSample: false,
  alertId: 3,
  verdict: "TRUE_POSITIVE",
  inclusionProbability: null,
  features: { protocol: "tcp", bytes_out: 120345 },
  explanation: { values: { b: 1, a: 2 }, space: "logit", baseValue: -3.1 },
  rawEvent: null,
  ingestedAt: "2026-11-01T12:00:01.000Z",
};

describe("CSV", () => {
  it("quotes cells with commas, quotes and line breaks, doubling quotes (RFC 4180)", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("cr\r")).toBe('"cr\r"');
    expect(csvLine(["a", 1, null, true])).toBe("a,1,,true\r\n");
  });

  it("keeps formula-looking text as text, but not numbers", () => {
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("-cmd")).toBe("'-cmd");
    expect(csvCell(-3.5)).toBe("-3.5");
    expect(csvCell(Number.NaN)).toBe("");
  });

  it("writes one cell per column, with JSON cells in canonical form", () => {
    expect(csvHeader().trim().split(",")).toEqual([...EXPORT_COLUMNS]);
    const line = csvRow(row);
    expect(line).toContain('"d""oe, john"');
    expect(line).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(line).toContain('"{""baseValue"":-3.1,""space"":""logit"",""values"":{""a"":2,""b"":1}}"');
    expect(line.endsWith("\r\n")).toBe(true);
  });
});

describe("JSONL", () => {
  it("writes one canonical JSON object per line, whatever order the data came in", () => {
    const line = jsonlRow(row);
    expect(line.endsWith("\n")).toBe(true);
    expect(line.split("\n")).toHaveLength(2);
    const parsed = JSON.parse(line);
    expect(parsed).toMatchObject({ id: 7, entity: { host: "ws-0142", businessUnit: null }, features: { bytes_out: 120345 } });
    expect(jsonlRow({ ...row, features: { bytes_out: 120345, protocol: "tcp" } })).toBe(line);
  });
});

describe("ExportDigest", () => {
  it("hashes exactly the bytes sent, however they were chunked", () => {
    const digest = new ExportDigest();
    const chunks = [digest.add(csvHeader()), digest.add(csvRow(row), 1), digest.add("é ✓\n", 1)];
    const whole = Buffer.concat(chunks.map((chunk) => Buffer.from(chunk)));
    expect(digest.bytes).toBe(whole.byteLength);
    expect(digest.rows).toBe(2);
    expect(digest.finish()).toBe(createHash("sha256").update(whole).digest("hex"));
  });
});
