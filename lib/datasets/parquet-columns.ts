// How dataset rows become typed Parquet columns. Pure (no I/O). The columns are the CSV's:
// the row's fields (times as UTC timestamps, the class as an integer), then one column per
// model feature — DOUBLE for a numeric feature, UTF-8 text for a categorical one, both
// nullable because a row may lack a feature its model version never declared.
import type { ColumnSource, SchemaElement } from "hyparquet-writer";
import type { DatasetRow } from "./canonical";
import { BASE_COLUMNS } from "./export-format";

export type FeatureType = "numeric" | "categorical";
export type FeatureSpec = { name: string; type: FeatureType };

type BaseColumn = (typeof BASE_COLUMNS)[number];
type Element = Omit<SchemaElement, "name">;

const TEXT: Element = { type: "BYTE_ARRAY", converted_type: "UTF8", logical_type: { type: "STRING" }, repetition_type: "REQUIRED" };
const TIMESTAMP: Element = {
  type: "INT64",
  converted_type: "TIMESTAMP_MILLIS",
  logical_type: { type: "TIMESTAMP", isAdjustedToUTC: true, unit: "MILLIS" },
  repetition_type: "REQUIRED",
};

const BASE: Record<BaseColumn, { element: Element; value: (row: DatasetRow) => unknown }> = {
  event_id: { element: TEXT, value: (row) => row.eventId },
  model: { element: TEXT, value: (row) => row.model },
  version: { element: TEXT, value: (row) => row.version },
  time: { element: TIMESTAMP, value: (row) => row.time },
  score: { element: { type: "DOUBLE", repetition_type: "REQUIRED" }, value: (row) => row.score },
  class: { element: { type: "INT32", repetition_type: "REQUIRED" }, value: (row) => row.class },
  verdict: { element: TEXT, value: (row) => row.verdict },
  source: { element: TEXT, value: (row) => row.source },
  labelled_at: { element: TIMESTAMP, value: (row) => row.labelledAt },
};

const FEATURE_ELEMENT: Record<FeatureType, Element> = {
  numeric: { type: "DOUBLE", repetition_type: "OPTIONAL" },
  categorical: { ...TEXT, repetition_type: "OPTIONAL" },
};

/**
 * The features of the model versions a dataset spans, by name. A name declared numeric by one
 * version and categorical by another becomes text: every value still has a faithful form.
 */
export function mergeFeatures(declarations: readonly (readonly { name?: unknown; type?: unknown }[])[]): FeatureSpec[] {
  const types = new Map<string, FeatureType>();
  for (const features of declarations) {
    for (const { name, type } of features) {
      if (typeof name !== "string") continue;
      const declared: FeatureType = type === "numeric" ? "numeric" : "categorical";
      types.set(name, types.get(name) === "categorical" ? "categorical" : declared);
    }
  }
  return [...types.keys()].sort().map((name) => ({ name, type: types.get(name)! }));
}

/**
 * A numeric feature's value as a double. Booleans count as 1/0 (as the monitoring roll-ups
 * count them), numeric text as its number; `lost` marks a value a double cannot hold (other
 * text), written as null and counted in the file's metadata so nothing is dropped silently.
 */
export function numericValue(value: unknown): { value: number | null; lost: boolean } {
  if (value === null || value === undefined) return { value: null, lost: false };
  if (typeof value === "number") return Number.isFinite(value) ? { value, lost: false } : { value: null, lost: true };
  if (typeof value === "boolean") return { value: value ? 1 : 0, lost: false };
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return { value: Number(value), lost: false };
  return { value: null, lost: true };
}

/** A categorical feature's value as text: numbers and booleans in their JSON form, nested values as JSON. */
export function categoricalValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

export type ParquetFeatureColumn = FeatureSpec & { column: string };
export type ParquetLayout = { schema: SchemaElement[]; features: ParquetFeatureColumn[] };

/**
 * The file's schema. A feature named like a row field (say "score") gets a "feature_" prefix
 * (repeated until the name is free): Parquet column names must be unique.
 */
export function parquetLayout(features: readonly FeatureSpec[]): ParquetLayout {
  const taken = new Set<string>(BASE_COLUMNS);
  const columns = features.map((feature) => {
    let column = feature.name;
    while (taken.has(column)) column = `feature_${column}`;
    taken.add(column);
    return { ...feature, column };
  });
  return {
    schema: [
      { name: "root", num_children: BASE_COLUMNS.length + columns.length },
      ...BASE_COLUMNS.map((name) => ({ name, ...BASE[name].element })),
      ...columns.map((feature) => ({ name: feature.column, ...FEATURE_ELEMENT[feature.type] })),
    ],
    features: columns,
  };
}

/**
 * One row group's column data. `lost` is added to, per feature name, for numeric values a
 * double cannot hold.
 */
export function columnData(layout: ParquetLayout, rows: readonly DatasetRow[], lost: Map<string, number>): ColumnSource[] {
  const base = BASE_COLUMNS.map((name) => ({ name, data: rows.map(BASE[name].value) }));
  const records = rows.map((row) => (row.features !== null && typeof row.features === "object" ? (row.features as Record<string, unknown>) : {}));
  const features = layout.features.map(({ name, type, column }) => {
    if (type === "categorical") return { name: column, data: records.map((record) => categoricalValue(record[name])) };
    const data = records.map((record) => {
      const { value, lost: wasLost } = numericValue(record[name]);
      if (wasLost) lost.set(name, (lost.get(name) ?? 0) + 1);
      return value;
    });
    return { name: column, data };
  });
  return [...base, ...features];
}
