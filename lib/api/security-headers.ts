// The security headers Vigil sends, built in one place. Pages get a Content-Security-Policy
// with a fresh nonce per request (set by proxy.ts; Next.js reads the nonce from the request's
// CSP header and stamps it on its own scripts); every response, API included, gets the
// baseline below through next.config.js, which repeats BASELINE by value because it cannot
// import TypeScript — security-headers.test.ts holds the two equal. Client-safe and pure.

export type Header = { key: string; value: string };

/** HSTS for two years: long enough to matter, and every browser accepts it for preload lists. */
export const HSTS = "max-age=63072000; includeSubDomains";

/** Sent with every response. */
export function baselineHeaders({ production }: { production: boolean }): Header[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    // Console URLs carry hosts, users and filters: never hand them to another site. Not
    // "no-referrer", which makes browsers send `Origin: null` on same-site form posts and so
    // would break Next.js's own check on server actions.
    { key: "Referrer-Policy", value: "same-origin" },
    // For browsers that predate CSP's frame-ancestors.
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    // Browsers ignore HSTS over plain HTTP, so a demo on http://localhost is unaffected either way.
    ...(production ? [{ key: "Strict-Transport-Security", value: HSTS }] : []),
  ];
}

/** JSON needs no scripts, styles or frames. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Auth.js answers a few requests under /api/auth with its own small HTML pages (errors, the
 * sign-out confirmation): inline styles and forms back to this origin, nothing else.
 */
export const AUTH_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

export type PageCspOptions = {
  nonce: string;
  /** development adds 'unsafe-eval': React rebuilds server error stacks with eval there */
  development: boolean;
  /** upgrade-insecure-requests only when the page itself arrived over HTTPS */
  https: boolean;
  /** identity providers that sign-in forms post to (a form-action redirect must be allowed) */
  formActionOrigins?: string[];
};

export function pageCsp({ nonce, development, https, formActionOrigins = [] }: PageCspOptions): string {
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic': scripts the nonced Next.js runtime loads are trusted; nothing else runs.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (Radix positioning, chart sizes, CSS variables) cannot carry a
    // nonce, and a nonce in style-src would void 'unsafe-inline'. Styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${formActionOrigins.map((o) => ` ${o}`).join("")}`,
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** 128 random bits, base64: unguessable and fresh per request. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** The origin (scheme://host[:port]) of a URL, or undefined if it is not one. */
export function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { origin } = new URL(url);
    return origin === "null" ? undefined : origin;
  } catch {
    return undefined;
  }
}
