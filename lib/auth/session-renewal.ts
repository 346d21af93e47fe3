import "server-only";
import { randomUUID } from "node:crypto";

/**
 * Renewing the current session after a password change (the account's session version was
 * bumped to end every other session). Auth.js's update goes through the same `jwt` callback
 * as a browser's POST to /api/auth/session, so the callback must tell the two apart: the
 * server hands it a one-time grant that lives only in this process's memory and is never
 * sent to a browser. A browser cannot forge one to revive an old token.
 */
const grants = new Map<string, { userId: string; sessionVersion: number }>();

export function grantRenewal(userId: string, sessionVersion: number): string {
  const key = randomUUID();
  grants.set(key, { userId, sessionVersion });
  return key;
}

/** The new session version for this token's user, once; undefined for anything else. */
export function takeRenewal(key: unknown, userId: unknown): number | undefined {
  if (typeof key !== "string") return undefined;
  const grant = grants.get(key);
  grants.delete(key);
  return grant && grant.userId === userId ? grant.sessionVersion : undefined;
}

export function dropRenewal(key: string): void {
  grants.delete(key);
}
