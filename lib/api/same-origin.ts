// Whether a cookie-authenticated write came from this site (CSRF defence in depth behind the
// session cookie's SameSite=Lax). Pure.
//
// Browsers send Origin on every cross-origin POST/PUT/PATCH/DELETE. It must name this host, as
// the request itself, the Host header or a proxy's X-Forwarded-Host see it. An Origin that is
// "null" (sandboxed frames, some redirects) or not a URL at all is refused rather than trusted.
// Without an Origin (old browsers, non-browser clients holding a copied cookie), Fetch
// Metadata decides: Sec-Fetch-Site "cross-site" is refused; absent, the request is allowed.

const firstOf = (value: string | null) => value?.split(",")[0]?.trim().toLowerCase() || undefined;

function originHost(origin: string): string | undefined {
  try {
    const url = new URL(origin);
    return url.origin === "null" ? undefined : url.host.toLowerCase();
  } catch {
    return undefined;
  }
}

export function isCrossSiteRequest(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return request.headers.get("sec-fetch-site")?.toLowerCase() === "cross-site";
  const host = originHost(origin);
  if (!host) return true;
  const ours = [new URL(request.url).host.toLowerCase(), firstOf(request.headers.get("host")), firstOf(request.headers.get("x-forwarded-host"))];
  return !ours.includes(host);
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
export const isWrite = (request: Request) => !SAFE_METHODS.has(request.method.toUpperCase());
