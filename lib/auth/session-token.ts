import { decode } from "next-auth/jwt";
import { SESSION_COOKIE_NAMES } from "./cookie-names";

/**
 * The identifiers a session cookie carries (lib/auth/config.ts: `uid`, `sv`, `sso`), read
 * straight from the cookie. Auth.js's `auth()` gives the same answer but, on every page, also
 * builds a Request and a Response, a CSRF token, and re-encrypts a renewed token that nothing
 * sends back (with a plain config object the renewed cookie is dropped: the session lasts its
 * maxAge from sign-in). That was a tenth of the server's time on a page.
 */
export interface SessionIdentifiers {
  uid: string;
  sv: number;
  sso: boolean;
}

/** A cookie too large for one cookie is split by Auth.js into `name.0`, `name.1`…: left to Auth.js. */
export const CHUNKED = Symbol("chunked");

interface CookieJar {
  get(name: string): { value: string } | undefined;
  has(name: string): boolean;
}

/**
 * Decrypting a token costs two key derivations and an HMAC: the same cookie comes back on
 * every page, so its identifiers are kept until the token expires. The cookie is only
 * trusted once decrypted under the secret; the account and its session version are still
 * re-read from the database on every request (lib/users/actor.ts), so a sign-out or a
 * revocation takes effect at once.
 */
const decoded = new Map<string, { identifiers: SessionIdentifiers | null; expiresAt: number }>();
const MAX_KEPT = 2_000;

export async function readSessionToken(jar: CookieJar, secret: string, nowMs: number): Promise<SessionIdentifiers | null | typeof CHUNKED> {
  const name = SESSION_COOKIE_NAMES.find((candidate) => jar.has(candidate));
  if (!name) return SESSION_COOKIE_NAMES.some((candidate) => jar.has(`${candidate}.0`)) ? CHUNKED : null;
  // The name salts the key: a token is only accepted under the name it was issued for.
  const token = jar.get(name)!.value;
  const key = `${name}=${token}`;
  const kept = decoded.get(key);
  if (kept && kept.expiresAt > nowMs) return kept.identifiers;
  if (kept) decoded.delete(key);

  const payload = await decode({ token, secret, salt: name }).catch(() => null);
  const valid =
    payload && typeof payload.uid === "string" && typeof payload.sv === "number" && typeof payload.exp === "number" && payload.exp * 1000 > nowMs;
  const identifiers = valid ? { uid: payload.uid as string, sv: payload.sv as number, sso: payload.sso === true } : null;
  // A refused token is remembered briefly too, so a forged cookie cannot make every request decrypt.
  const expiresAt = valid ? payload.exp! * 1000 : nowMs + 60_000;
  if (decoded.size >= MAX_KEPT) decoded.delete(decoded.keys().next().value!);
  decoded.set(key, { identifiers, expiresAt });
  return identifiers;
}
