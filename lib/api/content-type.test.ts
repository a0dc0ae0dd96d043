import { describe, expect, it } from "vitest";
import { isJsonMediaType, mediaTypeOf, requireJsonBody } from "./content-type";

const req = (type?: string) => new Request("http://x/api", { method: "POST", headers: type ? { "content-type": type } : {} });

describe("JSON bodies", () => {
  it("accept JSON types, with parameters, and an undeclared type", () => {
    for (const type of ["application/json", "Application/JSON; charset=utf-8", "application/merge-patch+json", undefined]) {
      expect(() => requireJsonBody(req(type)), String(type)).not.toThrow();
    }
  });

  it("refuse forms, text and XML with a 415 naming the type", () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml", "application/jsonp", "text/json-ish"]) {
      expect(() => requireJsonBody(req(type)), type).toThrow(expect.objectContaining({ status: 415 }));
    }
    expect(() => requireJsonBody(req("text/csv"))).toThrow(/text\/csv/);
  });

  it("accept extra types an endpoint names", () => {
    expect(() => requireJsonBody(req("application/x-ndjson"), ["application/x-ndjson"])).not.toThrow();
    expect(mediaTypeOf(req(" Application/X-NDJSON ; q=1"))).toBe("application/x-ndjson");
    expect(isJsonMediaType("application/vnd.api+json")).toBe(true);
  });
});
