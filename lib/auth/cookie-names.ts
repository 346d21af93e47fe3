/**
 * Auth.js's session cookie: `__Secure-` prefixed on https, plain on http; a token too large for
 * one cookie is split into `<name>.0`, `<name>.1`… The secure name comes first: it is the one
 * read when both are present. Shared by proxy.ts (is there a session at all?) and
 * lib/auth/session-token.ts (whose is it?); no dependency, so the proxy stays light.
 */
export const SESSION_COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;
