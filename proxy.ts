import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/cookie-names";
import { contentSecurityPolicy, newNonce } from "@/lib/security/csp";
import { refusalResponse } from "@/lib/security/refusal-response";
import { refuseUnsafeRequest } from "@/lib/security/request-guard";

/**
 * Runs before every page, action and route (static files excepted), and stays cheap: no
 * database, no session decoding. It
 * - refuses, with a translated 4xx, what would otherwise reach Next.js as a cross-site or
 *   unreadable POST (lib/security/request-guard.ts);
 * - sends visitors without a session cookie to the login page — a convenience only: every
 *   page, action and route handler resolves and checks the actor itself;
 * - gives each page its Content-Security-Policy with a fresh nonce (lib/security/csp.ts).
 */
const PUBLIC_PATHS = /^\/(login|api\/auth)(\/|$)/;

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const refusal = await refuseUnsafeRequest(request, pathname);
  if (refusal) return refusalResponse(refusal, request);

  const hasSession = SESSION_COOKIE_NAMES.some((name) => request.cookies.has(name));
  if (!hasSession && !PUBLIC_PATHS.test(pathname)) return NextResponse.redirect(new URL("/login", request.url));

  const headers = new Headers(request.headers);
  // Where a refused access happened, for the security events (a page is not told its URL);
  // set here, so a client's own header of that name never gets through.
  if (hasSession) headers.set("x-mla-path", pathname);
  else headers.delete("x-mla-path");
  // Files and CSV are not pages: no scripts to allow, and a policy would get in the way of
  // the browser's PDF viewer.
  if (pathname.startsWith("/api/")) return NextResponse.next({ request: { headers } });

  const policy = contentSecurityPolicy(newNonce(), policyOptions());
  // On the request, Next.js reads the nonce from it and puts it on its own scripts.
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

let options: Parameters<typeof contentSecurityPolicy>[1] | undefined;
function policyOptions() {
  // The SSO provider's sign-in page is reached by a redirect from a form, which form-action governs too.
  const issuer = process.env.AUTH_OIDC_ISSUER;
  options ??= { development: process.env.NODE_ENV === "development", formActions: issuer ? [new URL(issuer).origin] : [] };
  return options;
}

export const config = {
  // Everything but the build's static files, image optimisation and icons.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
