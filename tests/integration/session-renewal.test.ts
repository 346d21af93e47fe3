import { describe, expect, it, vi } from "vitest";

// The module is server-only; the guard package refuses to load outside a server bundle.
vi.mock("server-only", () => ({}));
const { grantRenewal, takeRenewal } = await import("@/lib/auth/session-renewal");

/**
 * After a password change the server renews its own browser's token through Auth.js's update,
 * the same path a browser's POST to /api/auth/session takes: only a grant made by the server
 * may move a token to a new session version (lib/auth/config.ts, the jwt callback).
 */
describe("renewing a session after a password change", () => {
  const userId = "5d7f6d3e-0000-4000-8000-000000000001";

  it("gives the new version once, to the token of the same user only", () => {
    const grant = grantRenewal(userId, 7);
    expect(takeRenewal(grant, "5d7f6d3e-0000-4000-8000-000000000002")).toBeUndefined();
    // A grant tried by another token is spent: it cannot be retried either.
    expect(takeRenewal(grant, userId)).toBeUndefined();

    const second = grantRenewal(userId, 8);
    expect(takeRenewal(second, userId)).toBe(8);
    expect(takeRenewal(second, userId)).toBeUndefined();
  });

  it("ignores what a browser could send: no grant, a guessed one, another type", () => {
    grantRenewal(userId, 9);
    for (const forged of [undefined, "", "00000000-0000-4000-8000-000000000000", 9, { userId }]) {
      expect(takeRenewal(forged, userId)).toBeUndefined();
    }
  });
});
