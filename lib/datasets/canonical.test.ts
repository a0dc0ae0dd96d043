import { describe, expect, it } from "vitest";
import { canonicalLine, compareRows, contentHash, type DatasetRow } from "./canonical";
import { diffRows } from "./diff";
import { csvHeader, csvRow } from "./export-format";

const base: DatasetRow = {
  eventId: 'é"x',
  model: "m",
  version: "2",
  time: new Date("2026-11-01T00:00:00Z"),
  score: 0.5,
  // keys out of order, as PostgreSQL jsonb may hand them back
  features: { z: null, a: [1, 2.5] },
  class: 1,
  verdict: "TRUE_POSITIVE",
  source: "IMPORT",
  labelledAt: new Date("2026-11-01T00:00:00Z"),
};

const row = (overrides: Partial<DatasetRow>): DatasetRow => ({ ...base, ...overrides });

describe("canonical serialisation", () => {
  it("writes keys sorted at every depth, no whitespace, ISO times, one line", () => {
    expect(canonicalLine(base)).toBe(
      '{"class":1,"eventId":"é\\"x","features":{"a":[1,2.5],"z":null},"labelledAt":"2026-11-01T00:00:00.000Z","model":"m","score":0.5,"source":"IMPORT","time":"2026-11-01T00:00:00.000Z","verdict":"TRUE_POSITIVE","version":"2"}\n',
    );
  });

  it("writes numbers in one fixed form: -0 as 0, shortest round-trip otherwise, non-finite as null", () => {
    expect(canonicalLine(row({ score: -0 }))).toContain('"score":0,');
    expect(canonicalLine(row({ score: 1e-7 }))).toContain('"score":1e-7,');
    expect(canonicalLine(row({ score: 0.1 + 0.2 }))).toContain('"score":0.30000000000000004,');
    expect(canonicalLine(row({ features: { x: Number.NaN } }))).toContain('"features":{"x":null}');
  });

  it("hashes to the value Python's hashlib gives over the same bytes", () => {
    // /usr/bin/python3: hashlib.sha256((json.dumps(r, sort_keys=True, separators=(",",":"), ensure_ascii=False) + "\n").encode())
    expect(contentHash([base])).toBe("10d4f0ca2969f75eeb09c8809ddd96d31e736097ebbd4c4e9a7aed4e59bd3d3e");
  });

  it("does not depend on the order rows arrive in, and changes with any field", () => {
    const rows = [row({ eventId: "b" }), row({ eventId: "a" }), row({ model: "a", eventId: "z" })];
    expect(contentHash(rows)).toBe(contentHash([...rows].reverse()));
    expect(contentHash(rows)).not.toBe(contentHash([...rows.slice(1), row({ eventId: "b", class: 0 })]));
  });

  it("sorts by model, version, eventId in code-unit order, not by locale", () => {
    const sorted = [row({ eventId: "b" }), row({ eventId: "B" }), row({ version: "10", eventId: "a" }), row({ model: "M" })].sort(compareRows);
    expect(sorted.map((r) => `${r.model}/${r.version}/${r.eventId}`)).toEqual(['M/2/é"x', "m/10/a", "m/2/B", "m/2/b"]);
  });
});

describe("CSV export", () => {
  it("quotes separators and quotes, and defuses spreadsheet formulas", () => {
    const line = csvRow(row({ eventId: "=cmd|' /C calc'!A0", features: { host: 'a,"b"', n: -3, nested: { k: 1 } } }), ["host", "missing", "n", "nested"]);
    expect(line).toBe(`'=cmd|' /C calc'!A0,m,2,2026-11-01T00:00:00.000Z,0.5,1,TRUE_POSITIVE,IMPORT,2026-11-01T00:00:00.000Z,"a,""b""",,-3,"{""k"":1}"\r\n`);
    expect(csvHeader(["f,1"])).toBe('event_id,model,version,time,score,class,verdict,source,labelled_at,"f,1"\r\n');
  });
});

describe("diff against the parent", () => {
  const r = (eventId: string, cls: number, verdict = cls ? "TRUE_POSITIVE" : "FALSE_POSITIVE") => ({ model: "m", version: "1", eventId, class: cls, verdict });
  it("counts added, removed and relabelled rows", () => {
    expect(diffRows([r("a", 0), r("b", 1), r("c", 0)], [r("a", 1), r("b", 1), r("d", 0), r("e", 0)])).toEqual({ added: 2, removed: 1, relabelled: 1 });
    expect(diffRows([r("a", 0)], [r("a", 0, "BENIGN_POSITIVE")])).toEqual({ added: 0, removed: 0, relabelled: 1 });
  });
});
