import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/api/errors";
import { datasetParams } from "./route-params";

describe("datasetParams", () => {
  it("accepts a name whether or not it is still percent-encoded", () => {
    expect(datasetParams({ name: "fp%3Aretrain", version: "2" })).toEqual({ name: "fp:retrain", version: 2 });
    expect(datasetParams({ name: "fp:retrain", version: "2" })).toEqual({ name: "fp:retrain", version: 2 });
  });

  it("refuses bad names and versions with a 400", () => {
    for (const params of [{ name: "a b", version: "1" }, { name: "ok", version: "0" }, { name: "ok", version: "1.5" }, { name: "../x", version: "1" }]) {
      expect(() => datasetParams(params)).toThrow(AppError);
    }
  });
});
