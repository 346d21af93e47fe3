import { encode } from "next-auth/jwt";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/cookie-names";

/**
 * Sessions for the benchmark's accounts, minted as Auth.js would after a sign-in: a JWT
 * encrypted under AUTH_SECRET, salted with the cookie's name, carrying what the jwt callback
 * of lib/auth/config.ts puts in it (`uid`, `sv`). Signing in through the form would measure
 * argon2 and the TOTP check, not the pages; the server still re-reads the account on every
 * request (lib/auth/session.ts), so a session that does not match the database is refused.
 */

/** Auth.js's cookie on plain http, as the benchmark serves (lib/auth/cookie-names.ts). */
export const SESSION_COOKIE = SESSION_COOKIE_NAMES[1];
/** As lib/auth/config.ts: a working day. */
const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export interface BenchAccount {
  id: string;
  sessionVersion: number;
}

/** The `Cookie` header of a signed-in session of `account`. */
export async function sessionCookie(secret: string, account: BenchAccount): Promise<string> {
  const token = await encode({
    token: { sub: account.id, uid: account.id, sv: account.sessionVersion },
    secret,
    salt: SESSION_COOKIE,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  return `${SESSION_COOKIE}=${token}`;
}

/**
 * Fails unless `path` answers 200 to this session, with `marker` in the page: a redirect to
 * /login or /account, a 404 or a 403 would otherwise be measured as a (fast) page.
 */
export async function assertSignedIn(baseUrl: string, cookie: string, path: string, marker: string): Promise<void> {
  const response = await fetch(`${baseUrl}${path}`, { headers: { cookie }, redirect: "manual" });
  const body = await response.text();
  if (response.status !== 200) {
    const where = response.headers.get("location");
    throw new Error(`GET ${path} with the benchmark session answered ${response.status}${where ? ` → ${where}` : ""}, not 200.`);
  }
  if (!body.includes(marker)) throw new Error(`GET ${path} answered 200 but without ${JSON.stringify(marker)}: not the expected page.`);
}
