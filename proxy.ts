// Two jobs, both without touching the database or Auth.js:
// 1. Redirect the signed-out (no session cookie) away from the console to the sign-in page.
//    Every permission, and the session itself, is checked on the server where the data is read
//    (lib/auth/session, lib/api/with-api). Running Auth.js here would re-issue the session
//    cookie on every navigation, and a prefetch answered after a sign-out could bring it back.
// 2. Give every page a Content-Security-Policy with a fresh nonce. Next.js reads the nonce from
//    the request's CSP header and stamps it on its scripts (lib/api/security-headers.ts).
// API routes are left out: the proxy would buffer their (large ingest) bodies, and they get
// their headers from next.config.js.
import { NextResponse, type NextRequest } from "next/server";
import { newNonce, originOf, pageCsp } from "@/lib/api/security-headers";
import { env } from "@/lib/env";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
const CONSOLE = /^\/(?:alerts|models|monitoring|datasets|audit|team|admin|api-docs)(?:\/|$)/;
const IDP_ORIGINS = [originOf(env.VIGIL_OIDC_ISSUER)].filter((o): o is string => !!o);

export default function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (CONSOLE.test(pathname) && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const url = new URL("/login", request.nextUrl);
    url.searchParams.set("next", pathname + search);
    return NextResponse.redirect(url);
  }
  const csp = pageCsp({
    nonce: newNonce(),
    development: env.NODE_ENV === "development",
    https: request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https",
    formActionOrigins: IDP_ORIGINS,
  });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Pages only: not the API, not build assets or files from public/.
  matcher: ["/((?!api/|_next/static/|_next/image|favicon\\.|readme/|.*\\.(?:svg|png|jpg|jpeg|gif|ico|webp|txt|xml|webmanifest)$).*)"],
};
