// proxy.ts at the edge of every page: signed-out redirects by cookie presence only, and a
// fresh nonce-based Content-Security-Policy on each page, handed to Next.js on the request.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import proxy, { config } from "@/proxy";

const call = (path: string, cookie?: string) =>
  proxy(new NextRequest(`http://vigil.test${path}`, { headers: cookie ? { cookie } : {} }));

const nonceOf = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];

describe("proxy", () => {
  it("redirects the signed-out from every console section, keeping where they were going", () => {
    for (const path of ["/alerts", "/alerts/12?tab=x", "/admin", "/api-docs", "/team", "/audit"]) {
      const response = call(path);
      expect(response.status, path).toBe(307);
      const location = new URL(response.headers.get("location")!);
      expect(location.pathname).toBe("/login");
      expect(location.searchParams.get("next")).toBe(path);
    }
  });

  it("lets a request with a session cookie through without checking it (the server does)", () => {
    const response = call("/admin", "authjs.session-token=anything");
    expect(response.status).toBe(200);
    expect(response.headers.get("x-middleware-next")).toBe("1");
  });

  it("gives each page a CSP with a fresh nonce, on the response and on the request Next.js renders", () => {
    const first = call("/login");
    const second = call("/login");
    const csp = first.headers.get("content-security-policy");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(nonceOf(csp)).toBeTruthy();
    expect(nonceOf(csp)).not.toBe(nonceOf(second.headers.get("content-security-policy")));
    // NextResponse.next({ request: { headers } }) forwards overridden request headers this way.
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
  });

  it("upgrades insecure requests only behind HTTPS", () => {
    const plain = call("/login").headers.get("content-security-policy");
    const behindTls = proxy(new NextRequest("http://vigil.test/login", { headers: { "x-forwarded-proto": "https" } })).headers.get("content-security-policy");
    expect(plain).not.toContain("upgrade-insecure-requests");
    expect(behindTls).toContain("upgrade-insecure-requests");
  });

  it("stays off the API (whose bodies it would buffer) and off static files", () => {
    const matcher = new RegExp(`^${config.matcher[0]}$`);
    for (const path of ["/", "/login", "/alerts", "/admin", "/api-docs", "/alerts/12"]) expect(matcher.test(path), path).toBe(true);
    for (const path of ["/api/v1/predictions", "/api/auth/session", "/_next/static/chunks/a.js", "/_next/image", "/favicon.svg", "/readme/alert-detail.png"]) {
      expect(matcher.test(path), path).toBe(false);
    }
  });
});
