/**
 * Whether a request that changes something (a POST: server actions, sign-in, sign-out) was
 * sent by this app's own pages, which is what stops another site from making a signed-in
 * browser act (CSRF). Browsers send `Origin` with every such request.
 *
 * - No `Origin` at all: not a browser, so no victim's cookies ride along — allowed, as Next.js
 *   itself allows it.
 * - `Origin: null` (sandboxed frames, some redirects, file: pages) or one that does not parse:
 *   refused.
 * - With `pinned` origins (APP_URL, see `pinnedOrigins`): only those. Otherwise the address
 *   the request was sent to, from the Host header or, behind a reverse proxy, X-Forwarded-Host
 *   — which only the proxy may set: README, "Behind a reverse proxy".
 */
export function originAllowed(
  origin: string | null,
  target: { host: string | null; forwardedHost: string | null },
  pinned: readonly string[] | null,
): boolean {
  if (origin === null) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (origin === "null" || parsed.origin === "null") return false;
  if (pinned) return pinned.includes(parsed.origin);
  const forwarded = target.forwardedHost?.split(",")[0]?.trim();
  return parsed.host === forwarded || parsed.host === target.host;
}

/** The app's public origin when the operator set APP_URL: then no request header decides it. */
export function pinnedOrigins(appUrl: string | undefined): string[] | null {
  if (!appUrl) return null;
  try {
    return [new URL(appUrl).origin];
  } catch {
    return null;
  }
}
