import { and, count, eq, gt, max } from "drizzle-orm";
import type { Db } from "@/db/client";
import { loginAttempts, users } from "@/db/schema";
import { decoyHash, verifyPassword } from "./password";

export type SignInFailure = "invalid" | "disabled" | "throttled";
export type SignInResult =
  | { ok: true; userId: string; sessionVersion: number }
  | { ok: false; reason: SignInFailure };

export interface ThrottlePolicy {
  maxFailures: number;
  windowMinutes: number;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks an e-mail and password. Unknown e-mail and wrong password give the same answer
 * ("invalid") in the same time; "disabled" is only told to someone who knew the password.
 * After `maxFailures` failures within the window the address is throttled, whatever the
 * password, until the window has passed.
 */
export async function authenticate(
  db: Db,
  now: Date,
  throttle: ThrottlePolicy,
  credentials: { email: string; password: string },
): Promise<SignInResult> {
  const email = normalizeEmail(credentials.email);
  const absurd = email.length > 254 || credentials.password.length > 1024 || `${email}${credentials.password}`.includes("\u0000");
  if (!email || !credentials.password || absurd) {
    return { ok: false, reason: "invalid" };
  }
  if ((await recentFailures(db, now, throttle, email)) >= throttle.maxFailures) {
    return { ok: false, reason: "throttled" };
  }

  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyHash()), credentials.password);
  const succeeded = Boolean(user?.passwordHash) && passwordOk && Boolean(user?.active);
  await db.insert(loginAttempts).values({ email, succeeded, attemptedAt: now });

  if (!user || !user.passwordHash || !passwordOk) return { ok: false, reason: "invalid" };
  if (!user.active) return { ok: false, reason: "disabled" };
  // The previous sign-in is where "new since my last visit" starts on the home page.
  await db.update(users).set({ lastLoginAt: now, previousLoginAt: user.lastLoginAt }).where(eq(users.id, user.id));
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}

/** Failures within the window and since the last successful sign-in. */
async function recentFailures(db: Db, now: Date, throttle: ThrottlePolicy, email: string): Promise<number> {
  const windowStart = new Date(now.getTime() - throttle.windowMinutes * 60_000);
  const [lastSuccess] = await db
    .select({ at: max(loginAttempts.attemptedAt) })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.succeeded, true), gt(loginAttempts.attemptedAt, windowStart)));
  const since = lastSuccess?.at && lastSuccess.at > windowStart ? lastSuccess.at : windowStart;
  const [row] = await db
    .select({ failures: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.succeeded, false), gt(loginAttempts.attemptedAt, since)));
  return row?.failures ?? 0;
}
