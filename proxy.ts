import { NextResponse, type NextRequest } from "next/server";

/**
 * Sends visitors without a session cookie to the login page. This is a convenience
 * only: every page, action and route handler resolves and checks the actor itself.
 */
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) {
    // Where a refused access happened, for the security events (a page is not told its URL);
    // set here, so a client's own header of that name never gets through.
    const headers = new Headers(request.headers);
    headers.set("x-mla-path", request.nextUrl.pathname);
    return NextResponse.next({ request: { headers } });
  }
  const login = new URL("/login", request.url);
  return NextResponse.redirect(login);
}

export const config = {
  // Everything but the login page, Auth.js's own routes and static assets.
  matcher: ["/((?!login|api/auth|_next/static|_next/image|favicon.ico).*)"],
};
