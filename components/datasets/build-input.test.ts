import { describe, expect, it } from "vitest";
import { DatasetBuildIn } from "@/lib/datasets/schemas";
import { buildInputOf } from "./build-input";

describe("buildInputOf", () => {
  it("turns the builder form into a valid API input", () => {
    const form = new FormData();
    form.set("name", " fp-retrain ");
    form.set("target", JSON.stringify(["intrusion-detector", "1.0.0"]));
    form.set("from", "2026-11-01");
    form.set("to", "");
    form.set("source-ANALYST", "on");
    form.set("source-IMPORT", "on");
    form.set("map-TRUE_POSITIVE", "1");
    form.set("map-FALSE_POSITIVE", "0");
    form.set("map-BENIGN_POSITIVE", "0");
    form.set("map-UNDETERMINED", "excluded");
    form.set("dedupeByEvent", "on");
    const input = buildInputOf(form);
    expect(input).toEqual({
      name: "fp-retrain",
      model: "intrusion-detector",
      version: "1.0.0",
      from: "2026-11-01",
      sources: ["ANALYST", "IMPORT"],
      mapping: { TRUE_POSITIVE: 1, FALSE_POSITIVE: 0, BENIGN_POSITIVE: 0, UNDETERMINED: null },
      includeAuditNegatives: false,
      dedupeByEvent: true,
    });
    expect(DatasetBuildIn.safeParse(input).success).toBe(true);
  });

  it("leaves the version out when all versions are chosen", () => {
    const form = new FormData();
    form.set("target", JSON.stringify(["m"]));
    expect(buildInputOf(form)).not.toHaveProperty("version");
  });
});
