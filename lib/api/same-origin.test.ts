import { describe, expect, it } from "vitest";
import { isCrossSiteRequest, isWrite } from "./same-origin";

const req = (headers: Record<string, string>, url = "http://vigil.internal:3000/api/v1/alerts/bulk", method = "POST") => new Request(url, { method, headers });

describe("isCrossSiteRequest", () => {
  it("allows this origin, as the URL, the Host header or a proxy's X-Forwarded-Host name it", () => {
    expect(isCrossSiteRequest(req({ origin: "http://vigil.internal:3000" }))).toBe(false);
    expect(isCrossSiteRequest(req({ origin: "https://vigil.example.com", host: "vigil.example.com" }))).toBe(false);
    expect(isCrossSiteRequest(req({ origin: "https://vigil.example.com", "x-forwarded-host": "vigil.example.com, lb.internal" }))).toBe(false);
    expect(isCrossSiteRequest(req({ origin: "HTTPS://VIGIL.EXAMPLE.COM", host: "vigil.example.com" }))).toBe(false);
  });

  it("refuses other origins, look-alikes and other ports", () => {
    expect(isCrossSiteRequest(req({ origin: "https://evil.example" }))).toBe(true);
    expect(isCrossSiteRequest(req({ origin: "http://vigil.internal.evil.example:3000" }))).toBe(true);
    expect(isCrossSiteRequest(req({ origin: "http://vigil.internal:4000" }))).toBe(true);
    expect(isCrossSiteRequest(req({ origin: "https://evil.example", host: "vigil.internal:3000" }))).toBe(true);
  });

  it("refuses an opaque or malformed Origin instead of failing on it", () => {
    expect(isCrossSiteRequest(req({ origin: "null" }))).toBe(true);
    expect(isCrossSiteRequest(req({ origin: "not a url" }))).toBe(true);
    expect(isCrossSiteRequest(req({ origin: "" }))).toBe(true);
    expect(isCrossSiteRequest(req({ origin: "file:///etc/passwd" }))).toBe(true);
  });

  it("without an Origin, follows Fetch Metadata", () => {
    expect(isCrossSiteRequest(req({}))).toBe(false);
    expect(isCrossSiteRequest(req({ "sec-fetch-site": "same-origin" }))).toBe(false);
    expect(isCrossSiteRequest(req({ "sec-fetch-site": "cross-site" }))).toBe(true);
  });
});

describe("isWrite", () => {
  it("treats everything but GET, HEAD and OPTIONS as a write", () => {
    expect(["GET", "HEAD", "OPTIONS"].map((m) => isWrite(req({}, undefined, m)))).toEqual([false, false, false]);
    expect(["POST", "PUT", "PATCH", "DELETE"].map((m) => isWrite(req({}, undefined, m)))).toEqual([true, true, true, true]);
  });
});
