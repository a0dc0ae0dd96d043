// Only redirects the signed-out to the sign-in page. Every permission, and the session itself,
// is checked on the server where the data is read (lib/auth/session, lib/api/with-api).
// It deliberately does not run Auth.js here: that would re-issue the session cookie on every
// navigation, and a prefetch answered after a sign-out could bring the session back.
import { NextResponse, type NextRequest } from "next/server";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export default function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const url = new URL("/login", request.nextUrl);
  url.searchParams.set("next", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/alerts/:path*", "/models/:path*", "/monitoring/:path*", "/datasets/:path*", "/audit/:path*", "/team/:path*", "/admin/:path*"],
};
