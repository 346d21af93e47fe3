import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { CHUNKED, readSessionToken } from "@/lib/auth/session-token";

const SECRET = "a-test-secret-of-at-least-32-characters";
const PLAIN = "authjs.session-token";
const SECURE = "__Secure-authjs.session-token";

/** A cookie jar holding `cookies`, as next/headers' cookies() answers. */
function jar(cookies: Record<string, string>) {
  return {
    get: (name: string) => (name in cookies ? { value: cookies[name]! } : undefined),
    has: (name: string) => name in cookies,
  };
}

/** A token as Auth.js issues it after a sign-in (lib/auth/config.ts's jwt callback). */
function issue(claims: Record<string, unknown>, { salt = PLAIN, secret = SECRET, maxAge = 3600 } = {}) {
  return encode({ token: { sub: "x", ...claims }, secret, salt, maxAge });
}

describe("the session cookie's identifiers", () => {
  it("reads uid, session version and the SSO flag from a token Auth.js issued", async () => {
    const token = await issue({ uid: "u-1", sv: 3, sso: true });
    expect(await readSessionToken(jar({ [PLAIN]: token }), SECRET, Date.now())).toEqual({ uid: "u-1", sv: 3, sso: true });
  });

  it("reads the __Secure- cookie of an https deployment, whose name salts the key", async () => {
    const token = await issue({ uid: "u-2", sv: 1 }, { salt: SECURE });
    expect(await readSessionToken(jar({ [SECURE]: token }), SECRET, Date.now())).toEqual({ uid: "u-2", sv: 1, sso: false });
    // The same token under the other name is decrypted with another key: refused.
    expect(await readSessionToken(jar({ [PLAIN]: token }), SECRET, Date.now())).toBeNull();
  });

  it("refuses a token made with another secret, a garbled one, and one without identifiers", async () => {
    const foreign = await issue({ uid: "u-3", sv: 1 }, { secret: "another-secret-of-at-least-32-characters" });
    expect(await readSessionToken(jar({ [PLAIN]: foreign }), SECRET, Date.now())).toBeNull();
    expect(await readSessionToken(jar({ [PLAIN]: "not-a-token" }), SECRET, Date.now())).toBeNull();
    const bare = await issue({ name: "someone" });
    expect(await readSessionToken(jar({ [PLAIN]: bare }), SECRET, Date.now())).toBeNull();
    expect(await readSessionToken(jar({}), SECRET, Date.now())).toBeNull();
  });

  it("stops accepting a kept token once it has expired", async () => {
    const token = await issue({ uid: "u-4", sv: 2 }, { maxAge: 60 });
    const cookies = jar({ [PLAIN]: token });
    const now = Date.now();
    expect(await readSessionToken(cookies, SECRET, now)).toEqual({ uid: "u-4", sv: 2, sso: false });
    // Kept: read again within its lifetime, then refused past it (jose checks the expiry itself on a fresh decode).
    expect(await readSessionToken(cookies, SECRET, now + 30_000)).toEqual({ uid: "u-4", sv: 2, sso: false });
    expect(await readSessionToken(cookies, SECRET, now + 61_000)).toBeNull();
  });

  it("leaves a cookie split in chunks to Auth.js", async () => {
    expect(await readSessionToken(jar({ [`${PLAIN}.0`]: "a", [`${PLAIN}.1`]: "b" }), SECRET, Date.now())).toBe(CHUNKED);
  });
});
