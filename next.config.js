// @ts-check
import nextConstants from "next/constants.js";

const { PHASE_DEVELOPMENT_SERVER } = nextConstants;

// The baseline security headers of lib/api/security-headers.ts, by value: a config file cannot
// import TypeScript. lib/api/security-headers.test.ts fails if the two differ. Pages get their
// nonce-based Content-Security-Policy from proxy.ts; API responses get API_CSP here.
const HSTS = "max-age=63072000; includeSubDomains";
const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
const AUTH_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/** @param {boolean} production */
function baselineHeaders(production) {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "same-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    ...(production ? [{ key: "Strict-Transport-Security", value: HSTS }] : []),
  ];
}

/** @param {string} phase @returns {import('next').NextConfig} */
export default function config(phase) {
  const production = phase !== PHASE_DEVELOPMENT_SERVER;
  return {
    reactStrictMode: true,
    poweredByHeader: false,
    // Native and WebAssembly modules stay outside the server bundle.
    serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "pg"],
    typedRoutes: false,
    experimental: { authInterrupts: true },
    async headers() {
      return [
        { source: "/:path*", headers: baselineHeaders(production) },
        { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CSP }] },
        // Later rules win for the same header: Auth.js's own small pages need inline styles.
        { source: "/api/auth/:path*", headers: [{ key: "Content-Security-Policy", value: AUTH_CSP }] },
      ];
    },
  };
}
