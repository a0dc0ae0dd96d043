import { describe, expect, it } from "vitest";
import { parseSnapshotRef, snapshotRef } from "./snapshot-ref";

describe("parseSnapshotRef", () => {
  it("reads name@version of a dataset snapshot", () => {
    expect(parseSnapshotRef("intrusion-fp-retrain@3")).toEqual({ name: "intrusion-fp-retrain", version: 3 });
    expect(parseSnapshotRef(snapshotRef("a:b.c_d", 12))).toEqual({ name: "a:b.c_d", version: 12 });
  });

  it("leaves free-form training data descriptions alone", () => {
    for (const text of ["soc-telemetry@2026-10-01..2026-10-14", "s3://bucket/train.parquet", "fp@0", "@3", "name with spaces@2", "x@1.5", undefined, null, ""]) {
      expect(parseSnapshotRef(text), String(text)).toBeNull();
    }
  });
});
