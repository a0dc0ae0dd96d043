import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { API_CSP, AUTH_CSP, baselineHeaders, HSTS, newNonce, originOf, pageCsp } from "./security-headers";

const directives = (csp: string) => Object.fromEntries(csp.split(/;\s*/).map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]));

describe("page Content-Security-Policy", () => {
  const nonce = newNonce();
  const csp = pageCsp({ nonce, development: false, https: true });
  const d = directives(csp);

  it("runs only scripts carrying this request's nonce (and what they load)", () => {
    expect(d["script-src"]).toBe(`'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(d["script-src"]).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(d["object-src"]).toBe("'none'");
    expect(d["base-uri"]).toBe("'self'");
  });

  it("cannot be framed, posts forms only here, and upgrades insecure requests over HTTPS", () => {
    expect(d["frame-ancestors"]).toBe("'none'");
    expect(d["form-action"]).toBe("'self'");
    expect(d["default-src"]).toBe("'self'");
    expect(d["connect-src"]).toBe("'self'");
    expect("upgrade-insecure-requests" in d).toBe(true);
    expect("upgrade-insecure-requests" in directives(pageCsp({ nonce, development: false, https: false }))).toBe(false);
  });

  it("lets sign-in forms reach the identity provider when single sign-on is on", () => {
    const withIdp = directives(pageCsp({ nonce, development: false, https: true, formActionOrigins: ["https://login.example.com"] }));
    expect(withIdp["form-action"]).toBe("'self' https://login.example.com");
  });

  it("allows eval only in development", () => {
    expect(directives(pageCsp({ nonce, development: true, https: false }))["script-src"]).toContain("'unsafe-eval'");
  });

  it("uses a fresh, unguessable nonce each time", () => {
    const nonces = new Set(Array.from({ length: 200 }, newNonce));
    expect(nonces.size).toBe(200);
    for (const n of nonces) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });
});

describe("baseline headers", () => {
  it("say nosniff, deny framing, keep URLs in this site, and add HSTS in production only", () => {
    const prod = Object.fromEntries(baselineHeaders({ production: true }).map((h) => [h.key, h.value]));
    expect(prod).toMatchObject({ "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY", "Referrer-Policy": "same-origin", "Strict-Transport-Security": HSTS });
    expect(HSTS).toMatch(/max-age=\d{8,}/);
    const dev = baselineHeaders({ production: false }).map((h) => h.key);
    expect(dev).not.toContain("Strict-Transport-Security");
    expect(dev).toContain("X-Content-Type-Options");
  });

  it("JSON responses may load nothing and cannot be framed", () => {
    expect(directives(API_CSP)).toEqual({ "default-src": "'none'", "frame-ancestors": "'none'", "base-uri": "'none'", "form-action": "'none'" });
    expect(directives(AUTH_CSP)["frame-ancestors"]).toBe("'none'");
  });
});

describe("next.config.js", () => {
  type Rule = { source: string; headers: { key: string; value: string }[] };
  // Loaded by path: it is plain JavaScript, which this TypeScript project does not type-check.
  const configFile = pathToFileURL(path.resolve(import.meta.dirname, "../../next.config.js")).href;
  const rules = async (phase: string): Promise<Rule[]> => {
    const { default: config } = (await import(/* @vite-ignore */ configFile)) as { default: (phase: string) => { headers: () => Promise<Rule[]> } };
    return config(phase).headers();
  };

  it("sends exactly the baseline on every path, HSTS outside development", async () => {
    const prod = await rules("phase-production-build");
    expect(prod[0]).toEqual({ source: "/:path*", headers: baselineHeaders({ production: true }) });
    const dev = await rules("phase-development-server");
    expect(dev[0]).toEqual({ source: "/:path*", headers: baselineHeaders({ production: false }) });
  });

  it("gives the API its JSON policy and Auth.js's pages theirs (the later rule wins)", async () => {
    const [, api, auth] = await rules("phase-production-server");
    expect(api).toEqual({ source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CSP }] });
    expect(auth).toEqual({ source: "/api/auth/:path*", headers: [{ key: "Content-Security-Policy", value: AUTH_CSP }] });
  });
});

describe("originOf", () => {
  it("keeps scheme, host and port only", () => {
    expect(originOf("https://login.example.com/realms/soc/")).toBe("https://login.example.com");
    expect(originOf("http://localhost:8080/x")).toBe("http://localhost:8080");
    expect(originOf("nope")).toBeUndefined();
    expect(originOf(undefined)).toBeUndefined();
  });
});
