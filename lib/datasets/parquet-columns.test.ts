import { describe, expect, it } from "vitest";
import type { DatasetRow } from "./canonical";
import { BASE_COLUMNS } from "./export-format";
import { categoricalValue, columnData, mergeFeatures, numericValue, parquetLayout } from "./parquet-columns";

const row = (eventId: string, features: unknown): DatasetRow => ({
  eventId,
  model: "m",
  version: "1.0.0",
  time: new Date("2026-11-01T12:00:00.000Z"),
  score: 0.25,
  features,
  class: 1,
  verdict: "TRUE_POSITIVE",
  source: "ANALYST",
  labelledAt: new Date("2026-11-01T12:30:00.000Z"),
});

describe("mergeFeatures", () => {
  it("takes every version's features once, sorted by name, text where the versions disagree", () => {
    const merged = mergeFeatures([
      [{ name: "z", type: "numeric" }, { name: "a", type: "categorical" }, { name: "both", type: "numeric" }],
      [{ name: "both", type: "categorical" }, { name: "m", type: "numeric" }, { name: 7, type: "numeric" }, { type: "numeric" }],
      [{ name: "z", type: "numeric" }],
    ]);
    expect(merged).toEqual([
      { name: "a", type: "categorical" },
      { name: "both", type: "categorical" },
      { name: "m", type: "numeric" },
      { name: "z", type: "numeric" },
    ]);
  });

  it("keeps text once one version said categorical, whatever order the versions come in", () => {
    expect(mergeFeatures([[{ name: "x", type: "categorical" }], [{ name: "x", type: "numeric" }]])).toEqual([{ name: "x", type: "categorical" }]);
  });
});

describe("numericValue and categoricalValue", () => {
  it("keeps numbers, counts booleans as 1/0, reads numeric text, and marks what a double cannot hold", () => {
    expect(numericValue(12.5)).toEqual({ value: 12.5, lost: false });
    expect(numericValue(0)).toEqual({ value: 0, lost: false });
    expect(numericValue(true)).toEqual({ value: 1, lost: false });
    expect(numericValue(false)).toEqual({ value: 0, lost: false });
    expect(numericValue(" 42 ")).toEqual({ value: 42, lost: false });
    expect(numericValue(null)).toEqual({ value: null, lost: false });
    expect(numericValue(undefined)).toEqual({ value: null, lost: false });
    expect(numericValue("n/a")).toEqual({ value: null, lost: true });
    expect(numericValue("")).toEqual({ value: null, lost: true });
    expect(numericValue({ a: 1 })).toEqual({ value: null, lost: true });
    expect(numericValue(Number.NaN)).toEqual({ value: null, lost: true });
  });

  it("writes categories as text: strings as they are, other values in their JSON form", () => {
    expect(categoricalValue("tcp")).toBe("tcp");
    expect(categoricalValue("")).toBe("");
    expect(categoricalValue(6)).toBe("6");
    expect(categoricalValue(false)).toBe("false");
    expect(categoricalValue({ b: 1 })).toBe('{"b":1}');
    expect(categoricalValue(null)).toBeNull();
    expect(categoricalValue(undefined)).toBeNull();
  });
});

describe("parquetLayout", () => {
  it("declares the row fields, then one nullable column per feature of its type", () => {
    const { schema, features } = parquetLayout([
      { name: "bytes_out", type: "numeric" },
      { name: "protocol", type: "categorical" },
    ]);
    expect(schema[0]).toEqual({ name: "root", num_children: BASE_COLUMNS.length + 2 });
    expect(schema.slice(1).map((element) => element.name)).toEqual([...BASE_COLUMNS, "bytes_out", "protocol"]);
    const byName = Object.fromEntries(schema.map((element) => [element.name, element]));
    expect(byName.time).toMatchObject({ type: "INT64", converted_type: "TIMESTAMP_MILLIS", logical_type: { type: "TIMESTAMP", isAdjustedToUTC: true, unit: "MILLIS" }, repetition_type: "REQUIRED" });
    expect(byName.score).toEqual({ name: "score", type: "DOUBLE", repetition_type: "REQUIRED" });
    expect(byName.class).toEqual({ name: "class", type: "INT32", repetition_type: "REQUIRED" });
    expect(byName.event_id).toMatchObject({ type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type: "REQUIRED" });
    expect(byName.bytes_out).toEqual({ name: "bytes_out", type: "DOUBLE", repetition_type: "OPTIONAL" });
    expect(byName.protocol).toMatchObject({ type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type: "OPTIONAL" });
    expect(features.map((f) => f.column)).toEqual(["bytes_out", "protocol"]);
  });

  it("renames a feature that shares a row field's name, so column names stay unique", () => {
    const { schema, features } = parquetLayout([
      { name: "feature_score", type: "numeric" },
      { name: "score", type: "numeric" },
    ]);
    expect(features).toEqual([
      { name: "feature_score", type: "numeric", column: "feature_score" },
      { name: "score", type: "numeric", column: "feature_feature_score" },
    ]);
    const names = schema.map((element) => element.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe("columnData", () => {
  it("transposes rows into the layout's columns and counts the numeric values it had to drop", () => {
    const layout = parquetLayout([
      { name: "n", type: "numeric" },
      { name: "c", type: "categorical" },
    ]);
    const lost = new Map<string, number>([["n", 1]]);
    const columns = columnData(layout, [row("e1", { n: 3, c: "x" }), row("e2", { n: "oops", c: 4 }), row("e3", null)], lost);
    const byName = Object.fromEntries(columns.map((column) => [column.name, Array.from(column.data as ArrayLike<unknown>)]));
    expect(columns.map((column) => column.name)).toEqual([...BASE_COLUMNS, "n", "c"]);
    expect(byName.event_id).toEqual(["e1", "e2", "e3"]);
    expect(byName.time).toEqual([new Date("2026-11-01T12:00:00.000Z"), new Date("2026-11-01T12:00:00.000Z"), new Date("2026-11-01T12:00:00.000Z")]);
    expect(byName.labelled_at[0]).toEqual(new Date("2026-11-01T12:30:00.000Z"));
    expect(byName.class).toEqual([1, 1, 1]);
    expect(byName.n).toEqual([3, null, null]);
    expect(byName.c).toEqual(["x", "4", null]);
    expect(lost.get("n")).toBe(2);
  });
});
