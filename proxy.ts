// Only redirects the signed-out to the sign-in page. Every permission is checked on the server
// where the data is read (lib/auth/session, lib/api/with-api), never only here.
import { NextResponse } from "next/server";
import { auth } from "@/lib/auth/config";

export default auth((request) => {
  if (request.auth) return NextResponse.next();
  const url = new URL("/login", request.nextUrl);
  url.searchParams.set("next", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(url);
});

export const config = {
  matcher: ["/alerts/:path*", "/models/:path*", "/monitoring/:path*", "/datasets/:path*", "/audit/:path*", "/team/:path*", "/admin/:path*"],
};
